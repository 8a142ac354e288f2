import { DateTime } from 'luxon';
import { nextAllowedSendTime, planReminders, reminderKey, type Session } from '../../domain/schedule/index.js';
import type { ReminderJob, ReminderJobs, ScheduleStore } from './schedule-ports.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { upcoming } from './sessions.js';
import type { Clock } from '../../shared/clock.js';

/** Sessions planned ahead: the next one (or the one running now) and the one after it. */
const SESSIONS_AHEAD = 2;
/** The look back after a session waits until the kader have had time to enter the day's measurements. */
export const FOLLOW_UP_AFTER_HOURS = 3;

type PlannerDeps = { schedules: ScheduleStore; reminderJobs: ReminderJobs; clock: Clock };

/**
 * Puts every reminder and the after-session follow-up of a posyandu's next sessions on the queue.
 * Safe to run any time and as often as wanted: jobs are keyed by reminder key (session, start, kind),
 * so a session that did not change queues nothing new, and a moved one gets new keys.
 *
 * @example
 * await new ReminderPlanner(deps).planAll(); // at start-up, daily, and after any schedule change
 */
export class ReminderPlanner {
  constructor(private readonly deps: PlannerDeps) {}

  async planAll(): Promise<number> {
    let queued = 0;
    for (const record of await this.deps.schedules.all()) queued += await this.planRecord(record);
    return queued;
  }

  async planPosyandu(posyanduId: string): Promise<number> {
    const record = await this.deps.schedules.get(posyanduId);
    return record ? this.planRecord(record) : 0;
  }

  /**
   * After a schedule changed: drops the queued reminders of times that no longer hold (moved,
   * cancelled, a kind removed from the policy) and plans the new ones.
   */
  async replan(before: PosyanduSchedule | null, after: PosyanduSchedule): Promise<number> {
    if (before) {
      const now = this.deps.clock.now();
      const kept = new Set(this.keysOf(after, upcoming(after, now, SESSIONS_AHEAD).filter((s) => s.status !== 'cancelled')));
      await this.deps.reminderJobs.cancel(this.keysOf(before, upcoming(before, now, SESSIONS_AHEAD)).filter((key) => !kept.has(key)));
    }
    return this.planRecord(after);
  }

  /** The reminder keys of these sessions for every kind the policy has, planned or not. */
  keysOf(record: PosyanduSchedule, sessions: readonly Session[]): string[] {
    return sessions.flatMap((s) => record.reminderPolicy.reminders.map((r) => reminderKey(s, r.kind)));
  }

  private async planRecord(record: PosyanduSchedule): Promise<number> {
    const now = this.deps.clock.now();
    let queued = 0;
    for (const session of upcoming(record, now, SESSIONS_AHEAD)) {
      if (session.status === 'cancelled') continue;
      for (const planned of planReminders(session, record.reminderPolicy, now)) {
        const job: ReminderJob = { key: planned.key, posyanduId: session.posyanduId, sessionId: session.id, start: session.start, kind: planned.kind };
        await this.deps.reminderJobs.reminder(job, planned.sendAt, now);
        queued++;
      }
      const after = DateTime.fromISO(session.end).plus({ hours: FOLLOW_UP_AFTER_HOURS }).toJSDate();
      await this.deps.reminderJobs.followUp({ posyanduId: session.posyanduId, sessionId: session.id, start: session.start }, nextAllowedSendTime(after, session.zone, record.reminderPolicy.quietHours), now);
    }
    return queued;
  }
}
