import { nextAllowedSendTime, reminderMessage, type ReminderKind, type ReminderPolicy, type Session } from '../../domain/schedule/index.js';
import { sessionNote } from '../immunisation/session-note.js';
import type { ReminderJob, ScheduleStore } from './schedule-ports.js';
import type { Contact } from '../contacts/contact-records.js';
import { deliverOnce, reachable, type DeliverDeps } from './deliver-once.js';
import { render } from './render.js';
import { stillOn } from './still-on.js';
import type { EngineAssets } from '../../engine/index.js';
import type { ChildStore } from '../children/child-ports.js';
import type { ImmunisationStore } from '../immunisation/immunisation-ports.js';
import { rescreenNote } from '../screening/rescreen-note.js';
import type { ScreeningReads } from '../screening/screening-ports.js';
import { sessionClassNote } from '../pregnancy/class-line.js';
import type { PregnancyReads } from '../pregnancy/pregnancy-ports.js';

type SenderDeps = DeliverDeps & {
  schedules: ScheduleStore;
  engine: EngineAssets;
  children: ChildStore;
  immunisations: ImmunisationStore;
  screenings: Pick<ScreeningReads, 'ofContact'>;
  pregnancies: Pick<PregnancyReads, 'get'>;
};

/** What happened to a reminder job. */
export type ReminderResult = { status: 'sent'; sent: number } | { status: 'stale' } | { status: 'later'; later: Date };

/**
 * Sends one planned reminder to the posyandu's families when its job fires. It re-checks first: a
 * session moved or cancelled since planning sends nothing (its new time has its own jobs); inside
 * quiet hours the job waits for morning; families who said BERHENTI or turned this kind off get
 * nothing; each family gets each reminder once (ref `reminder|<key>|<contactId>`). The first reminder
 * a family gets of a session also says which doses and vitamin A capsule their children are due there,
 * to an adult screened before, that their next health check is due there (`rescreenNote`), and to a
 * mother with a registered pregnancy, that the session holds the class for pregnant women.
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
      const first = firstFor(family, record.reminderPolicy) === job.kind;
      const notes = first ? [await this.immunisationNote(family, session), await rescreenNote(this.deps.screenings, this.deps.engine.translate, family, session.date), await this.classNote(family, session, now)] : [];
      if (await deliverOnce(this.deps, family, [{ text }, ...notes.filter((note) => note !== '').map((note) => ({ text: note }))], 'reminder', `reminder|${job.key}|${family._id}`)) sent++;
    }
    this.deps.log.info({ posyandu: job.posyanduId, session: job.sessionId, kind: job.kind, sent }, 'reminders sent');
    return { status: 'sent', sent };
  }

  /** The doses and vitamin A the family's children of this posyandu are due at the session, or ''. */
  private async immunisationNote(family: Contact, session: Session): Promise<string> {
    const children = (await this.deps.children.ofCaregiver(family._id)).filter((c) => c.posyanduId === session.posyanduId);
    if (children.length === 0) return '';
    const records = await this.deps.immunisations.ofChildren(children.map((c) => c._id));
    return sessionNote(this.deps.engine.translate, family.lang, children, records, session.date);
  }

  /** Kelas Ibu Hamil at the session, to a mother whose pregnancy is registered and in its weeks then, or ''. */
  private async classNote(family: Contact, session: Session, now: Date): Promise<string> {
    const pregnancy = await this.deps.pregnancies.get(family._id);
    if (!pregnancy || pregnancy.lapseAt <= now) return '';
    return sessionClassNote(this.deps.engine.translate, family.lang, pregnancy.dates.dueDate, session);
  }
}

/** The kind of reminder a family hears first before a session (the earliest they did not turn off). */
function firstFor(family: Contact, policy: ReminderPolicy): string | undefined {
  const wanted = policy.reminders.filter((r) => family.reminderKinds === null || family.reminderKinds.includes(r.kind));
  return [...wanted].sort((a, b) => b.daysBefore - a.daysBefore)[0]?.kind;
}
