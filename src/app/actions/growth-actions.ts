import { z } from 'zod';
import { defineAction, type ActionContext, type DeclaredAction, type Json, type TurnEffect } from '../../engine/index.js';
import { applyConfirmation, confirmationQuestion } from '../growth/confirmation.js';
import { formatDay } from '../growth/format.js';
import { growthCharts } from '../growth/growth-charts.js';
import { GrowthService } from '../growth/growth-service.js';
import { historyLines } from '../growth/history-lines.js';
import { kaderResultText } from '../growth/kader-words.js';
import { childNamedIn, findChild } from '../growth/find-child.js';
import { parentMeaningText, parentResultText } from '../growth/parent-words.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import { positionQuestionNeeded } from '../growth/position.js';
import { changeLines } from '../growth/value-phrases.js';
import { flowValues } from '../growth/typed-values.js';
import { valuesOutcome, withDayChoices, withPick } from '../growth/values-outcome.js';
import { effectId } from '../effects/effect-id.js';
import type { GrowthReads } from '../growth/growth-ports.js';
import { withPending } from '../growth/pending-reads.js';
import { askerIn } from '../contacts/asker.js';
import type { Child, MeasurementSource } from '../children/child-records.js';
import { todayIn } from '../today.js';
import { ageParam } from './child-actions.js';

const SOURCE: Record<string, MeasurementSource> = { parent: 'parent', kader: 'kader', puskesmas: 'puskesmas' };

/** Text the flow may not have (a variable never set): read as empty, as a person who typed nothing. */
const text = z.string().nullish().transform((value) => value ?? '');
const values = z.unknown().transform(flowValues);
const listed = z.array(z.looseObject({ id: z.string(), name: z.string().optional(), text: z.string().optional(), code: z.string().optional() })).nullish().transform((items) => items ?? []);
/** A choice id, or the number typed in its place ("iya 8,7" at "Maksudnya 8,5 kg?"), as text. */
const choiceOrNumber = z.union([z.string(), z.number()]).nullish().transform((value) => (value == null ? '' : String(value)));
const pendingQuestion = z.unknown().transform((json) => {
  const pending = (typeof json === 'object' && json !== null ? json : {}) as { fields?: unknown; suggested?: unknown };
  return {
    fields: Array.isArray(pending.fields) ? (pending.fields as Array<'weight' | 'length' | 'head' | 'arm'>) : [],
    suggested: typeof pending.suggested === 'number' ? pending.suggested : null,
  };
});

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
 * const record = growthActions(reads).find((a) => a.name === 'growth.record')!;
 * await record.invoke({ contact, args: { childId: 'ch-budi', values: { weightKg: 8.5, accepted: [] } }, ref: 'simulator:42#7', … });
 * // { result: 'saved', data: { text, measurementId }, effects: [{ type: 'growth.record', … }] }
 */
