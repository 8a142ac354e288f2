/**
 * The antenatal care (ANC) schedule: at least six visits, two in the first trimester, one in the
 * second and three in the third (K1–K6), two of them with a doctor (K1 and K5).
 *
 * Data in `antenatal.json`: what the Kemenkes 2020 guideline and the Buku KIA say (`guideline`), and
 * apart from it what is ours (`ours`: the week we remind for inside each trimester, since the
 * guideline names none). The midwife's own appointment always wins.
 */
import { DateTime } from 'luxon';
import { PREGNANCY_DAYS } from './due-date.js';
import schedule from './antenatal.json' with { type: 'json' };

export type Trimester = 1 | 2 | 3;

export interface AntenatalVisit {
  /** K1 … K6. */
  readonly number: number;
  readonly trimester: Trimester;
  /** Whether the national schedule asks for a doctor at this visit (K1 and K5). */
  readonly doctor: boolean;
  /** Gestational weeks of the visit's window (its trimester), inclusive. */
  readonly fromWeek: number;
  readonly toWeek: number;
  /** The week we remind for (ours, not the guideline's). */
  readonly suggestedWeek: number;
}

/** The guideline's part and ours, as `antenatal.json` holds them. */
export interface AntenatalSchedule {
  guideline: { trimesters: ReadonlyArray<{ trimester: number; fromWeek: number; toWeek: number; visits: number }>; doctorAt: readonly number[] };
  ours: { suggestedWeeks: readonly number[] };
}

/**
 * The visits K1… in order: each trimester's count of visits, numbered on; a doctor where the
 * guideline says; the week ours.
 *
 * @example
 * antenatalVisits(schedule)[4]; // { number: 5, trimester: 3, doctor: true, fromWeek: 25, toWeek: 40, suggestedWeek: 34 }
 */
export function antenatalVisits(data: AntenatalSchedule): AntenatalVisit[] {
  const slots = data.guideline.trimesters.flatMap((t) => Array.from({ length: t.visits }, () => t));
  if (slots.length !== data.ours.suggestedWeeks.length) throw new Error(`antenatal.json: ${String(slots.length)} visits in the guideline, ${String(data.ours.suggestedWeeks.length)} suggested weeks`);
  return slots.map((t, i) => ({
    number: i + 1,
    trimester: t.trimester as Trimester,
    doctor: data.guideline.doctorAt.includes(i + 1),
    fromWeek: t.fromWeek,
    toWeek: t.toWeek,
    suggestedWeek: data.ours.suggestedWeeks[i] as number,
  }));
}

export const ANTENATAL_VISITS: readonly AntenatalVisit[] = antenatalVisits(schedule);

/**
 * The trimester of a gestational age in completed weeks (Kemenkes: 0–12, > 12–24, > 24).
 *
 * @example
 * trimesterOf(12); // 1
 * trimesterOf(13); // 2
 */
export function trimesterOf(weeks: number): Trimester {
  if (weeks <= 12) return 1;
  return weeks <= 24 ? 2 : 3;
}

/** A visit with the calendar day of its suggested week. */
export interface PlannedVisit extends AntenatalVisit {
  readonly date: string;
}

/**
 * Every visit dated from the due date.
 *
 * @example
 * antenatalPlan('2026-12-02')[0]; // { number: 1, suggestedWeek: 8, date: '2026-04-22', … }
 */
export function antenatalPlan(dueDate: string): PlannedVisit[] {
  const start = DateTime.fromISO(dueDate, { zone: 'utc' }).minus({ days: PREGNANCY_DAYS });
  return ANTENATAL_VISITS.map((visit) => ({ ...visit, date: start.plus({ weeks: visit.suggestedWeek }).toISODate() as string }));
}

/**
 * The next visit to remind of on `today`: the first whose suggested day is today or later. A visit
 * whose day passed is not chased (we do not know whether it happened; the midwife does).
 *
 * @example
 * nextAntenatalVisit('2026-12-02', '2026-06-01')?.number; // 3
 */
export function nextAntenatalVisit(dueDate: string, today: string): PlannedVisit | undefined {
  return antenatalPlan(dueDate).find((visit) => visit.date >= today);
}

/** How many days before a visit's suggested day its reminder goes out: time to book the midwife. */
export const ANTENATAL_REMINDER_DAYS_BEFORE = 7;

/**
 * The visit to remind of on `today`, if any: the first not yet reminded of (`remindedVisit` is the
 * last number reminded) whose suggested day is within the next week. A registration late in the
 * pregnancy skips the visits whose day already passed.
 *
 * @example
 * antenatalReminderDue('2026-12-02', '2026-07-08', 2)?.number; // 3 (suggested 15 July)
 */
export function antenatalReminderDue(dueDate: string, today: string, remindedVisit: number): PlannedVisit | undefined {
  const horizon = DateTime.fromISO(today, { zone: 'utc' }).plus({ days: ANTENATAL_REMINDER_DAYS_BEFORE }).toISODate() as string;
  return antenatalPlan(dueDate).find((visit) => visit.number > remindedVisit && visit.date >= today && visit.date <= horizon);
}
