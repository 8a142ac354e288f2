import type { Action, ActionOutcome, Json } from '../../engine/index.js';
import { applyConfirmation, confirmationQuestion } from '../growth/confirmation.js';
import { growthCharts } from '../growth/growth-charts.js';
import { GrowthService } from '../growth/growth-service.js';
import { historyLines } from '../growth/history-lines.js';
import { kaderResultText } from '../growth/kader-words.js';
import { childNamedIn, findChild } from '../growth/find-child.js';
import { parentMeaningText, parentResultText } from '../growth/parent-words.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import { positionQuestionNeeded } from '../growth/position.js';
import { changeLines } from '../growth/value-phrases.js';
import { flowValues, readTypedValues } from '../growth/typed-values.js';
import { measurementIntent, numbersAsRead } from '../../domain/measurement/index.js';
import { effectId } from '../effects/effect-id.js';
import type { GrowthReads } from '../growth/growth-ports.js';
import { withPending } from '../growth/pending-reads.js';
import type { Child, MeasurementSource } from '../records.js';
import { todayIn } from '../today.js';
import { ageParam } from './child-actions.js';

/** After this many unreadable messages in a row the flow stops kindly instead of asking forever. */
const MAX_VALUE_TRIES = 3;
const SOURCE: Record<string, MeasurementSource> = { parent: 'parent', kader: 'kader', puskesmas: 'puskesmas' };


function childData(child: Child, today: string): Json {
  return { id: child._id, name: child.name, birthDate: child.birthDate, age: ageParam(child.birthDate, today) };
}

/**
 * Growth conversations: choosing a child, reading typed measurements, lying or standing, the
 * plausibility questions, recording, results for parents and kader, history and charts. Every
 * child-specific action re-checks access in the service. The actions only read: recording returns a
 * `growth.record` effect and charts `chart.render` effects, applied by the turn's commit.
 *
 * @example
 * await growthActions(reads)['growth.record']({ contact, args: { childId: 'ch-budi', values: { weightKg: 8.5, accepted: [] } }, ref: 'simulator:42#7', … });
 * // { result: 'saved', data: { text, measurementId }, effects: [{ type: 'growth.record', … }] }
 */