export function growthActions(deps: GrowthReads): DeclaredAction[] {
  const service = (effects: readonly TurnEffect[] = []) => new GrowthService(withPending(deps, effects));
  const asker = (context: Pick<ActionContext, 'contact' | 'once'>) => askerIn(deps, context);
  const today = (timezone: string, now: Date): string => todayIn(now, timezone);
  return [
    defineAction({
      name: 'growth.my_children',
      args: z.object({}),
      results: ['none', 'one', 'many'],
      run: async ({ contact }) => {
        const mine = await deps.children.ofCaregiver(contact.id);
        const items = mine.map((c) => ({ id: c._id, text: c.name }));
        return { result: mine.length === 0 ? 'none' : mine.length === 1 ? 'one' : 'many', data: { items } };
      },
    }),
    defineAction({
      name: 'growth.pick_child',
      args: z.object({ childId: text }),
      results: ['ok', 'denied'],
      run: async ({ contact, once, args, now }) => {
        const child = await service().childFor(await asker({ contact, once }), args.childId);
        return child ? { result: 'ok', data: childData(child, today(contact.timezone, now)) } : { result: 'denied' };
      },
    }),
    defineAction({
      name: 'growth.posyandu_children',
      args: z.object({}),
      results: ['some', 'none', 'denied'],
      run: async ({ contact, once, now }) => {
        const list = await service().childrenOfMyPosyandu(await asker({ contact, once }));
        if (list === null) return { result: 'denied' };
        if (list.length === 0) return { result: 'none' };
        const day = today(contact.timezone, now);
        const items = list.map((c) => ({ id: c._id, name: c.name, code: c.code }));
        const lines = list.map((c, i) => ({ __t: 'growth.kader.child_line', params: { n: i + 1, name: c.name, age: ageParam(c.birthDate, day), code: c.code } }));
        return { result: 'some', data: { items, lines } };
      },
    }),
    defineAction({
      name: 'growth.find_child',
      args: z.object({ text, items: listed }),
      results: ['found', 'not_found', 'ambiguous', 'done', 'list'],
      run: async ({ contact, once, args, now }) => {
        const found = findChild(args.text, args.items.map((c) => ({ id: c.id, name: c.name ?? c.text ?? '', code: c.code ?? '' })));
        if (found.result !== 'found') return { result: found.result };
        const child = await service().childFor(await asker({ contact, once }), found.id);
        return child ? { result: 'found', data: childData(child, today(contact.timezone, now)) } : { result: 'not_found' };
      },
    }),
    defineAction({
      name: 'growth.read_values',
      args: z.object({ text, tries: z.number().nullish() }),
      results: ['ok', 'problem', 'gave_up'],
      run: ({ contact, args, now }) => withDayChoices(valuesOutcome(args.text, args.tries ?? 0, {}, today(contact.timezone, now)), contact.lang),
    }),
    // "8,5 atau 8,7 kg?" answered: the same words are read again with that value for the measure asked about.
    defineAction({
      name: 'growth.pick_value',
      args: z.object({ asked: z.unknown(), picked: choiceOrNumber }),
      results: ['ok', 'problem', 'gave_up'],
      run: ({ contact, args, now }) => {
        const asked = (typeof args.asked === 'object' && args.asked !== null ? args.asked : {}) as { text?: unknown; tries?: unknown };
        return withDayChoices(valuesOutcome(typeof asked.text === 'string' ? asked.text : '', typeof asked.tries === 'number' ? asked.tries : 0, withPick(args.asked, args.picked), today(contact.timezone, now)), contact.lang);
      },
    }),
    defineAction({
      name: 'growth.child_named',
      args: z.object({ text, items: listed }),
      results: ['found', 'none'],
      run: ({ args }) => {
        const children = args.items.map((c) => ({ id: c.id, name: c.name ?? c.text ?? '', ...(c.code ? { code: c.code } : {}) }));
        const id = childNamedIn(args.text, children);
        return id ? { result: 'found', data: id } : { result: 'none' };
      },
    }),
    // The words that started the flow are read once: the next child of a kader's session is asked for its own.
    defineAction({ name: 'growth.forget_trigger', args: z.object({}), results: ['ok'], run: () => ({ result: 'ok', data: null }) }),
    defineAction({ name: 'growth.today', args: z.object({}), results: ['ok'], run: ({ contact, now }) => ({ result: 'ok', data: today(contact.timezone, now) }) }),
    // The day measured, said with the values ("bb 9,2 kemarin"): "Apakah diukur hari ini?" is not asked.
    defineAction({ name: 'growth.said_date', args: z.object({ date: text }), results: ['ok'], run: ({ args }) => ({ result: 'ok', data: args.date }) }),
    defineAction({
      name: 'growth.position_needed',
      args: z.object({ birthDate: text, values, date: z.string().nullish() }),
      results: ['ask', 'known'],
      run: ({ contact, args, now }) => {
        const date = args.date ?? today(contact.timezone, now);
        return { result: positionQuestionNeeded(args.birthDate, date, args.values) ? 'ask' : 'known' };
      },
    }),
    defineAction({
      name: 'growth.apply_position',
      args: z.object({ values, position: z.string().nullish() }),
      results: ['ok'],
      run: ({ args }) => ({ result: 'ok', data: { ...args.values, position: args.position === 'H' ? 'H' : 'L' } }),
    }),
    defineAction({
      name: 'growth.record',
      args: z.object({ childId: text, values, date: z.string().nullish() }),
      results: ['saved', 'confirm', 'invalid', 'denied'],
      run: async ({ contact, once, args, now, translate, ref, effects }) => {
        const v = args.values;
        const source = SOURCE[contact.role ?? ''];
        if (!source) return { result: 'denied' };
        if (!ref) throw new Error('growth.record runs inside a turn: the measurement id is derived from the turn ref');
        const style = source === 'parent' ? 'parent' : 'kader';
        const outcome = await service(effects).planMeasurement(await asker({ contact, once }), {
          childId: args.childId,
          date: args.date ?? today(contact.timezone, now),
          ...(v.weightKg !== undefined ? { weightKg: v.weightKg } : {}),
          ...(v.lengthCm !== undefined ? { lengthCm: v.lengthCm } : {}),
          ...(v.position !== undefined ? { measure: v.position } : {}),
          ...(v.headCm !== undefined ? { headCm: v.headCm } : {}),
          ...(v.armCm !== undefined ? { armCm: v.armCm } : {}),
          ...(v.oedema ? { oedema: true } : {}),
          source,
          confirmed: v.accepted,
        }, { id: effectId('ms', ref), now });
        switch (outcome.status) {
          case 'denied':
            return { result: 'denied' };
          case 'invalid':
            return { result: 'invalid', data: { code: outcome.reason, reason: { __t: `growth.values.invalid.${outcome.reason}` } } };
          case 'needs_confirmation':
            return { result: 'confirm', data: { ...confirmationQuestion(translate, contact.lang, outcome.issues, style) } };
          case 'saved': {
            const { child, measurement, assessment } = outcome;
            const result =
              style === 'parent'
                ? parentResultText(translate, contact.lang, child.name, measurement, assessment)
                : kaderResultText(translate, contact.lang, { name: child.name, age: ageText(translate, contact.lang, child.birthDate, assessment.date) }, measurement, assessment);
            const pastDay = measurement.date === today(contact.timezone, now) ? undefined : formatDay(measurement.date, contact.lang);
            const updated = changeLines(translate, contact.lang, outcome.changes, assessment.measure, style, pastDay);
            const text = [...updated, ...(updated.length ? [''] : []), result].join('\n');
            return { result: 'saved', data: { text, measurementId: measurement._id }, effects: [outcome.effect] };
          }
        }
      },
    }),
    defineAction({
      name: 'growth.apply_confirmation',
      args: z.object({ values, pending: pendingQuestion, answer: choiceOrNumber }),
      results: ['retry', 'again'],
      run: ({ args }) => {
        const applied = applyConfirmation(args.values, args.pending, args.answer);
        return { result: applied.result, data: { ...applied.values } };
      },
    }),
    defineAction({
      name: 'growth.history',
      args: z.object({ childId: text }),
      results: ['some', 'none', 'denied'],
      run: async ({ contact, once, args, translate, effects }) => {
        const found = await service(effects).history(await asker({ contact, once }), args.childId);
        if (!found) return { result: 'denied' };
        if (found.measurements.length === 0) return { result: 'none' };
        const latest = found.measurements.at(-1)!.result as unknown as GrowthAssessment;
        const meaning = parentMeaningText(translate, contact.lang, found.child.name, latest, 'growth.history.meaning');
        return { result: 'some', data: { lines: historyLines(translate, contact.lang, found.measurements), latest: meaning } };
      },
    }),
    defineAction({
      name: 'growth.charts',
      args: z.object({ childId: text }),
      results: ['ok', 'none'],
      run: async ({ contact, once, args, translate, effects }) => {
        const found = await service(effects).history(await asker({ contact, once }), args.childId);
        if (!found || found.measurements.length === 0) return { result: 'none' };
        const charts = growthCharts(found.child, found.measurements, contact.lang);
        const messages = charts.map((c) => ({ text: translate(contact.lang, `growth.chart.caption.${c.indicator}`, { name: found.child.name }), image: c.image }));
        return { result: 'ok', messages, effects: charts.map((c) => c.render) };
      },
    }),
  ];
}

function ageText(translate: ActionContext['translate'], lang: ActionContext['contact']['lang'], birthDate: string, date: string): string {
  const age = ageParam(birthDate, date) as { __t: string; params: Record<string, number> };
  return translate(lang, age.__t, age.params);
}
