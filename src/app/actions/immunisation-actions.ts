import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { planDoses, receivedDoses, type DoseSource, type GivenItem } from '../../domain/immunisation/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { effectId } from '../effects/effect-id.js';
import { formatDay } from '../growth/format.js';
import { GrowthService } from '../growth/growth-service.js';
import { askerIn } from '../contacts/asker.js';
import type { GrowthReads } from '../growth/growth-ports.js';
import { readDoseText } from '../immunisation/dose-words.js';
import type { ImmunisationRecordEffect } from '../immunisation/immunisation-effects.js';
import type { ImmunisationStore } from '../immunisation/immunisation-ports.js';
import { immunisationStatus } from '../immunisation/immunisation-status.js';
import { todayIn } from '../today.js';
import { ageParam } from './child-actions.js';

/** Text the flow may not have (a variable never set): read as empty, so access is refused, not a failure. */
const text = z.string().nullish().transform((value) => value ?? '');
const SOURCE: Readonly<Record<string, DoseSource>> = { parent: 'parent', kader: 'kader', puskesmas: 'puskesmas' };

export type ImmunisationReads = GrowthReads & { immunisations: Pick<ImmunisationStore, 'ofChild'> };

/** The names of what was given, in the contact's language: "BCG, Polio tetes 1, Vitamin A (kapsul biru)". */
export function itemNames(t: Translate, lang: Lang, items: readonly GivenItem[]): string {
  return items.map((item) => (item.kind === 'dose' ? t(lang, `immunisation.dose.${item.dose}`) : t(lang, `immunisation.vitamin_a.${item.capsule}`))).join(', ');
}

/**
 * Immunisation for one child: "Imunisasi apa yang harus anak saya dapat?" (`immunisation.for_child`:
 * the national schedule for the child's age, with the doses recorded as done), and recording what was
 * given (`immunisation.record`: a parent's report or a kader's record, with who, role, day given and
 * day recorded). Recording only reads: it returns an `immunisation.record` effect, ids derived from
 * the turn, applied by the commit. Access is re-checked in the growth service (a parent: own
 * children; a kader: the children of their posyandu).
 *
 * @example
 * await record.invoke({ contact, args: { childId: 'ch-budi', text: 'BCG dan polio 1 tanggal 3 Maret' }, ref: 'simulator:42#7', … });
 * // { result: 'saved', data: { text: 'Tercatat untuk Budi: …' }, effects: [{ type: 'immunisation.record', … }] }
 */
export function immunisationActions(deps: ImmunisationReads): DeclaredAction[] {
  const service = new GrowthService(deps);
  return [
    defineAction({
      name: 'immunisation.for_child',
      args: z.object({ childId: text }),
      results: ['ok', 'denied'],
      run: async ({ contact, once, args, now, translate }) => {
        const child = await service.childFor(await askerIn(deps, { contact, once }), args.childId);
        if (!child) return { result: 'denied' };
        const today = todayIn(now, contact.timezone);
        const status = immunisationStatus(translate, contact.lang, child, await deps.immunisations.ofChild(child._id), today);
        return { result: 'ok', data: { name: child.name, age: ageParam(child.birthDate, today), ...status } };
      },
    }),
    defineAction({
      name: 'immunisation.record',
      args: z.object({ childId: text, text, date: z.string().nullish() }),
      results: ['saved', 'unchanged', 'need_date', 'unreadable', 'nothing', 'future', 'denied'],
      run: async ({ contact, once, args, now, translate, ref }) => {
        const source = SOURCE[contact.role ?? ''];
        const child = source ? await service.childFor(await askerIn(deps, { contact, once }), args.childId) : null;
        if (!source || !child) return { result: 'denied' };
        if (!ref) throw new Error('immunisation.record runs inside a turn: the record ids are derived from the turn ref');
        const today = todayIn(now, contact.timezone);
        const records = await deps.immunisations.ofChild(child._id);
        const reading = readDoseText(args.text, { today, birthDate: child.birthDate, received: receivedDoses(records) });
        if (reading.nothing) return { result: 'nothing' };
        if (reading.future) return { result: 'future' };
        if (reading.items.length === 0) return { result: 'unreadable', data: reading.vitaminAAge ? { __t: 'immunisation.record.vitamin_a_age', params: { name: child.name } } : { __t: 'immunisation.record.unreadable', params: {} } };
        // A kader records at the session: today unless they say otherwise. A parent is asked the day.
        const givenOn = reading.date ?? args.date ?? (source === 'parent' ? null : today);
        if (!givenOn) return { result: 'need_date', data: { items: itemNames(translate, contact.lang, reading.items) } };
        const id = effectId('im', ref);
        const plan = planDoses(records, { items: reading.items, givenOn, source, recordedBy: contact.id, recordedAt: now.toISOString() }, (i) => `${id}-${i}`, child._id);
        const after = [...records.map((r) => (plan.supersede.some(([old]) => old === r._id) ? { ...r, supersededBy: 'pending' } : r)), ...plan.add];
        const status = immunisationStatus(translate, contact.lang, child, after, today);
        const unchanged = plan.unchanged.length ? translate(contact.lang, 'immunisation.record.already', { items: itemNames(translate, contact.lang, plan.unchanged) }) : '';
        if (plan.add.length === 0) return { result: 'unchanged', data: { text: [unchanged, status.sections].join('\n\n') } };
        const saved = translate(contact.lang, source === 'parent' ? 'immunisation.record.saved_parent' : 'immunisation.record.saved_kader', {
          name: child.name,
          items: itemNames(translate, contact.lang, plan.add.map((r) => r.item)),
          date: formatDay(givenOn, contact.lang),
        });
        const corrected = records.filter((r) => plan.supersede.some(([old]) => old === r._id));
        const history = corrected.length ? [translate(contact.lang, 'immunisation.record.corrected', { items: itemNames(translate, contact.lang, corrected.map((r) => r.item)), dates: [...new Set(corrected.map((r) => formatDay(r.givenOn, contact.lang)))].join(', ') })] : [];
        const effect: ImmunisationRecordEffect = { type: 'immunisation.record', id, records: plan.add, supersede: plan.supersede };
        return { result: 'saved', data: { text: [[saved, ...history].join('\n'), ...(unchanged ? [unchanged] : []), status.sections].join('\n\n') }, effects: [effect] };
      },
    }),
  ];
}
