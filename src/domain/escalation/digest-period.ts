import { DateTime } from 'luxon';

/** A half-open span of time: `from` included, `to` excluded. */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

/**
 * The last complete week (Monday 00:00 to Monday 00:00) or month before `now`, in the given
 * zone. The weekly lurah digest uses the week in WIB by default.
 *
 * @example
 * digestPeriod(new Date('2026-03-12T03:00:00Z')); // { from: 2026-03-01T17:00Z (Mon 2 Mar WIB), to: 2026-03-08T17:00Z }
 */
export function digestPeriod(now: Date, zone = 'Asia/Jakarta', unit: 'week' | 'month' = 'week'): Period {
  const end = DateTime.fromJSDate(now, { zone }).startOf(unit);
  if (!end.isValid) throw new RangeError(`Unknown time zone "${zone}"; use an IANA name such as Asia/Jakarta.`);
  const start = end.minus({ [unit + 's']: 1 });
  return { from: start.toJSDate(), to: end.toJSDate() };
}

/**
 * Whether an instant falls inside a period.
 *
 * @example
 * inPeriod(new Date('2026-03-03T00:00:00Z'), period); // true
 */
export function inPeriod(at: Date, period: Period): boolean {
  return at.getTime() >= period.from.getTime() && at.getTime() < period.to.getTime();
}
