import { nextAllowedSendTime, reminderMessage, type ReminderKind } from '../../domain/schedule/index.js';
import type { AppDeps, ReminderJob } from '../ports.js';
import { deliverOnce, reachable, type DeliverDeps } from './deliver-once.js';
import { render } from './render.js';
import { stillOn } from './still-on.js';

type SenderDeps = DeliverDeps & Pick<AppDeps, 'schedules' | 'engine'>;

/** What happened to a reminder job. */
export type ReminderResult = { status: 'sent'; sent: number } | { status: 'stale' } | { status: 'later'; later: Date };

/**
 * Sends one planned reminder to the posyandu's families when its job fires. It re-checks first: a
 * session moved or cancelled since planning sends nothing (its new time has its own jobs); inside
 * quiet hours the job waits for morning; families who said BERHENTI or turned this kind off get
 * nothing; each family gets each reminder once (ref `reminder|<key>|<contactId>`).
 *
 * @example
 * await new ReminderSender(deps).send(job); // { status: 'sent', sent: 3 }
 */
export class ReminderSender {
  constructor(private readonly deps: SenderDeps) {}

  async send(job: ReminderJob): Promise<ReminderResult> {
    const record = await this.deps.schedules.get(job.posyanduId);
    const session = stillOn(record, job.sessionId, job.start);
    const rule = record?.reminderPolicy.reminders.find((r) => r.kind === job.kind);
    if (!record || !session || !rule) return { status: 'stale' };
    const now = this.deps.clock.now();
    if (now.getTime() >= new Date(session.start).getTime()) return { status: 'stale' };
    const allowed = nextAllowedSendTime(now, session.zone, record.reminderPolicy.quietHours);
    if (allowed > now) return allowed < new Date(session.start) ? { status: 'later', later: allowed } : { status: 'stale' };
    let sent = 0;
    for (const family of await this.deps.schedules.families(job.posyanduId)) {
      if (!reachable(family) || (family.reminderKinds !== null && !family.reminderKinds.includes(job.kind))) continue;
      const text = render(this.deps.engine.translate, family.lang, reminderMessage(rule.kind as ReminderKind, session, family.lang));
      if (await deliverOnce(this.deps, family, [{ text }], 'reminder', `reminder|${job.key}|${family._id}`)) sent++;
    }
    this.deps.log.info({ posyandu: job.posyanduId, session: job.sessionId, kind: job.kind, sent }, 'reminders sent');
    return { status: 'sent', sent };
  }
}
