import type { Json } from '../../engine/index.js';
import { inForce, receivedDoses, vitaminADue, type DoseRecord } from '../../domain/immunisation/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';
import { immunisationLines } from './immunisation-lines.js';

/**
 * A child's immunisation status as one text, sections by status (recorded, past, due now, next), and
 * the closing note: check the Buku KIA when nothing is recorded, else how to add what is missing.
 *
 * @example
 * immunisationStatus(t, 'id', { name: 'Budi', birthDate: '2025-01-15' }, records, '2026-03-09');
 * // { sections: 'Sudah tercatat:\n• …', footer: { __t: 'immunisation.footer.recorded', params: { name: 'Budi' } } }
 */
export function immunisationStatus(t: Translate, lang: Lang, child: { name: string; birthDate: string }, records: readonly DoseRecord[], today: string): { sections: string; footer: Json } {
  const received = receivedDoses(records);
  const lines = immunisationLines(t, lang, child.birthDate, today, received);
  const section = (key: string, body: string): string[] => (body ? [`${t(lang, key)}\n${body}`] : []);
  const sections = [
    ...section('immunisation.section.done', lines.done),
    ...section(received.size ? 'immunisation.section.missing' : 'immunisation.section.past', lines.past),
    ...section('immunisation.section.due', lines.due),
    ...section('immunisation.section.next', lines.next),
  ];
  if (!lines.due && !lines.next) sections.push(t(lang, lines.past ? 'immunisation.section.all_past' : 'immunisation.section.all_done'));
  sections.push(...vitaminALine(t, lang, child.birthDate, records, today));
  const recorded = inForce(records).length > 0;
  return { sections: sections.join('\n\n'), footer: { __t: recorded ? 'immunisation.footer.recorded' : 'immunisation.footer.none', params: { name: child.name } } };
}

/** Vitamin A: the capsule due this month (February, August) until it is recorded, else the last one recorded. */
function vitaminALine(t: Translate, lang: Lang, birthDate: string, records: readonly DoseRecord[], today: string): string[] {
  const due = vitaminADue(birthDate, today, records);
  if (due) return [t(lang, 'immunisation.vitamin_a.due', { capsule: t(lang, `immunisation.capsule.${due}`) })];
  const last = inForce(records).filter((r) => r.item.kind === 'vitamin_a').at(-1);
  if (!last || last.item.kind !== 'vitamin_a') return [];
  return [t(lang, 'immunisation.vitamin_a.last', { capsule: t(lang, `immunisation.capsule.${last.item.capsule}`), date: formatDay(last.givenOn, lang) })];
}
