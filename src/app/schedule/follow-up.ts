import { describeSession, nextAllowedSendTime, type Session } from '../../domain/schedule/index.js';
import type { Lang } from '../../shared/lang.js';
import type { FollowUpJob, ScheduleStore } from './schedule-ports.js';
import type { Child } from '../children/child-records.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { logStaffNotice } from '../rights/staff-access.js';
import { deliverOnce, reachable, type DeliverDeps } from './deliver-once.js';
import { notWeighed, notWeighedText } from './not-weighed.js';
import { nextHeld } from './sessions.js';
import { stillOn } from './still-on.js';
import type { EngineAssets } from '../../engine/index.js';
import type { ChildStore } from '../children/child-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ChildAccessLog } from '../children/child-access.js';

type FollowUpDeps = DeliverDeps & { schedules: ScheduleStore; engine: EngineAssets; children: ChildStore; registry: RegistryStore; childAccess: ChildAccessLog };

export type FollowUpResult = { status: 'done'; missed: number; families: number; kader: number } | { status: 'stale' } | { status: 'later'; later: Date };

/**
 * After a session: children of the posyandu with no kader measurement dated that day get a gentle
 * note to their family (come next time, or ask the kader), and the posyandu's kader get the list of
 * whom to visit, by RW. Names go to the families' own children and to that posyandu's kader only.
 *
 * @example
 * await new FollowUpService(deps).run({ posyanduId: 'psy-mawar', sessionId: 'psy-mawar@2026-03-10', start: '2026-03-10T08:00:00+07:00' });
 */
export class FollowUpService {
  constructor(private readonly deps: FollowUpDeps) {}

  async run(job: FollowUpJob): Promise<FollowUpResult> {
    const record = await this.deps.schedules.get(job.posyanduId);
    const session = stillOn(record, job.sessionId, job.start);
    if (!record || !session) return { status: 'stale' };
    const now = this.deps.clock.now();
    const allowed = nextAllowedSendTime(now, session.zone, record.reminderPolicy.quietHours);
    if (allowed > now) return { status: 'later', later: allowed };
    const missed = await notWeighed(this.deps.children, job.posyanduId, session.date);
    const ref = `followup|${session.id}|${session.start}`;
    const families = await this.tellFamilies(record, session, missed, ref, now);
    const kader = await this.tellKader(session, missed, ref, now);
    this.deps.log.info({ posyandu: job.posyanduId, session: session.id, missed: missed.length, families, kader }, 'session follow-up sent');
    return { status: 'done', missed: missed.length, families, kader };
  }

  private async tellFamilies(record: PosyanduSchedule, session: Session, missed: readonly Child[], ref: string, now: Date): Promise<number> {
    const byCaregiver = new Map<string, Child[]>();
    for (const child of missed) for (const id of child.caregiverIds) byCaregiver.set(id, [...(byCaregiver.get(id) ?? []), child]);
    const next = nextHeld(record, now);
    let told = 0;
    for (const [contactId, children] of byCaregiver) {
      const family = await this.deps.contacts.get(contactId);
      // A family that turned every reminder off does not want this nudge either.
      if (!family || !reachable(family) || family.reminderKinds?.length === 0) continue;
      const text = this.familyText(family.lang, session, next, children, now);
      if (await deliverOnce(this.deps, family, [{ text }], 'reminder', `${ref}|${family._id}`)) told++;
    }
    return told;
  }

  private familyText(lang: Lang, session: Session, next: Session | undefined, children: readonly Child[], now: Date): string {
    const t = this.deps.engine.translate;
    const held = describeSession(session, now, lang).params;
    const params = { names: children.map((c) => c.name).join(', '), weekday: held.weekday ?? '', date: held.date ?? '' };
    if (!next) return t(lang, 'schedule.followup.family_no_next', params);
    const upcoming = describeSession(next, now, lang).params;
    return t(lang, 'schedule.followup.family', { ...params, nextWeekday: upcoming.weekday ?? '', nextDate: upcoming.date ?? '' });
  }

  private async tellKader(session: Session, missed: readonly Child[], ref: string, now: Date): Promise<number> {
    let told = 0;
    for (const person of await this.deps.registry.kaderOf(session.posyanduId)) {
      const kader = await this.deps.contacts.findByPhone(person.phone);
      if (!kader || kader.role !== 'kader' || !reachable(kader)) continue;
      const text = notWeighedText(this.deps.engine.translate, kader.lang, session, missed, now);
      if (!(await deliverOnce(this.deps, kader, [{ text }], 'notice', `${ref}|${kader._id}`))) continue;
      told++;
      await logStaffNotice(this.deps.childAccess, { at: now, staffId: person._id, role: 'kader', action: 'child.follow_up_list', childIds: missed.map((c) => c._id) });
    }
    return told;
  }
}
