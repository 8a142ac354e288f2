import { gestationOn, nextAntenatalVisit } from '../../domain/pregnancy/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';

/**
 * What the mother is told about her pregnancy on `today`: due date, weeks, the six-visit schedule and
 * the next visit to plan, in her language.
 *
 * @example
 * pregnancyStatus(t, 'id', '2026-12-04', '2026-03-09'); // 'Perkiraan lahir (HPL): 4 Desember 2026. Usia kehamilan: 1 minggu…'
 */
export function pregnancyStatus(translate: Translate, lang: Lang, dueDate: string, today: string): string {
  const { weeks } = gestationOn(dueDate, today);
  const next = nextAntenatalVisit(dueDate, today);
  const lines = [translate(lang, 'pregnancy.status.due', { due: formatDay(dueDate, lang), weeks: Math.max(0, weeks) }), translate(lang, 'pregnancy.status.schedule')];
  lines.push(
    next
      ? translate(lang, next.doctor ? 'pregnancy.status.next_doctor' : 'pregnancy.status.next', { number: next.number, date: formatDay(next.date, lang), trimester: next.trimester })
      : translate(lang, 'pregnancy.status.near_due'),
  );
  lines.push(translate(lang, 'pregnancy.status.class'));
  return lines.join('\n\n');
}
