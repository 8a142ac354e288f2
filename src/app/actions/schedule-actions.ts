import { zoneLabel } from '../../domain/schedule/index.js';
import { z } from 'zod';
import { defineAction, type ActionOutcome, type ContactView, type DeclaredAction } from '../../engine/index.js';
import { localClockText } from '../schedule/render.js';
import { nextScreeningAnswer, nextSessionAnswer, type NextAnswer } from '../schedule/schedule-answers.js';
import { kaderOverview } from '../schedule/kader-overview.js';
import { ScheduleChangeService } from '../schedule/schedule-change-service.js';
import { changeFromFlow } from '../schedule/change-from-flow.js';
import { scheduleChangeSchema } from '../schedule/schedule-change.js';
import { contactUpdate } from '../contacts/contact-effects.js';
import { turnRef } from '../effects/turn-ref.js';
import { REMINDER_CHOICES, reminderChoiceOf } from '../schedule/reminder-choices.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import { askerIn } from '../contacts/asker.js';

type ScheduleDeps = ConstructorParameters<typeof ScheduleChangeService>[0] & { contacts: Pick<ContactReads, 'get'> };

const timeRange = z.object({ start: z.string(), end: z.string() });
const choiceOrNumber = z.union([z.string(), z.number()]);

/** The JADWAL answers a change is made of (`kind` is fixed by the step); `changeFromFlow` checks they make one. */
const changeAnswers = z.object({
  kind: z.enum(['move', 'cancel', 'rule']),
  sessionId: z.string().optional(),
  date: z.string().optional(),
  time: timeRange.optional(),
  place: z.string().optional(),
  note: z.string().optional(),
  rule_kind: z.string().optional(),
  day: choiceOrNumber.optional(),
  n: choiceOrNumber.optional(),
  weekday: choiceOrNumber.optional(),
});

/** A change the preview stored; one that no longer reads as a change (an older form) is `invalid`, not a failure. */
const storedChange = z.object({ change: scheduleChangeSchema.optional().catch(undefined) });

const invalid = (problem: string) => ({ result: 'invalid' as const, data: { problem: { __t: `schedule.kader.problem.${problem}` } } });

/**
 * Schedule conversations: "kapan posyandu?", the kader's JADWAL (overview, preview, save and
 * announce), and a family's choice of reminders. Every change re-checks the kader in the registry.
 *
 * @example
 * await scheduleActions(deps)[0].run({ contact, now, … }); // { result: 'some', data: { lines: [...] } }
 */
export function scheduleActions(deps: ScheduleDeps): DeclaredAction[] {
  const changes = (): ScheduleChangeService => new ScheduleChangeService(deps);
  return [
    defineAction({
      name: 'schedule.next',
      args: z.object({}),
      results: ['some', 'none', 'no_posyandu'],
      run: async ({ contact, now }) => asOutcome(await nextSessionAnswer(deps, posyanduOf(contact), contact.lang, now)),
    }),
    defineAction({
      name: 'schedule.next_screening',
      args: z.object({}),
      results: ['some', 'none', 'no_posyandu', 'not_held'],
      run: async ({ contact, now }) => asOutcome(await nextScreeningAnswer(deps, posyanduOf(contact), contact.lang, now)),
    }),
    defineAction({
      name: 'schedule.kader_overview',
      args: z.object({}),
      results: ['ok', 'none', 'denied'],
      run: async ({ contact, once, now, translate }) => {
        const overview = await kaderOverview(deps, await askerIn(deps, { contact, once }), contact.lang, now, translate);
        return overview.result === 'denied' ? { result: 'denied' } : { result: overview.result, data: overview.data };
      },
    }),
    defineAction({
      name: 'schedule.preview',
      args: changeAnswers,
      results: ['ok', 'invalid', 'denied'],
      run: async ({ contact, once, args, now, translate }) => {
        const change = changeFromFlow(args);
        if (!change) return invalid('invalid');
        const preview = await changes().preview(await askerIn(deps, { contact, once }), contact.lang, change, translate, now);
        if (preview.result === 'invalid') return invalid(preview.problem);
        if (preview.result === 'denied') return { result: 'denied' };
        return { result: 'ok', data: { text: preview.lines.join('\n'), change } };
      },
    }),
    defineAction({
      name: 'schedule.apply',
      args: storedChange,
      results: ['saved', 'saved_later', 'invalid', 'denied'],
      run: async ({ contact, once, args, now, translate, ref }) => {
        const { change } = args;
        if (!change) return invalid('invalid');
        const applied = await changes().apply(await askerIn(deps, { contact, once }), change, translate, now, turnRef(ref, 'schedule.apply'));
        if (applied.result === 'invalid') return invalid(applied.problem);
        if (applied.result === 'denied') return { result: 'denied' };
        const { announced, effects } = applied;
        if (!applied.heldUntil) return { result: 'saved', data: { announced }, effects };
        const { at, zone } = applied.heldUntil;
        return { result: 'saved_later', data: { announced, time: localClockText(at, zone, contact.lang), zone: zoneLabel(zone) }, effects };
      },
    }),
    defineAction({
      name: 'schedule.reminder_choice',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact }) => {
        const record = await deps.contacts.get(contact.id);
        return { result: 'ok', data: { current: { __t: `schedule.reminders.option.${reminderChoiceOf(record?.reminderKinds ?? null)}` } } };
      },
    }),
    defineAction({
      name: 'schedule.set_reminder_kinds',
      args: z.object({ choice: z.string() }),
      results: ['ok', 'invalid'],
      run: async ({ args, ref }) => {
        const choice = REMINDER_CHOICES.find((c) => c.id === args.choice);
        if (!choice) return { result: 'invalid' };
        const effects = [contactUpdate(turnRef(ref, 'schedule.set_reminder_kinds'), { reminderKinds: choice.kinds === null ? null : [...choice.kinds] })];
        return { result: 'ok', data: { current: { __t: `schedule.reminders.option.${choice.id}` } }, effects };
      },
    }),
  ];
}

/** The contact's posyandu, as the engine pictures them. */
function posyanduOf(contact: ContactView): string | null {
  return typeof contact.facts.posyanduId === 'string' ? contact.facts.posyanduId : null;
}

/** A schedule answer as the flow reads it: the lines to show, or why there are none. */
function asOutcome<R extends string>(answer: NextAnswer | { result: R }): ActionOutcome<NextAnswer['result'] | R> {
  return 'lines' in answer ? { result: 'some', data: { lines: answer.lines } } : { result: answer.result };
}
