/**
 * What one `npm run bench` measured, and its markdown table. Pure: the bench fills a `BenchReport`,
 * writes it as JSON and prints `toMarkdown(report)`; a test formats a small report so the script
 * cannot break silently.
 */

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on the machine skews every figure. */
  loadAverage: number;
  mongo: string;
}

/** One load level: `requests` calls by `concurrency` callers, each waiting for its answer. */
export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LevelPair {
  concurrency: number;
  bare: LoadResult;
  bot: LoadResult;
  /** bot per second / bare per second. */
  ratio: number;
}

export interface CommandCounts {
  messages: number;
  /** Outbound messages recorded per inbound one: the goal is counted per message with one reply. */
  repliesPerMessage: number;
  mongoPerMessage: number;
  redisPerMessage: number;
  /** Per message, by command name, most first. */
  mongoByCommand: Record<string, number>;
  redisByCommand: Record<string, number>;
  /** Commands a second while idle (blocking polls, sweeps), subtracted from the figures above. */
  backgroundPerSecond: { mongo: number; redis: number };
}

export interface BroadcastEnqueueResult {
  recipients: number;
  batchSize: number;
  /** `BroadcastService.start`: audience query, batches stored, jobs queued. */
  startMs: number;
  /** From `start()` until every recipient's message waits in the send queue. */
  allQueuedMs: number;
  queued: number;
}

export interface BroadcastDeliveryResult {
  configured: number;
  recipients: number;
  sent: number;
  /** Full rate-limit windows measured (the first and last are partial). */
  windows: number;
  rate: number;
}

export interface AnthroResult {
  rows: number;
  command: string;
  seconds: number;
  rowsPerSecond: number;
}

export interface ChartResult {
  runs: number;
  p50Ms: number;
  p99Ms: number;
}

export interface HeapResult {
  sessions: number;
  bytesPerSession: number;
}

export interface BenchReport {
  startedAt: string;
  quick: boolean;
  machine: Machine;
  levels: LevelPair[];
  commands: CommandCounts | null;
  /** `cpuMsPerMessage`: CPU of the whole bench process (HTTP, workers, load generator) per message. */
  rounds: { concurrency: number; results: LoadResult[]; lastOverFirst: number; cpuMsPerMessage: number } | null;
  broadcast: { enqueue: BroadcastEnqueueResult | null; delivery: BroadcastDeliveryResult[] };
  anthro: AnthroResult | null;
  chart: ChartResult | null;
  heap: HeapResult | null;
}

/**
 * The value at percentile `p` of ascending `sorted` (nearest rank); NaN when empty.
 *
 * @example
 * percentile([1, 2, 3, 4], 50); // 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const n = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const topCommands = (byCommand: Record<string, number>) =>
  Object.entries(byCommand)
    .slice(0, 8)
    .map(([name, count]) => `${name} ${n(count, 2)}`)
    .join(', ');

/**
 * The report as markdown: one section per figure, tables where there are rows.
 *
 * @example
 * console.log(toMarkdown(report));
 */
export function toMarkdown(report: BenchReport): string {
  const { machine: m } = report;
  const out: string[] = [
    `## Benchmark ${report.startedAt}${report.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${n(m.memoryGiB)} GiB, ${m.platform}, node ${m.node}, load ${n(m.loadAverage, 2)} at start; MongoDB: ${m.mongo}.`,
  ];
  if (report.levels.length) {
    out.push('', '### Inbound: bare Fastify and the bot (simulator → reply)', '');
    out.push(
      table(
        ['concurrency', 'bare req/s', 'bare p50/p99 ms', 'bot msg/s', 'bot p50/p99 ms', 'bot errors', 'bot / bare'],
        report.levels.map((l) => [String(l.concurrency), n(l.bare.perSecond), `${n(l.bare.p50Ms)} / ${n(l.bare.p99Ms)}`, n(l.bot.perSecond), `${n(l.bot.p50Ms)} / ${n(l.bot.p99Ms)}`, String(l.bot.errors), `${n(l.ratio * 100)}%`]),
      ),
    );
  }
  if (report.commands) {
    const c = report.commands;
    out.push('', `### Commands per message (${c.messages} messages, ${n(c.repliesPerMessage, 2)} replies each)`, '');
    out.push(table(['store', 'per message', 'most frequent'], [['MongoDB', n(c.mongoPerMessage, 2), topCommands(c.mongoByCommand)], ['Redis', n(c.redisPerMessage, 2), topCommands(c.redisByCommand)]]));
    out.push('', `Background while idle, subtracted: ${n(c.backgroundPerSecond.mongo)} MongoDB and ${n(c.backgroundPerSecond.redis)} Redis commands a second.`);
  }
  if (report.rounds) {
    const r = report.rounds;
    out.push('', `### Successive rounds at concurrency ${r.concurrency}`, '');
    out.push(table(['round', 'msg/s', 'p50 / p99 ms', 'errors'], r.results.map((x, i) => [String(i + 1), n(x.perSecond), `${n(x.p50Ms)} / ${n(x.p99Ms)}`, String(x.errors)])));
    out.push('', `Last round / first: ${n(r.lastOverFirst * 100)}%. CPU per message (server, workers and load generator in one process): ${n(r.cpuMsPerMessage)} ms.`);
  }
  const b = report.broadcast;
  if (b.enqueue || b.delivery.length) out.push('', '### Broadcasts', '');
  if (b.enqueue) {
    const e = b.enqueue;
    out.push(`- ${int(e.recipients)} recipients (batches of ${int(e.batchSize)}): start() ${int(e.startMs)} ms; all ${int(e.queued)} in the send queue after ${int(e.allQueuedMs)} ms.`);
  }
  if (b.delivery.length) {
    out.push('', table(['configured /s', 'recipients', 'sent', 'full windows', 'measured /s', 'measured / configured'], b.delivery.map((d) => [String(d.configured), int(d.recipients), int(d.sent), String(d.windows), n(d.rate), n(d.rate / d.configured, 3)])));
  }
  if (report.anthro) {
    const a = report.anthro;
    out.push('', '### Anthro batch', '', `- \`${a.command}\`: ${int(a.rows)} rows in ${n(a.seconds, 2)} s = ${int(a.rowsPerSecond)} rows/s (start-up included).`);
  }
  if (report.chart) out.push('', '### Growth chart', '', `- ${report.chart.runs} charts: p50 ${n(report.chart.p50Ms)} ms, p99 ${n(report.chart.p99Ms)} ms.`);
  if (report.heap) out.push('', '### Memory', '', `- Heap per idle session: ${int(report.heap.bytesPerSession)} bytes (${int(report.heap.sessions)} sessions).`);
  return `${out.join('\n')}\n`;
}
