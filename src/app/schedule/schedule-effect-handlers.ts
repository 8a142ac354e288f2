import type { EffectHandlers } from '../effects/app-effect.js';
import type { PosyanduSchedule } from './schedule-records.js';
import type { ReminderJobs, ScheduleStore } from './schedule-ports.js';
import { deliverOnce, type DeliverDeps } from './deliver-once.js';
import { ReminderPlanner } from './reminder-planner.js';
import { announcementRef, type ScheduleAnnounceEffect, type ScheduleSaveEffect } from './schedule-effects.js';

type Deps = DeliverDeps & { schedules: ScheduleStore; reminderJobs: ReminderJobs };

/**
 * Stores the schedule unless its revision is there already, then replans (jobs keyed by reminder
 * key, so twice is once). A different change stored under that revision meanwhile (another kader
 * of the posyandu) wins: this one is logged and dropped, as a chat answer cannot be taken back.
 */
async function save(deps: Deps, planner: ReminderPlanner, { before, after }: ScheduleSaveEffect): Promise<void> {
  const stored = await deps.schedules.get(after._id);
  if (stored && stored.revision >= after.revision && !sameWrite(stored, after)) {
    deps.log.warn({ posyandu: after._id, revision: after.revision }, 'schedule: a change lost to a concurrent one and was not applied');
    return;
  }
  if (!stored || stored.revision < after.revision) await deps.schedules.set(after);
  await planner.replan(before, after);
}

/** Each family's message once: `deliverOnce` finds a message already recorded by its ref. */
async function announce(deps: Deps, { posyanduId, revision, notBefore, texts, families }: ScheduleAnnounceEffect): Promise<void> {
  for (const { contactId, lang } of families) {
    const text = texts[lang];
    const family = await deps.contacts.get(contactId);
    if (family && text) await deliverOnce(deps, family, [{ text }], 'notice', announcementRef(posyanduId, revision, contactId), notBefore);
  }
}

function sameWrite(stored: PosyanduSchedule, after: PosyanduSchedule): boolean {
  return stored.revision === after.revision && new Date(stored.updatedAt ?? 0).getTime() === new Date(after.updatedAt ?? 0).getTime();
}

/**
 * The schedule table of the turn commit: a kader's JADWAL change is saved, then announced.
 *
 * @example
 * const commit = new TurnCommit(…, scheduleHandlers(deps));
 */
export function scheduleHandlers(deps: Deps): EffectHandlers {
  const planner = new ReminderPlanner(deps);
  return {
    'schedule.save': [async (effect) => save(deps, planner, effect)],
    'schedule.announce': [async (effect) => announce(deps, effect)],
  };
}
