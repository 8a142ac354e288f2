import type { Lang } from '../../shared/lang.js';
import type { PosyanduSchedule } from './schedule-records.js';

/**
 * Store a kader's change to a posyandu's schedule and replan its reminders: `after` carries the
 * revision the turn derived from `before` (the schedule it read), so applying it again finds that
 * revision stored and only queues the jobs already queued (they are keyed by reminder key).
 *
 * @example
 * { type: 'schedule.save', id: 'ss_9c1e…', before: { revision: 3, … }, after: { revision: 4, … } }
 */
export interface ScheduleSaveEffect {
  readonly type: 'schedule.save';
  readonly id: string;
  readonly before: PosyanduSchedule | null;
  readonly after: PosyanduSchedule;
}

/**
 * Tell a posyandu's families of a change, each in their language, not before `notBefore` (the end of
 * quiet hours). The families are those the turn counted in its answer; each message's ref is
 * `schedule-change|<posyandu>|r<revision>|<contact>`, so applying it again sends nothing twice.
 *
 * @example
 * { type: 'schedule.announce', id: 'sa_9c1e…', posyanduId: 'psy-mawar', revision: 4, notBefore, texts: { id: '📢 …' }, families: [{ contactId: 'c-demo-parent', lang: 'id' }] }
 */
export interface ScheduleAnnounceEffect {
  readonly type: 'schedule.announce';
  readonly id: string;
  readonly posyanduId: string;
  readonly revision: number;
  readonly notBefore: Date;
  readonly texts: Partial<Readonly<Record<Lang, string>>>;
  readonly families: ReadonlyArray<{ readonly contactId: string; readonly lang: Lang }>;
}

export type ScheduleEffect = ScheduleSaveEffect | ScheduleAnnounceEffect;

/** The ref of one family's announcement of one revision: its outbound ids derive from it. */
export function announcementRef(posyanduId: string, revision: number, contactId: string): string {
  return `schedule-change|${posyanduId}|r${revision}|${contactId}`;
}
