import { performance } from 'node:perf_hooks';

/**
 * `work`'s value, or `fallback` when it takes longer than `ms` of monotonic time. Node measures a
 * timer from the loop's cached time, so a timer set just after the loop was blocked fires at once;
 * this one checks the real elapsed time and waits on.
 *
 * @example
 * const answered = await timeLimit(redis.ping().then(() => true), 2000, false);
 */
export async function timeLimit<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    const check = () => {
      const left = ms - (performance.now() - start);
      if (left <= 0) resolve(fallback);
      else timer = setTimeout(check, left);
    };
    check();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
