/**
 * Reconnect delay: doubling from `baseMs` up to `maxMs`, with half of it random so many restarted
 * clients do not knock at once.
 *
 * @example
 * reconnectDelay(0, { baseMs: 1000, maxMs: 60_000 }, () => 0); // 500
 * reconnectDelay(10, { baseMs: 1000, maxMs: 60_000 }, () => 0); // 30000
 */
export function reconnectDelay(attempt: number, limits: { baseMs: number; maxMs: number }, random: (max: number) => number): number {
  const capped = Math.min(limits.maxMs, limits.baseMs * 2 ** Math.min(attempt, 30));
  const half = Math.floor(capped / 2);
  return half + random(capped - half + 1);
}
