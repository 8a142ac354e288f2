import type { PosyanduZone } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { AppDeps } from '../ports.js';
import type { Posyandu, PosyanduSchedule } from '../records.js';
import { announceChange } from './announce.js';
import { changeLines } from './change-words.js';
import { kaderPosyandu } from './kader-access.js';
import { ReminderPlanner } from './reminder-planner.js';
import { changeSchedule, type ChangeProblem, type ScheduleChange } from './schedule-change.js';
import { unchangedSchedule } from './stored-schedule.js';
import type { DeliverDeps } from './deliver-once.js';

type ChangeDeps = DeliverDeps & Pick<AppDeps, 'registry' | 'schedules' | 'reminderJobs'>;

export type PreviewResult = { result: 'denied' } | { result: 'invalid'; problem: ChangeProblem } | { result: 'ok'; lines: string[] };
/** `heldUntil`: the families hear after the posyandu's quiet hours, when the change was made inside them. */
export type ApplyResult = { result: 'denied' } | { result: 'invalid'; problem: ChangeProblem } | { result: 'saved'; announced: number; heldUntil?: { at: Date; zone: PosyanduZone } };

/**
 * A kader's change to their posyandu's schedule: preview it, then save it, tell every family of the
 * posyandu in their own language, drop reminders planned for times that no longer hold and plan the
 * new ones. Access comes from the staff registry on every call, never from flow variables.
 *
 * @example
 * await service.apply('c_0003', { kind: 'cancel', sessionId: 'psy-mawar@2026-03-10', note: 'Banjir' }, translate, now); // { result: 'saved', announced: 3 }
 */
export class ScheduleChangeService {
  private readonly planner: ReminderPlanner;

  constructor(private readonly deps: ChangeDeps) {
    this.planner = new ReminderPlanner(deps);
  }

  async preview(contactId: string, lang: Lang, change: ScheduleChange, translate: Translate, now: Date): Promise<PreviewResult> {
    const place = await this.place(contactId);
    if (!place) return { result: 'denied' };
    const outcome = changeSchedule(place.record, place.posyandu, change, now);
    if (!outcome.ok) return { result: 'invalid', problem: outcome.problem };
    return { result: 'ok', lines: changeLines(translate, lang, change, outcome.record, outcome.session, now) };
  }

  async apply(contactId: string, change: ScheduleChange, translate: Translate, now: Date): Promise<ApplyResult> {
    const place = await this.place(contactId);
    if (!place) return { result: 'denied' };
    const { record, posyandu } = place;
    const outcome = changeSchedule(record, posyandu, change, now);
    if (!outcome.ok) return { result: 'invalid', problem: outcome.problem };
    const same = record !== null && unchangedSchedule(record, outcome.record);
    // A redelivered confirmation finds the change made: same revision, so the announcement refs match and nothing is sent twice.
    const saved: PosyanduSchedule = same ? record : { ...outcome.record, revision: (record?.revision ?? 0) + 1, updatedAt: now, updatedBy: contactId };
    if (!same) await this.deps.schedules.set(saved);
    await this.planner.replan(record, saved);
    const { told, notBefore } = await announceChange(this.deps, translate, posyandu, saved.revision, now, (lang) => changeLines(translate, lang, change, saved, outcome.session, now));
    return { result: 'saved', announced: told, ...(notBefore > now ? { heldUntil: { at: notBefore, zone: saved.schedule.zone } } : {}) };
  }

  private async place(contactId: string): Promise<{ posyandu: Posyandu; record: PosyanduSchedule | null } | null> {
    const posyanduId = await kaderPosyandu(this.deps, contactId);
    const posyandu = posyanduId ? await this.deps.registry.posyandu(posyanduId) : null;
    if (!posyandu) return null;
    return { posyandu, record: await this.deps.schedules.get(posyandu._id) };
  }
}
