import { DEFAULT_PUSLING_CONFIG, puslingAnnouncement, puslingNotice, type PuslingRequest } from '../../domain/pusling/index.js';
import { nextAllowedSendTime } from '../../domain/schedule/quiet-hours.js';
import type { MessageRef } from '../../domain/escalation/message.js';
import { pseudonym } from '../../shared/logger.js';
import { OutboundService, type OutboxDeps } from '../outbound.js';
import { logStaffNotice, staffIdOfContact } from '../rights/staff-access.js';
import type { EngineAssets } from '../../engine/index.js';
import type { ChildAccessLog } from '../children/child-access.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { PuslingEventJob, PuslingJobs, PuslingReminderJob, PuslingStore } from './pusling-ports.js';
import type { Contact } from '../contacts/contact-records.js';
import type { PuslingRequestRecord } from './pusling-records.js';
import { flaggedChildrenOf, flagReasons } from './need.js';
import { areaStaffOf, coordinatorsOf, reachable, requesterOf, type ReachableContact } from './recipients.js';
import { planVisitReminders, scheduleStamp } from './visit-reminders.js';
import { reasonsText, renderPusling, visitDay } from './words.js';

/** Pusling's stores and jobs, the registry to find who to tell, and the outbox. */
export type PuslingNotifierDeps = OutboxDeps & { engine: EngineAssets; pusling: PuslingStore; puslingJobs: PuslingJobs; registry: RegistryStore; childAccess: ChildAccessLog };

/**
 * Tells everyone concerned about a Pusling change, each in their language, from the queue worker:
 * the coordinator of a new request; the requester, the RW's kader and lurah of every state; and once
 * scheduled the RW's families (announcement, then reminders) and the kader (flagged children). Refs
 * are deterministic, so a retried job records nothing twice.
 *
 * @example
 * await new PuslingNotifier(deps).event({ requestId: 'pr_0001', entry: 1 });
 */