export function growthActions(deps: GrowthReads): Record<string, Action> {
  const service = new GrowthService(deps);
  const today = (timezone: string, now: Date): string => todayIn(now, timezone);
  return {
    'growth.my_children': async ({ contact }) => {
      const mine = await deps.children.ofCaregiver(contact.id);
      const items = mine.map((c) => ({ id: c._id, text: c.name }));
      return { result: mine.length === 0 ? 'none' : mine.length === 1 ? 'one' : 'many', data: { items } };
    },
    'growth.pick_child': async ({ contact, args, now }) => {
      const child = await service.childFor(contact.id, String(args.childId ?? ''));
      return child ? { result: 'ok', data: childData(child, today(contact.timezone, now)) } : { result: 'denied' };
    },
    'growth.posyandu_children': async ({ contact, now }) => {
      const list = await service.childrenOfMyPosyandu(contact.id);
      if (list === null) return { result: 'denied' };
      if (list.length === 0) return { result: 'none' };
      const day = today(contact.timezone, now);
      const items = list.map((c) => ({ id: c._id, name: c.name, code: c.code }));
      const lines = list.map((c, i) => ({ __t: 'growth.kader.child_line', params: { n: i + 1, name: c.name, age: ageParam(c.birthDate, day), code: c.code } }));
      return { result: 'some', data: { items, lines } };
    },
    'growth.find_child': async ({ contact, args, now }) => {
      const found = findChild(String(args.text ?? ''), Array.isArray(args.items) ? (args.items as Array<{ id: string; name: string; code: string }>) : []);
      if (found.result !== 'found') return { result: found.result };
      const child = await service.childFor(contact.id, found.id);
      return child ? { result: 'found', data: childData(child, today(contact.timezone, now)) } : { result: 'not_found' };
    },
    'growth.read_values': ({ args }) => {
      const text = String(args.text ?? '');
      const read = readTypedValues(text);
      // A lone number is the weight only if the person says so: `guessed` (the number as typed) lets the flow ask.
      const guessed = read.ok && read.values.weightKg !== undefined && measurementIntent(text) === 'bare';
      if (read.ok) return { result: 'ok', data: { ...read.values, ...(guessed ? { guessed: numbersAsRead(text) } : {}) } as unknown as Json };
      const tries = (typeof args.tries === 'number' ? args.tries : 0) + 1;
      if (tries >= MAX_VALUE_TRIES) return { result: 'gave_up' };
      const problem = { __t: `growth.values.problem.${read.problem.code}`, params: { token: read.problem.token } };
      return { result: 'problem', data: { tries, code: read.problem.code, problem } };
    },
    'growth.child_named': ({ args }) => {
      const items = Array.isArray(args.items) ? (args.items as Array<{ id: string; name?: string; text?: string; code?: string }>) : [];
      const listed = items.map((c) => ({ id: String(c.id), name: String(c.name ?? c.text ?? ''), ...(c.code ? { code: String(c.code) } : {}) }));
      const id = childNamedIn(String(args.text ?? ''), listed);
      return id ? { result: 'found', data: id } : { result: 'none' };
    },
    // The words that started the flow are read once: the next child of a kader's session is asked for its own.
    'growth.forget_trigger': () => ({ result: 'ok', data: null }),
    'growth.today': ({ contact, now }) => ({ result: 'ok', data: today(contact.timezone, now) }),
    'growth.position_needed': ({ contact, args, now }) => {
      const date = typeof args.date === 'string' ? args.date : today(contact.timezone, now);
      const values = flowValues(args.values);
      return { result: positionQuestionNeeded(String(args.birthDate ?? ''), date, values) ? 'ask' : 'known' };
    },
    'growth.apply_position': ({ args }) => {
      const values = flowValues(args.values);
      return { result: 'ok', data: { ...values, position: args.position === 'H' ? 'H' : 'L' } as unknown as Json };
    },
    'growth.record': async ({ contact, args, now, translate, ref, effects }): Promise<ActionOutcome> => {
      const values = flowValues(args.values);
      const source = SOURCE[contact.role ?? ''];
      if (!source) return { result: 'denied' };
      if (!ref) throw new Error('growth.record runs inside a turn: the measurement id is derived from the turn ref');
      const style = source === 'parent' ? 'parent' : 'kader';
      const outcome = await new GrowthService(withPending(deps, effects ?? [])).planMeasurement({
        childId: String(args.childId ?? ''),
        date: typeof args.date === 'string' ? args.date : today(contact.timezone, now),
        ...(values.weightKg !== undefined ? { weightKg: values.weightKg } : {}),
        ...(values.lengthCm !== undefined ? { lengthCm: values.lengthCm } : {}),
        ...(values.position !== undefined ? { measure: values.position } : {}),
        ...(values.headCm !== undefined ? { headCm: values.headCm } : {}),
        ...(values.armCm !== undefined ? { armCm: values.armCm } : {}),
        ...(values.oedema ? { oedema: true } : {}),
        source,
        recordedBy: contact.id,
        confirmed: values.accepted,
      }, { id: effectId('ms', ref), now });
      switch (outcome.status) {
        case 'denied':
          return { result: 'denied' };
        case 'invalid':
          return { result: 'invalid', data: { code: outcome.reason, reason: { __t: `growth.values.invalid.${outcome.reason}` } } };
        case 'needs_confirmation':
          return { result: 'confirm', data: { ...confirmationQuestion(translate, contact.lang, outcome.issues, style) } as unknown as Json };
        case 'saved': {
          const { child, measurement, assessment } = outcome;
          const result =
            style === 'parent'
              ? parentResultText(translate, contact.lang, child.name, measurement, assessment)
              : kaderResultText(translate, contact.lang, { name: child.name, age: ageText(translate, contact.lang, child.birthDate, assessment.date) }, measurement, assessment);
          const updated = changeLines(translate, contact.lang, outcome.changes, assessment.measure, style);
          const text = [...updated, ...(updated.length ? [''] : []), result].join('\n');
          return { result: 'saved', data: { text, measurementId: measurement._id }, effects: [outcome.effect] };
        }
      }
    },
    'growth.apply_confirmation': ({ args }) => {
      const pending = (typeof args.pending === 'object' && args.pending !== null ? args.pending : {}) as { fields?: unknown; suggested?: unknown };
      const fields = Array.isArray(pending.fields) ? (pending.fields as Array<'weight' | 'length' | 'head' | 'arm'>) : [];
      const suggested = typeof pending.suggested === 'number' ? pending.suggested : null;
      const applied = applyConfirmation(flowValues(args.values), { fields, suggested }, String(args.answer ?? ''));
      return { result: applied.result, data: { ...applied.values } as unknown as Json };
    },
    'growth.history': async ({ contact, args, translate, effects }) => {
      const found = await new GrowthService(withPending(deps, effects ?? [])).history(contact.id, String(args.childId ?? ''));
      if (!found) return { result: 'denied' };
      if (found.measurements.length === 0) return { result: 'none' };
      const latest = found.measurements.at(-1)!.result as unknown as GrowthAssessment;
      const meaning = parentMeaningText(translate, contact.lang, found.child.name, latest, 'growth.history.meaning');
      return { result: 'some', data: { lines: historyLines(translate, contact.lang, found.measurements), latest: meaning } };
    },
    'growth.charts': async ({ contact, args, translate, effects }) => {
      const found = await new GrowthService(withPending(deps, effects ?? [])).history(contact.id, String(args.childId ?? ''));
      if (!found || found.measurements.length === 0) return { result: 'none' };
      const charts = growthCharts(found.child, found.measurements, contact.lang);
      const messages = charts.map((c) => ({ text: translate(contact.lang, `growth.chart.caption.${c.indicator}`, { name: found.child.name }), image: c.image }));
      return { result: 'ok', messages, effects: charts.map((c) => c.render) };
    },
  };
}

function ageText(translate: Parameters<Action>[0]['translate'], lang: Parameters<Action>[0]['contact']['lang'], birthDate: string, date: string): string {
  const age = ageParam(birthDate, date) as { __t: string; params: Record<string, number> };
  return translate(lang, age.__t, age.params);
}
