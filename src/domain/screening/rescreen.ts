/**
 * When an adult screened at the posyandu should be checked again, for the reminder before a session.
 * Source: Kemenkes, Petunjuk Teknis Posbindu PTM (Direktorat P2PTM, 2012; re-issued 2019): risk factors
 * are checked every month for people who have one (blood pressure, sugar, BMI or waist above a
 * threshold), and at least once a year for everyone 15 and older. A referral is the puskesmas' to
 * follow; the posyandu still checks such a person monthly.
 */
import { DateTime } from 'luxon';
import type { ScreeningOutcome } from './reading.js';

/** `monthly`: a risk factor was found; `yearly`: all normal, a year has (nearly) passed. */
export type RescreenDue = 'monthly' | 'yearly';

/** Days before a month is "past": a session four weeks on counts, one three weeks on does not. */
const MONTHLY_AFTER_DAYS = 25;
/** Months before the yearly check is due at a session (a session a month early still serves it). */
const YEARLY_AFTER_MONTHS = 11;

/**
 * Whether the session on `sessionDay` is when the person screened last on `lastDay` should be checked
 * again (days as YYYY-MM-DD in the posyandu's zone), and why; `null` when not yet.
 *
 * @example
 * rescreenDue({ outcome: 'advice', day: '2026-11-10' }, '2026-12-08'); // 'monthly'
 * rescreenDue({ outcome: 'normal', day: '2026-11-10' }, '2026-12-08'); // null
 * rescreenDue({ outcome: 'normal', day: '2025-12-09' }, '2026-12-08'); // 'yearly'
 */
export function rescreenDue(last: { outcome: ScreeningOutcome; day: string }, sessionDay: string): RescreenDue | null {
  const from = DateTime.fromISO(last.day, { zone: 'utc' });
  const at = DateTime.fromISO(sessionDay, { zone: 'utc' });
  if (!from.isValid || !at.isValid || at <= from) return null;
  if (last.outcome !== 'normal') return at.diff(from, 'days').days >= MONTHLY_AFTER_DAYS ? 'monthly' : null;
  return at >= from.plus({ months: YEARLY_AFTER_MONTHS }) ? 'yearly' : null;
}