export class PuslingNotifier {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: PuslingNotifierDeps) {
    this.outbound = new OutboundService(deps);
  }

  async event(job: PuslingEventJob): Promise<void> {
    const record = await this.deps.pusling.get(job.requestId);
    const entry = record?.request.history[job.entry];
    // A later change supersedes this one: its own job tells people the current state.
    if (!record || !entry || job.entry !== record.request.history.length - 1) return;
    const { request } = record;
    const ref = `pusling:${request.id}:${job.entry}`;
    const staff = await areaStaffOf(this.deps, request);
    const requester = await requesterOf(this.deps, request);
    const told = new Set<string>();
    // The one who acted was answered in the chat (or by the API): no notice for them, except a
    // request made through the API, whose requester hears it was received.
    const skip = async (c: Contact): Promise<boolean> =>
      entry.action === 'request' ? record.source === 'chat' && c._id === requester?._id : this.isActor(c, entry.by.id);

    if (entry.action === 'request') {
      const kelurahanName = (await this.deps.registry.kelurahan(request.area.kelurahanId))?.name ?? request.area.kelurahanId;
      for (const coordinator of await coordinatorsOf(this.deps, request.area.puskesmasId)) {
        await this.tell(coordinator, `${ref}:coordinator`, told, (lang) => this.coordinatorText(record, kelurahanName, lang));
      }
    }
    const target = request.mergedInto ? (await this.deps.pusling.get(request.mergedInto))?.request : undefined;
    const notice = puslingNotice(request, target);
    for (const contact of [requester, ...staff.kader, ...staff.lurah]) {
      if (reachable(contact) && !(await skip(contact))) await this.tell(contact, `${ref}:notice`, told, (lang) => renderPusling(this.t, lang, notice, record.endTime));
    }
    if (entry.action === 'schedule') await this.announce(record, ref, staff.kader);
    if (entry.action === 'postpone' && entry.from === 'scheduled') await this.tellFamilies(request, `${ref}:postponed`, { key: 'pusling.visit.postponed', params: { rw: request.area.rw } }, null);
  }

  /** Sends a visit reminder to the RW's families, unless the visit changed since it was planned. */
  async reminder(job: PuslingReminderJob): Promise<void> {
    const record = await this.deps.pusling.get(job.requestId);
    const schedule = record?.request.schedule;
    if (!record || record.request.state !== 'scheduled' || !schedule || scheduleStamp(schedule) !== job.stamp) return;
    const { rw } = record.request.area;
    const message: MessageRef = { key: `pusling.visit.reminder.${job.kind}`, params: { rw, date: schedule.date, time: schedule.time, place: schedule.place } };
    await this.tellFamilies(record.request, `pusling:${record._id}:reminder:${job.stamp}:${job.kind}`, message, record.endTime);
  }

  private async announce(record: PuslingRequestRecord, ref: string, kader: ReachableContact[]): Promise<void> {
    const { request } = record;
    const announcement = puslingAnnouncement(request);
    if (announcement) await this.tellFamilies(request, `${ref}:announcement`, announcement, record.endTime);
    await this.tellKaderFlagged(record, ref, kader);
    const now = this.deps.clock.now();
    for (const planned of request.schedule ? planVisitReminders(request.id, request.schedule, now) : []) {
      await this.deps.puslingJobs.reminder(planned.job, planned.at, now);
    }
  }

  /** Names are for the kader of the RW's own posyandu only; the lurah never gets them. */
  private async tellKaderFlagged(record: PuslingRequestRecord, ref: string, kader: ReachableContact[]): Promise<void> {
    const { area, schedule } = record.request;
    if (!area.posyanduId || !schedule) return;
    const children = await this.deps.pusling.childrenOfKelurahan(area.kelurahanId);
    const latest = await this.deps.pusling.latestMeasurements(children.map((c) => c._id));
    const flagged = flaggedChildrenOf(children, latest, area.kelurahanId, area.rw).filter((c) => c.posyanduId === area.posyanduId);
    const byChild = new Map(latest.map((m) => [m.childId, m]));
    const now = this.deps.clock.now();
    for (const contact of kader) {
      await this.tell(contact, `${ref}:flagged`, new Set(), (lang) => {
        const date = visitDay(schedule.date, lang);
        if (flagged.length === 0) return this.t(lang, 'pusling.kader.flagged_none', { rw: area.rw, date });
        const lines = flagged.map((c) => this.t(lang, 'pusling.kader.flagged_line', { name: c.name, why: flagReasons(byChild.get(c._id)?.result ?? {}).map((code) => this.t(lang, `pusling.flag.${code}`)).join(', ') }));
        return this.t(lang, 'pusling.kader.flagged', { rw: area.rw, date, lines: lines.join('\n') });
      });
      // Names and measurements pushed to a kader are a staff read of those children: the access log has them.
      if (flagged.length) await logStaffNotice(this.deps.childAccess, { at: now, staffId: await staffIdOfContact(this.deps, contact), role: 'kader', action: 'pusling.flagged_list', childIds: flagged.map((c) => c._id) });
    }
  }

  /** Families hear nothing in quiet hours: news decided late in the evening reaches them in the morning. */
  private async tellFamilies(request: PuslingRequest, ref: string, message: MessageRef, endTime: string | null): Promise<void> {
    const families = await this.deps.pusling.familiesOfRw(request.area.kelurahanId, request.area.rw);
    const notBefore = nextAllowedSendTime(this.deps.clock.now(), request.schedule?.zone ?? DEFAULT_PUSLING_CONFIG.zone);
    const told = new Set<string>();
    for (const family of families.filter(reachable)) await this.tell(family, ref, told, (lang) => renderPusling(this.t, lang, message, endTime), 'broadcast', notBefore);
  }

  private coordinatorText(record: PuslingRequestRecord, kelurahanName: string, lang: Contact['lang']): string {
    const { request } = record;
    const dates = request.preferredDates.map((d) => visitDay(d, lang)).join('; ') || this.t(lang, 'pusling.summary.no_dates');
    return this.t(lang, 'pusling.coordinator.new', {
      rw: request.area.rw,
      kelurahan: kelurahanName,
      role: this.t(lang, `role.${request.requestedBy.role}`),
      reasons: reasonsText(this.t, lang, request.reasons),
      dates,
      people: request.expectedPeople,
    });
  }

  private async tell(contact: ReachableContact, ref: string, told: Set<string>, text: (lang: Contact['lang']) => string, kind: 'notice' | 'broadcast' = 'notice', notBefore?: Date): Promise<void> {
    if (told.has(contact._id)) return;
    told.add(contact._id);
    await this.outbound.send({ contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress }, [{ text: text(contact.lang) }], { kind, ref: `${ref}:${contact._id}`, ...(notBefore ? { notBefore } : {}) });
    this.deps.log.debug({ contact: pseudonym(this.deps.logSecret, contact._id), ref }, 'pusling notice queued');
  }

  private async isActor(contact: Contact, actorId: string): Promise<boolean> {
    if (contact._id === actorId) return true;
    const person = contact.phone ? await this.deps.registry.personByPhone(contact.phone) : null;
    return person?._id === actorId;
  }

  private get t() {
    return this.deps.engine.translate;
  }
}
