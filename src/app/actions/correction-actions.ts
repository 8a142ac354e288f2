import type { Action } from '../../engine/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';
import { flowValues } from '../growth/typed-values.js';
import type { AppDeps } from '../ports.js';
import type { Child } from '../records.js';
import { correctChild, correctMeasurement, measurementToCorrect, type ChildField } from '../rights/corrections.js';
import { measurementValues } from '../rights/my-data.js';
import { todayIn } from '../today.js';

type CorrectionDeps = Pick<AppDeps, 'children' | 'ids' | 'escalation'>;

const FIELDS: readonly ChildField[] = ['name', 'birthDate', 'sex'];

function shown(t: Translate, lang: Lang, field: ChildField, value: string | number): string {
  if (field === 'birthDate') return formatDay(String(value), lang);
  if (field === 'sex') return t(lang, value === 2 ? 'child.sex.female' : 'child.sex.male');
  return String(value);
}

async function mine(deps: CorrectionDeps, contactId: string, childId: unknown): Promise<Child | null> {
  const child = await deps.children.get(String(childId ?? ''));
  return child && child.caregiverIds.includes(contactId) ? child : null;
}

/**
 * KOREKSI in the chat: a parent corrects a child's name, birth date or sex, or a measurement (the
 * latest or one by date). Old values are kept (see `src/app/rights/corrections.ts`).
 *
 * @example
 * await correctionActions(deps)['correct.apply_child']({ contact, args: { childId: 'ch-budi', field: 'name', value: 'Budiman' }, … });
 */
export function correctionActions(deps: CorrectionDeps): Record<string, Action> {
  return {
    'correct.child': async ({ contact, args, translate: t }) => {
      const child = await mine(deps, contact.id, args.childId);
      if (!child) return { result: 'denied' };
      const { lang } = contact;
      const latest = await measurementToCorrect(deps, child._id);
      const last = latest ? t(lang, 'rights.view.last', { date: formatDay(latest.date, lang), values: measurementValues(t, lang, latest), count: (await deps.children.measurements(child._id)).length }) : t(lang, 'rights.view.last_none');
      return { result: 'ok', data: { id: child._id, name: child.name, birth: formatDay(child.birthDate, lang), sex: shown(t, lang, 'sex', child.sex), last } };
    },
    'correct.apply_child': async ({ contact, args, now, translate: t }) => {
      const field = FIELDS.find((f) => f === args.field);
      if (!field) return { result: 'invalid' };
      const outcome = await correctChild(deps, contact.id, String(args.childId ?? ''), field, args.value, todayIn(now, contact.timezone), now);
      const { lang } = contact;
      // An unusable value is said why and asked again (the flow goes back to the question).
      if (outcome.status === 'invalid') return { result: 'invalid', messages: [{ text: t(lang, `correct.invalid.${field}`) }] };
      if (outcome.status !== 'saved') return { result: outcome.status };
      const text = t(lang, 'correct.saved', { field: t(lang, `correct.field.${field}`), value: shown(t, lang, field, outcome.to), old: shown(t, lang, field, outcome.from) });
      return { result: 'saved', messages: [{ text }] };
    },
    'correct.find_measurement': async ({ contact, args, translate: t }) => {
      const child = await mine(deps, contact.id, args.childId);
      if (!child) return { result: 'denied' };
      const date = typeof args.date === 'string' ? args.date : undefined;
      const found = await measurementToCorrect(deps, child._id, date);
      if (!found) return { result: date === undefined ? 'none' : 'not_found' };
      return { result: 'found', data: { id: found._id, date: formatDay(found.date, contact.lang), values: measurementValues(t, contact.lang, found) } };
    },
    'correct.apply_measurement': async ({ contact, args, now, translate: t }) => {
      const outcome = await correctMeasurement(deps, contact.id, String(args.measurementId ?? ''), flowValues(args.values), now);
      if (outcome.status !== 'saved') return { result: outcome.status };
      const { measurement } = outcome;
      const text = t(contact.lang, 'correct.measurement.saved', { date: formatDay(measurement.date, contact.lang), values: measurementValues(t, contact.lang, measurement) });
      return { result: 'saved', messages: [{ text }] };
    },
  };
}
