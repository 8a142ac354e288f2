import { dosesFor, receivedDoses, vitaminADue, type DoseRecord } from '../../domain/immunisation/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { Child } from '../children/child-records.js';

/**
 * What a family's children should get at the coming session, by the records and the national
 * schedule on the session's day: doses whose age is reached (and, for a child with records, doses
 * late), and in February and August the vitamin A capsule for their age. '' when there is nothing.
 * A child with no record at all gets only the doses whose month it is, never the whole past list.
 *
 * @example
 * sessionNote(t, 'id', [budi], records, '2026-02-10');
 * // 'Di posyandu nanti:\n• Budi: PCV 3 (lanjutan); vitamin A kapsul merah\nBawa Buku KIA, ya.'
 */
export function sessionNote(t: Translate, lang: Lang, children: readonly Child[], records: ReadonlyMap<string, readonly DoseRecord[]>, sessionDate: string): string {
  const lines: string[] = [];
  for (const child of children) {
    const own = records.get(child._id) ?? [];
    const received = receivedDoses(own);
    const wanted = dosesFor(child.birthDate, sessionDate, received).filter((d) => d.status === 'due' || (d.status === 'late' && received.size > 0));
    const items = wanted.map((d) => t(lang, `immunisation.dose.${d.id}`));
    const capsule = vitaminADue(child.birthDate, sessionDate, own);
    if (capsule) items.push(t(lang, `immunisation.vitamin_a.${capsule}`));
    if (items.length) lines.push(t(lang, 'immunisation.sweeping.line', { child: child.name, items: items.join(', ') }));
  }
  return lines.length ? [t(lang, 'immunisation.reminder.header'), ...lines, t(lang, 'immunisation.reminder.footer')].join('\n') : '';
}
