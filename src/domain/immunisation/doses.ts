import { DateTime } from 'luxon';
import { ageOn } from '../child/age.js';
import schedule from './schedule.json' with { type: 'json' };

export type DoseStatus = 'done' | 'due' | 'late' | 'upcoming';

export interface ScheduledDose {
  /** Stable id, also the locale key suffix (`immunisation.dose.<id>`). */
  id: string;
  /** Recommended age in completed months. */
  ageMonths: number;
  /** Days after the recommended age before the dose counts as late; without it, one month. */
  lateAfterDays?: number;
}

export interface DoseState {
  id: string;
  ageMonths: number;
  status: DoseStatus;
  /** The day the child reaches the recommended age (ISO date). */
  dueDate: string;
}

/** The national routine schedule, read once from `schedule.json` (its source and review note live there). */
export const ROUTINE_SCHEDULE: readonly ScheduledDose[] = schedule.doses;

/**
 * Each dose of the routine schedule for a child on `today`. The late rule is the one in `schedule.json`
 * (`lateRule`): a full month or more past the recommended age (the next month's posyandu session has been missed), or more than `lateAfterDays` days
 * for doses with a short window (HB0, ideally within 24 hours, at the latest 7 days — Buku KIA).
 * A dose in `received` is done whatever the age.
 *
 * @example
 * dosesFor('2026-01-10', '2026-03-12', new Set(['hb0']));
 * // hb0 done, bcg/polio1 late, dpt_hb_hib1/polio2/pcv1/rota1 due, the rest upcoming
 */
export function dosesFor(birthDate: string, today: string, received: ReadonlySet<string>, doses: readonly ScheduledDose[] = ROUTINE_SCHEDULE): DoseState[] {
  const age = ageOn(birthDate, today);
  const birth = DateTime.fromISO(birthDate, { zone: 'utc' });
  return doses.map((dose) => ({
    id: dose.id,
    ageMonths: dose.ageMonths,
    dueDate: birth.plus({ months: dose.ageMonths }).toISODate() ?? birthDate,
    status: received.has(dose.id) ? 'done' : statusAt(dose, age.totalMonths, age.totalDays, birth, today),
  }));
}

function statusAt(dose: ScheduledDose, months: number, days: number, birth: DateTime, today: string): DoseStatus {
  if (days < 0 || months < dose.ageMonths) return 'upcoming';
  if (dose.lateAfterDays !== undefined) {
    const daysPast = DateTime.fromISO(today, { zone: 'utc' }).diff(birth.plus({ months: dose.ageMonths }), 'days').days;
    return daysPast > dose.lateAfterDays ? 'late' : 'due';
  }
  return months > dose.ageMonths ? 'late' : 'due';
}
