import type { PosyanduZone } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { Posyandu } from '../registry/registry-records.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { effectId } from '../effects/effect-id.js';
import { planAnnouncement } from './announce.js';
import { changeLines } from './change-words.js';
import { kaderPosyandu } from './kader-access.js';
import type { Asker } from '../contacts/asker.js';
import { changeSchedule, type ChangeProblem, type ScheduleChange } from './schedule-change.js';
import { unchangedSchedule } from './stored-schedule.js';
import type { ScheduleEffect } from './schedule-effects.js';
import type { MessageStore } from '../messages/message-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ScheduleReads } from './schedule-ports.js';

/** What planning a change reads; `getOutbound` tells which families were told already. */
type ChangeDeps = { registry: RegistryStore; schedules: ScheduleReads; messages: Pick<MessageStore, 'getOutbound'> };

export type PreviewResult = { result: 'denied' } | { result: 'invalid'; problem: ChangeProblem } | { result: 'ok'; lines: string[] };
/** `heldUntil`: the families hear after the posyandu's quiet hours, when the change was made inside them. */
export type ApplyResult = { result: 'denied' } | { result: 'invalid'; problem: ChangeProblem } | { result: 'saved'; announced: number; effects: ScheduleEffect[]; heldUntil?: { at: Date; zone: PosyanduZone } };

/**
 * A kader's change to their posyandu's schedule: preview it, then plan saving it, telling every
 * family of the posyandu in their own language, dropping reminders planned for times that no longer
 * hold and planning the new ones (`scheduleHandlers` does it at the commit). Access comes from the
 * staff registry on every call, never from flow variables. Reads only.
 *
 * @example
 * await service.apply(asker, { kind: 'cancel', sessionId: 'psy-mawar@2026-03-10', note: 'Banjir' }, translate, now, ref); // { result: 'saved', announced: 3, effects }
 */
export class ScheduleChangeService {
  constructor(private readonly deps: ChangeDeps) {}

  async preview(asker: Asker | null, lang: Lang, change: ScheduleChange, translate: Translate, now: Date): Promise<PreviewResult> {
    const place = await this.place(asker);
    if (!place) return { result: 'denied' };
    const outcome = changeSchedule(place.record, place.posyandu, change, now);
    if (!outcome.ok) return { result: 'invalid', problem: outcome.problem };
    return { result: 'ok', lines: changeLines(translate, lang, change, outcome.record, outcome.session, now) };
  }

  /**
   * Plans the change: reads the kader's posyandu and its schedule, and returns the effects that save
   * it, replan its reminders and tell the families; the turn's commit applies them. `ref` is the
   * action call's ref, which the effects' ids derive from.
   */
  async apply(asker: Asker | null, change: ScheduleChange, translate: Translate, now: Date, ref: string): Promise<ApplyResult> {
    const place = await this.place(asker);
    if (!place || !asker) return { result: 'denied' };
    const { record, posyandu } = place;
    const outcome = changeSchedule(record, posyandu, change, now);
    if (!outcome.ok) return { result: 'invalid', problem: outcome.problem };
    const same = record !== null && unchangedSchedule(record, outcome.record);
    // The same change confirmed again keeps its revision, so its announcement refs match and nothing is sent twice.
    const saved: PosyanduSchedule = same ? record : { ...outcome.record, revision: (record?.revision ?? 0) + 1, updatedAt: now, updatedBy: asker.contact._id };
    const linesIn = (lang: Lang) => changeLines(translate, lang, change, saved, outcome.session, now);
    const { told, notBefore, effect } = await planAnnouncement(this.deps, translate, posyandu, saved.revision, now, linesIn, effectId('sa', ref));
    const effects: ScheduleEffect[] = [{ type: 'schedule.save', id: effectId('ss', ref), before: record, after: saved }, effect];
    return { result: 'saved', announced: told, effects, ...(notBefore > now ? { heldUntil: { at: notBefore, zone: saved.schedule.zone } } : {}) };
  }

  private async place(asker: Asker | null): Promise<{ posyandu: Posyandu; record: PosyanduSchedule | null } | null> {
    const posyanduId = kaderPosyandu(asker);
    const posyandu = posyanduId ? await this.deps.registry.posyandu(posyanduId) : null;
    if (!posyandu) return null;
    return { posyandu, record: await this.deps.schedules.get(posyandu._id) };
  }
}
