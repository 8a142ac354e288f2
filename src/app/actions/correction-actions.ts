import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';
import { flowValues } from '../growth/typed-values.js';
import type { Child } from '../children/child-records.js';
import { correctChild, correctMeasurement, measurementToCorrect, type ChildField } from '../rights/corrections.js';
import { measurementValues } from '../rights/my-data.js';
import { todayIn } from '../today.js';
import type { ChildReads } from '../children/child-ports.js';

type CorrectionDeps = { children: ChildReads };

const FIELDS = ['name', 'birthDate', 'sex'] as const satisfies readonly ChildField[];

function shown(t: Translate, lang: Lang, field: ChildField, value: string | number): string {
  if (field === 'birthDate') return formatDay(String(value), lang);
  if (field === 'sex') return t(lang, value === 2 ? 'child.sex.female' : 'child.sex.male');
  return String(value);
}

async function mine(deps: CorrectionDeps, contactId: string, childId: string): Promise<Child | null> {
  const child = await deps.children.get(childId);
  return child && child.caregiverIds.includes(contactId) ? child : null;
}

/** The values a measurement correction carries, read as the growth flow stores them. */
const measurementValuesArg = z.unknown().transform(flowValues);

/**
 * KOREKSI in the chat: a parent corrects a child's name, birth date or sex, or a measurement (the
 * latest or one by date). Old values are kept (see `src/app/rights/corrections.ts`); the change is a
 * `child.correct` or `measurement.correct` effect the commit applies.
 *
 * @example
 * await correctionActions(deps)[1].run({ contact, args: { childId: 'ch-budi', field: 'name', value: 'Budiman' }, … });
 */
export function correctionActions(deps: CorrectionDeps): DeclaredAction[] {
  return [
    defineAction({
      name: 'correct.child',
      args: z.object({ childId: z.string() }),
      results: ['ok', 'denied'],
      run: async ({ contact, args, translate: t }) => {
        const child = await mine(deps, contact.id, args.childId);
        if (!child) return { result: 'denied' };
        const { lang } = contact;
        const latest = await measurementToCorrect(deps, child._id);
        const last = latest ? t(lang, 'rights.view.last', { date: formatDay(latest.date, lang), values: measurementValues(t, lang, latest), count: (await deps.children.measurements(child._id)).length }) : t(lang, 'rights.view.last_none');
        return { result: 'ok', data: { id: child._id, name: child.name, birth: formatDay(child.birthDate, lang), sex: shown(t, lang, 'sex', child.sex), last } };
      },
    }),
    defineAction({
      name: 'correct.apply_child',
      args: z.object({ childId: z.string(), field: z.enum(FIELDS), value: z.string() }),
      results: ['saved', 'same', 'invalid', 'denied'],
      run: async ({ contact, args, now, ref, translate: t }) => {
        const { field } = args;
        const outcome = await correctChild(deps, contact.id, args.childId, field, args.value, todayIn(now, contact.timezone), now, ref);
        const { lang } = contact;
        // An unusable value is said why and asked again (the flow goes back to the question).
        if (outcome.status === 'invalid') return { result: 'invalid', messages: [{ text: t(lang, `correct.invalid.${field}`) }] };
        if (outcome.status !== 'saved') return { result: outcome.status };
        const text = t(lang, 'correct.saved', { field: t(lang, `correct.field.${field}`), value: shown(t, lang, field, outcome.to), old: shown(t, lang, field, outcome.from) });
        return { result: 'saved', messages: [{ text }], effects: [outcome.effect] };
      },
    }),
    defineAction({
      name: 'correct.find_measurement',
      args: z.object({ childId: z.string(), date: z.string().optional() }),
      results: ['found', 'none', 'not_found', 'denied'],
      run: async ({ contact, args, translate: t }) => {
        const child = await mine(deps, contact.id, args.childId);
        if (!child) return { result: 'denied' };
        const found = await measurementToCorrect(deps, child._id, args.date);
        if (!found) return { result: args.date === undefined ? 'none' : 'not_found' };
        return { result: 'found', data: { id: found._id, date: formatDay(found.date, contact.lang), values: measurementValues(t, contact.lang, found) } };
      },
    }),
    defineAction({
      name: 'correct.apply_measurement',
      args: z.object({ measurementId: z.string(), values: measurementValuesArg }),
      results: ['saved', 'invalid', 'denied'],
      run: async ({ contact, args, now, ref, translate: t }) => {
        const outcome = await correctMeasurement(deps, contact.id, args.measurementId, args.values, now, ref);
        if (outcome.status !== 'saved') return { result: outcome.status };
        const { measurement } = outcome;
        const text = t(contact.lang, 'correct.measurement.saved', { date: formatDay(measurement.date, contact.lang), values: measurementValues(t, contact.lang, measurement) });
        return { result: 'saved', messages: [{ text }], effects: [outcome.effect] };
      },
    }),
  ];
}
