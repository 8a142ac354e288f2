import { gestationOn, nextAntenatalVisit } from '../../domain/pregnancy/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';
import type { ScheduleParts } from '../schedule/sessions.js';
import { classLine } from './class-line.js';

/** The day of a turn: the instant and the calendar day in the mother's zone. */
export interface StatusDay {
  now: Date;
  today: string;
}

/**
 * What the mother is told about her pregnancy on `today`: due date, weeks, the six-visit schedule,
 * the next visit to plan and her posyandu's class for pregnant women, in her language.
 *
 * @example
 * pregnancyStatus(t, 'id', '2026-12-04', { now, today: '2026-03-09' }, melati); // 'Perkiraan lahir (HPL): 4 Desember 2026. Usia kehamilan: 1 minggu…'
 */
export function pregnancyStatus(translate: Translate, lang: Lang, dueDate: string, { now, today }: StatusDay, schedule: ScheduleParts | null): string {
  const { weeks } = gestationOn(dueDate, today);
  const next = nextAntenatalVisit(dueDate, today);
  const lines = [translate(lang, 'pregnancy.status.due', { due: formatDay(dueDate, lang), weeks: Math.max(0, weeks) }), translate(lang, 'pregnancy.status.schedule')];
  lines.push(
    next
      ? translate(lang, next.doctor ? 'pregnancy.status.next_doctor' : 'pregnancy.status.next', { number: next.number, date: formatDay(next.date, lang), trimester: next.trimester })
      : translate(lang, 'pregnancy.status.near_due'),
  );
  lines.push(classLine(translate, lang, dueDate, schedule, now));
  return lines.filter((line) => line !== '').join('\n\n');
}
