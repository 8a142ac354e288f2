/**
 * The rate in the limiter's own windows: sends in the full windows between the first and the last
 * (those two are partial), per second. A fixed-window limiter lets a window's sends out at its
 * start, so a first-to-last span would overstate the rate by up to one window.
 *
 * @example
 * deliveryRate([0, 10, 1000, 1010, 2000, 2010, 3000], 1000).rate; // 2
 */
export function deliveryRate(sentAt: readonly number[], windowMs: number): { sent: number; windows: number; rate: number } {
  if (sentAt.length === 0) return { sent: 0, windows: 0, rate: Number.NaN };
  const windowOf = (t: number) => Math.floor(t / windowMs);
  const first = windowOf(Math.min(...sentAt));
  const last = windowOf(Math.max(...sentAt));
  const windows = Math.max(0, last - first - 1);
  const inside = sentAt.filter((t) => windowOf(t) > first && windowOf(t) < last).length;
  return { sent: sentAt.length, windows, rate: windows ? (inside / windows) * (1000 / windowMs) : Number.NaN };
}
