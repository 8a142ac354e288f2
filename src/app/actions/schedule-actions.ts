import { zoneLabel } from '../../domain/schedule/index.js';
import type { Action, ActionOutcome, Json } from '../../engine/index.js';
import { localClockText } from '../schedule/render.js';
import type { AppDeps } from '../ports.js';
import { nextSessionAnswer } from '../schedule/schedule-answers.js';
import { kaderOverview } from '../schedule/kader-overview.js';
import { ScheduleChangeService } from '../schedule/schedule-change-service.js';
import { changeFromFlow } from '../schedule/change-from-flow.js';
import { REMINDER_CHOICES, reminderChoiceOf } from '../schedule/reminder-choices.js';

type ScheduleDeps = ConstructorParameters<typeof ScheduleChangeService>[0] & Pick<AppDeps, 'contacts'>;

/**
 * Schedule conversations: "kapan posyandu?", the kader's JADWAL (overview, preview, save and
 * announce), and a family's choice of reminders. Every change re-checks the kader in the registry.
 *
 * @example
 * await scheduleActions(deps)['schedule.next']({ contact, now, … }); // { result: 'some', data: { lines: [...] } }
 */
export function scheduleActions(deps: ScheduleDeps): Record<string, Action> {
  const changes = (): ScheduleChangeService => new ScheduleChangeService(deps);
  return {
    'schedule.next': async ({ contact, now }) => {
      const posyanduId = typeof contact.facts.posyanduId === 'string' ? contact.facts.posyanduId : null;
      const answer = await nextSessionAnswer(deps, posyanduId, contact.lang, now);
      return answer.result === 'some' ? { result: 'some', data: { lines: answer.lines } } : { result: answer.result };
    },
    'schedule.kader_overview': async ({ contact, now, translate }) => {
      const overview = await kaderOverview(deps, contact.id, contact.lang, now, translate);
      return overview.result === 'denied' ? { result: 'denied' } : { result: overview.result, data: overview.data };
    },
    'schedule.preview': async ({ contact, args, now, translate }): Promise<ActionOutcome> => {
      const change = changeFromFlow(args);
      if (!change) return { result: 'invalid', data: { problem: { __t: 'schedule.kader.problem.invalid' } } };
      const preview = await changes().preview(contact.id, contact.lang, change, translate, now);
      if (preview.result === 'invalid') return { result: 'invalid', data: { problem: { __t: `schedule.kader.problem.${preview.problem}` } } };
      if (preview.result === 'denied') return { result: 'denied' };
      return { result: 'ok', data: { text: preview.lines.join('\n'), change: change as unknown as Json } };
    },
    'schedule.apply': async ({ contact, args, now, translate }): Promise<ActionOutcome> => {
      const change = changeFromFlow(args);
      if (!change) return { result: 'invalid', data: { problem: { __t: 'schedule.kader.problem.invalid' } } };
      const applied = await changes().apply(contact.id, change, translate, now);
      if (applied.result === 'invalid') return { result: 'invalid', data: { problem: { __t: `schedule.kader.problem.${applied.problem}` } } };
      if (applied.result === 'denied') return { result: 'denied' };
      if (!applied.heldUntil) return { result: 'saved', data: { announced: applied.announced } };
      const { at, zone } = applied.heldUntil;
      return { result: 'saved_later', data: { announced: applied.announced, time: localClockText(at, zone, contact.lang), zone: zoneLabel(zone) } };
    },
    'schedule.reminder_choice': async ({ contact }) => {
      const record = await deps.contacts.get(contact.id);
      return { result: 'ok', data: { current: { __t: `schedule.reminders.option.${reminderChoiceOf(record?.reminderKinds ?? null)}` } } };
    },
    'schedule.set_reminder_kinds': async ({ contact, args }) => {
      const choice = REMINDER_CHOICES.find((c) => c.id === args.choice);
      if (!choice) return { result: 'invalid' };
      await deps.contacts.update(contact.id, { reminderKinds: choice.kinds === null ? null : [...choice.kinds] });
      return { result: 'ok', data: { current: { __t: `schedule.reminders.option.${choice.id}` } } };
    },
  };
}
