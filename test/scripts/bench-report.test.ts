/**
 * The bench's arithmetic and report on small made-up inputs, so `npm run bench` cannot break
 * silently between runs. No timing is measured here.
 */
import { describe, expect, it } from 'vitest';
import { deliveryRate } from '../../scripts/bench/delivery-rate.js';
import { drive } from '../../scripts/bench/drive.js';
import { parseMonitorLine } from '../../scripts/bench/redis-monitor.js';
import { percentile, toMarkdown, type BenchReport, type LoadResult } from '../../scripts/bench/report.js';

const load = (concurrency: number, perSecond: number, errors = 0): LoadResult => ({ concurrency, requests: 100, errors, seconds: 100 / perSecond, perSecond, p50Ms: 12.34, p99Ms: 56.78 });

const report: BenchReport = {
  startedAt: '2026-12-06T23:00:00.000Z',
  quick: true,
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 8, node: 'v20.19.0', platform: 'linux 6.1', loadAverage: 1.5, mongo: 'embedded' },
  levels: [{ concurrency: 8, bare: load(8, 2000), bot: load(8, 250, 1), ratio: 0.125 }],
  commands: { messages: 20, repliesPerMessage: 1, mongoPerMessage: 5.5, redisPerMessage: 9.25, mongoByCommand: { find: 3, update: 2.5 }, redisByCommand: { evalsha: 6, publish: 1 }, backgroundPerSecond: { mongo: 0, redis: 2.5 } },
  rounds: { concurrency: 4, results: [load(4, 100), load(4, 95)], lastOverFirst: 0.95, cpuMsPerMessage: 7.25 },
  broadcast: {
    enqueue: { recipients: 10_000, batchSize: 1000, startMs: 812.4, allQueuedMs: 1640.2, queued: 10_000 },
    delivery: [{ configured: 40, recipients: 1000, sent: 1000, windows: 23, rate: 40 }],
  },
  anthro: { rows: 100_000, command: 'node scripts/run-compiled.mjs tsconfig.anthro.json scripts/anthro.ts', seconds: 0.8, rowsPerSecond: 125_000 },
  chart: { runs: 20, p50Ms: 30, p99Ms: 60 },
  heap: { sessions: 50, bytesPerSession: 2048 },
};

describe('bench report', () => {
  it('writes one table row per concurrency with the ratio to bare Fastify', () => {
    const md = toMarkdown(report);
    expect(md).toContain('## Benchmark 2026-12-06T23:00:00.000Z (quick)');
    expect(md).toContain('Machine: 2 × Test CPU, 8.0 GiB, linux 6.1, node v20.19.0, load 1.50 at start; MongoDB: embedded.');
    expect(md).toContain('| 8 | 2000.0 | 12.3 / 56.8 | 250.0 | 12.3 / 56.8 | 1 | 12.5% |');
  });

  it('writes commands per message, rounds, broadcasts, anthro, chart and heap', () => {
    const md = toMarkdown(report);
    expect(md).toContain('| MongoDB | 5.50 | find 3.00, update 2.50 |');
    expect(md).toContain('| Redis | 9.25 | evalsha 6.00, publish 1.00 |');
    expect(md).toContain('Background while idle, subtracted: 0.0 MongoDB and 2.5 Redis commands a second.');
    expect(md).toContain('| 2 | 95.0 | 12.3 / 56.8 | 0 |');
    expect(md).toContain('Last round / first: 95.0%. CPU per message (server, workers and load generator in one process): 7.3 ms.');
    expect(md).toContain('- 10,000 recipients (batches of 1,000): start() 812 ms; all 10,000 in the send queue after 1,640 ms.');
    expect(md).toContain('| 40 | 1,000 | 1,000 | 23 | 40.0 | 1.000 |');
    expect(md).toContain('100,000 rows in 0.80 s = 125,000 rows/s');
    expect(md).toContain('- 20 charts: p50 30.0 ms, p99 60.0 ms.');
    expect(md).toContain('- Heap per idle session: 2,048 bytes (50 sessions).');
  });

  it('leaves out what was not measured and shows a dash for a missing figure', () => {
    const md = toMarkdown({ ...report, levels: [], commands: null, rounds: null, broadcast: { enqueue: null, delivery: [{ ...report.broadcast.delivery[0]!, rate: Number.NaN }] }, anthro: null, chart: null, heap: null });
    expect(md).not.toContain('### Inbound');
    expect(md).not.toContain('### Commands');
    expect(md).not.toContain('### Anthro');
    expect(md).toContain('| 40 | 1,000 | 1,000 | 23 | – | – |');
  });
});

describe('bench arithmetic', () => {
  it('takes percentiles by nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });

  it('measures delivery in the full windows between the first and the last', () => {
    // Windows 0 and 3 are partial; windows 1 and 2 hold 2 sends each.
    expect(deliveryRate([0, 10, 1000, 1010, 2000, 2010, 3000], 1000)).toEqual({ sent: 7, windows: 2, rate: 2 });
    expect(deliveryRate([5, 6], 1000).rate).toBeNaN();
  });

  it('counts failed calls as errors and leaves them out of the rate', async () => {
    const result = await drive(2, 10, async (_caller, n) => {
      if (n % 5 === 0) throw new Error('refused');
    });
    expect(result).toMatchObject({ concurrency: 2, requests: 10, errors: 2 });
    expect(result.perSecond).toBeCloseTo(8 / result.seconds);
  });

  it('reads MONITOR lines: database, source (lua inside scripts) and unescaped arguments', () => {
    expect(parseMonitorLine('1339518083.107412 [0 127.0.0.1:60866] "set" "{p}:k" "a \\"b\\" \\x41\\n"')).toEqual({ db: '0', source: '127.0.0.1:60866', args: ['set', '{p}:k', 'a "b" A\n'] });
    expect(parseMonitorLine('1.5 [9 lua] "incr" "x"')).toEqual({ db: '9', source: 'lua', args: ['incr', 'x'] });
    expect(parseMonitorLine('OK')).toBeNull();
  });
});
