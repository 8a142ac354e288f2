import { dosesFor, receivedDoses, vitaminADue, type DoseRecord, type VitaminACapsule } from '../../domain/immunisation/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { Child } from '../children/child-records.js';

/** What the kader should follow up on immunisation at home visits (sweeping). */
export interface ImmunisationFollowUp {
  /** Children with records whose doses are late by the national schedule: those doses. */
  late: Array<{ child: Child; doses: string[] }>;
  /** Children with no dose recorded at all: the kader asks to see the Buku KIA. */
  noRecord: Child[];
  /** In February and August: children of age whose capsule this round is not recorded. */
  vitaminA: Array<{ child: Child; capsule: VitaminACapsule }>;
}

/**
 * Who needs an immunisation follow-up on `today`, from the records: late doses (a child without
 * any record is listed apart, since every past dose would read as late), and this round's vitamin A
 * capsule not yet recorded. Children under five only (the schedule's and vitamin A's ages).
 *
 * @example
 * immunisationFollowUp([budi], new Map([['ch-budi', records]]), '2026-03-09').late; // [{ child: budi, doses: ['pcv3'] }]
 */
export function immunisationFollowUp(children: readonly Child[], records: ReadonlyMap<string, readonly DoseRecord[]>, today: string): ImmunisationFollowUp {
  const followUp: ImmunisationFollowUp = { late: [], noRecord: [], vitaminA: [] };
  for (const child of children) {
    const own = records.get(child._id) ?? [];
    const received = receivedDoses(own);
    const late = dosesFor(child.birthDate, today, received).filter((d) => d.status === 'late');
    const underFive = child.birthDate > shiftYears(today, -5);
    if (underFive && received.size === 0 && late.length > 0) followUp.noRecord.push(child);
    else if (underFive && late.length > 0) followUp.late.push({ child, doses: late.map((d) => d.id) });
    const capsule = vitaminADue(child.birthDate, today, own);
    if (capsule) followUp.vitaminA.push({ child, capsule });
  }
  return followUp;
}

/**
 * The follow-up as the kader reads it under the sweeping list, or '' when there is none.
 *
 * @example
 * immunisationFollowUpText(t, 'id', followUp); // 'Imunisasi terlambat (menurut catatan):\n• Budi (RW 03): PCV 3 (lanjutan)'
 */
export function immunisationFollowUpText(t: Translate, lang: Lang, followUp: ImmunisationFollowUp): string {
  const parts: string[] = [];
  const where = (child: Child): string => (child.rw ? t(lang, 'immunisation.sweeping.rw', { name: child.name, rw: child.rw }) : child.name);
  if (followUp.late.length) {
    parts.push([t(lang, 'immunisation.sweeping.late'), ...followUp.late.map(({ child, doses }) => t(lang, 'immunisation.sweeping.line', { child: where(child), items: doses.map((d) => t(lang, `immunisation.dose.${d}`)).join(', ') }))].join('\n'));
  }
  if (followUp.vitaminA.length) {
    parts.push([t(lang, 'immunisation.sweeping.vitamin_a'), ...followUp.vitaminA.map(({ child, capsule }) => t(lang, 'immunisation.sweeping.line', { child: where(child), items: t(lang, `immunisation.capsule.${capsule}`) }))].join('\n'));
  }
  if (followUp.noRecord.length) parts.push(t(lang, 'immunisation.sweeping.no_record', { names: followUp.noRecord.map((c) => c.name).join(', ') }));
  return parts.join('\n\n');
}

/** The children a follow-up names, for the staff access log. */
export function followUpChildren(followUp: ImmunisationFollowUp): Child[] {
  const all = [...followUp.late.map((l) => l.child), ...followUp.vitaminA.map((v) => v.child), ...followUp.noRecord];
  return [...new Map(all.map((c) => [c._id, c])).values()];
}

function shiftYears(isoDate: string, years: number): string {
  const [y, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${y + years}${rest}`;
}
