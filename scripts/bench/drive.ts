import { percentile, type LoadResult } from './report.js';

/**
 * Runs `total` calls by `concurrency` callers, each waiting for its call before the next; a call
 * that throws counts as an error. Latency percentiles are over the calls that succeeded.
 *
 * @example
 * const result = await drive(8, 300, async () => void (await fetch(url)).arrayBuffer());
 */
export async function drive(concurrency: number, total: number, call: (caller: number, n: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, caller) => {
      for (let n = next++; n < total; n = next++) {
        const t0 = performance.now();
        try {
          await call(caller, n);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { concurrency, requests: total, errors, seconds, perSecond: (total - errors) / seconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
