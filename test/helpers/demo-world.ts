import type { ContactReads } from '../../src/app/contacts/contact-ports.js';
import type { Contact } from '../../src/app/contacts/contact-records.js';
import type { EffectHandlers } from '../../src/app/effects/app-effect.js';
import type { ImmunisationStore } from '../../src/app/immunisation/immunisation-ports.js';
import type { MessageStore } from '../../src/app/messages/message-ports.js';
import type { RegistryStore } from '../../src/app/registry/registry-ports.js';
import type { ScheduleReads } from '../../src/app/schedule/schedule-ports.js';
import type { PosyanduSchedule } from '../../src/app/schedule/schedule-records.js';
import type { DoseRecord } from '../../src/domain/immunisation/index.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema } from '../../src/domain/schedule/index.js';
import { demoChildren, demoKelurahan, demoPeople, demoPosyandu, demoPuskesmas, demoSchedules } from '../../src/main/demo-data.js';
import { demoDoseRecords } from '../../src/main/demo-immunisation.js';
import { demoScreenings } from '../../src/main/demo-screening.js';
import type { ScreeningRecord } from '../../src/app/screening/screening-records.js';
import type { BroadcastPorts, BroadcastReads } from '../../src/app/broadcast/broadcast-ports.js';
import type { Broadcast, BroadcastBatch } from '../../src/app/broadcast/broadcast-records.js';
import { broadcastLimits } from '../../src/app/broadcast/limits.js';
import type { PregnancyRecord, PregnancyStore } from '../../src/app/pregnancy/pregnancy-records.js';
import type { AuditEntry } from '../../src/app/escalation/escalation-records.js';
import type { PuslingReads } from '../../src/app/pusling/pusling-ports.js';
import type { ScreeningReads } from '../../src/app/screening/screening-ports.js';
import { loadEnv } from '../../src/config/env.js';
import { WITHDRAWN } from '../../src/app/rights/consent-withdrawal.js';
import { seededRandom } from '../../src/shared/ids.js';
import type { EscalationReadPorts } from '../../src/app/escalation/escalation-ports.js';
import { DEFAULT_ESCALATION_RULES } from '../../src/domain/escalation/rules.js';
import { GrowthReadModel } from './growth-read-model.js';

/**
 * The demo world a conversation reads, in memory, as the demo seeds it: children, measurements and
 * charts, the staff registry, the posyandu schedules, dose records, screenings, and contacts as a
 * conversation changes them. A number writing for the first time becomes a new contact, and the turn's contact
 * effects (`contact.update`, opt out and in, erasure) are applied here, so the next turn sees the language,
 * consent, role and posyandu an earlier one set. Enough for the engine to play many golden
 * transcripts without MongoDB or Redis.
 *
 * @example
 * const world = new DemoWorld(now); const contact = world.contactFor('+628111000002');
 */
export class DemoWorld extends GrowthReadModel {
  readonly doses = new Map<string, DoseRecord>();
  private readonly scheduleRecords: PosyanduSchedule[];
  private readonly screened: ScreeningRecord[];

  /** Where staff sign in to the PWS dashboard: none without a public address, as the container decides. */
  readonly dashboardUrl: string | null;

  constructor(
    private readonly now: Date,
    config: { publicBaseUrl?: string } = {},
  ) {
    super(now);
    this.dashboardUrl = config.publicBaseUrl ? `${config.publicBaseUrl.replace(/\/+$/, '')}/pws` : null;
    for (const dose of demoDoseRecords(demoChildren, now)) this.doses.set(dose._id, dose);
    this.screened = demoScreenings(now);
    this.scheduleRecords = demoSchedules.map((input) => {
      const schedule = scheduleSchema.parse(input);
      return { _id: schedule.posyanduId, schedule, reminderPolicy: DEFAULT_REMINDER_POLICY, exceptions: [], revision: 0, updatedAt: now, updatedBy: null };
    });
  }

  override readonly registry: RegistryStore = {
    personByPhone: async (phone) => demoPeople.find((p) => p.phone === phone) ?? null,
    kaderOf: async (posyanduId) => demoPeople.filter((p) => p.role === 'kader' && p.posyanduIds.includes(posyanduId)),
    lurahOf: async (kelurahanId) => demoPeople.filter((p) => p.role === 'lurah' && p.kelurahanIds.includes(kelurahanId)),
    staffOf: async (puskesmasId) => demoPeople.filter((p) => p.role === 'puskesmas' && p.puskesmasIds.includes(puskesmasId)),
    listKelurahan: async () => [demoKelurahan],
    kelurahan: async (id) => (id === demoKelurahan._id ? demoKelurahan : null),
    posyandu: async (id) => demoPosyandu.find((p) => p._id === id) ?? null,
    puskesmas: async (id) => (id === demoPuskesmas._id ? demoPuskesmas : null),
    posyanduIn: async (kelurahanId) => demoPosyandu.filter((p) => p.kelurahanId === kelurahanId),
  };

  readonly schedules: ScheduleReads = {
    get: async (posyanduId) => this.scheduleRecords.find((r) => r._id === posyanduId) ?? null,
    all: async () => [...this.scheduleRecords],
    families: async (posyanduId) => this.people.filter((c) => c.posyanduId === posyanduId && c.role === 'parent' && !c.optedOut && c.consentAt !== null),
  };

  readonly immunisations: Pick<ImmunisationStore, 'ofChild' | 'ofChildren' | 'insert' | 'supersede'> = {
    ofChild: async (childId) => [...this.doses.values()].filter((d) => d.childId === childId),
    ofChildren: async (childIds) => new Map(childIds.map((id) => [id, [...this.doses.values()].filter((d) => d.childId === id)])),
    insert: async (record) => void (this.doses.has(record._id) ? undefined : this.doses.set(record._id, structuredClone(record))),
    supersede: async (id, by) => {
      const dose = this.doses.get(id);
      if (dose) this.doses.set(id, { ...dose, supersededBy: by });
    },
  };

  /** Pregnancies registered in the chat (none in the demo), by contact. */
  readonly pregnancies: Pick<PregnancyStore, 'get' | 'active' | 'save' | 'erase'> = {
    get: async (contactId) => this.pregnant.get(contactId) ?? null,
    active: async (now) => [...this.pregnant.values()].filter((p) => p.lapseAt > now).sort((a, b) => a._id.localeCompare(b._id)),
    save: async (record) => void this.pregnant.set(record._id, structuredClone(record)),
    erase: async (contactId) => void this.pregnant.delete(contactId),
  };
  private readonly pregnant = new Map<string, PregnancyRecord>();

  /** The audit entries the commit wrote (corrections), once per id. */
  readonly audit = { record: async (entry: AuditEntry) => void this.audited.set(entry._id, entry) };
  private readonly audited = new Map<string, AuditEntry>();

  /** Nobody in the demo has asked for Pusling yet. */
  readonly screenings: ScreeningReads = {
    get: async (id) => this.screened.find((r) => r._id === id) ?? null,
    ofContact: async (contactId) => this.screened.filter((r) => r.contactId === contactId).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a._id.localeCompare(b._id)),
    openFollowUps: async (posyanduId) => this.screened.filter((r) => r.posyanduId === posyanduId && r.followUp === 'open').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a._id.localeCompare(b._id)),
  };
  readonly pusling: Pick<PuslingReads, 'get' | 'ofPuskesmas' | 'ofKelurahan' | 'ofPosyandu'> = {
    get: async () => null,
    ofPuskesmas: async () => [],
    ofKelurahan: async () => [],
    ofPosyandu: async () => [],
  };

  /** No child has an open alert or a growth problem on record yet. */
  readonly escalation: EscalationReadPorts = {
    episodes: { openOf: async () => [], openedIn: async () => [] },
    alerts: { get: async () => null, ofEpisode: async () => [], unresolvedIn: async () => [], forDigest: async () => [], openParentRequest: async () => null },
    rules: DEFAULT_ESCALATION_RULES,
    pusling: { ofKelurahan: async () => [] },
    digest: { zone: 'Asia/Jakarta', unit: 'week' },
  };

  /**
   * Broadcasts started in the chat (none in the demo), their batches, and the jobs the start queued
   * (recorded, never run: the fan-out is the send side's). The audience is the consenting parents, as
   * the store selects them.
   */
  readonly broadcasts: BroadcastReads & Pick<BroadcastPorts, 'store' | 'jobs'> = {
    store: {
      create: async (broadcast, batches) => {
        for (const batch of batches) if (!this.batches.has(batch._id)) this.batches.set(batch._id, structuredClone(batch));
        if (!this.started.has(broadcast._id)) this.started.set(broadcast._id, structuredClone(broadcast));
      },
      get: async (id) => this.started.get(id) ?? null,
      activeOf: async (senderPersonId) => [...this.started.values()].find((b) => b.senderPersonId === senderPersonId && b.status === 'sending') ?? null,
      countOn: async (senderPersonId, day) => [...this.started.values()].filter((b) => b.senderPersonId === senderPersonId && b.day === day).length,
      batch: async (broadcastId, index) => this.batches.get(`${broadcastId}-${index}`) ?? null,
      progress: async () => null,
      progressOf: async () => [],
      finishBatch: async () => undefined,
      end: async (id, status, at) => {
        const broadcast = this.started.get(id);
        if (broadcast?.status !== 'sending') return false;
        Object.assign(broadcast, { status, endedAt: at });
        return true;
      },
      members: async (query) =>
        this.people
          .filter((c) => c.consentAt !== null && ('ids' in query ? query.ids.includes(c._id) : c.posyanduId === query.posyanduId && c.role === 'parent' && (!query.rw || c.rw === query.rw) && (!query.group || (c.groups ?? []).includes(query.group.name))))
          .sort((a, b) => a._id.localeCompare(b._id)),
      outboundCounts: async () => ({}),
    },
    jobs: {
      addBatches: async (broadcastId, count) => void this.queued.add(`batches|${broadcastId}|${count}`),
      scheduleCheck: async (check) => void this.queued.add(`check|${check.broadcastId}|${check.round}`),
      sendBacklog: async () => 0,
    },
    limits: broadcastLimits(loadEnv({ NODE_ENV: 'test' })),
  };
  private readonly started = new Map<string, Broadcast>();
  private readonly batches = new Map<string, BroadcastBatch>();
  private readonly queued = new Set<string>();

  /** No reply was ever sent in this world: a schedule change tells every family. */
  readonly messages: Pick<MessageStore, 'getOutbound'> = { getOutbound: async () => null };

  private created = 0;
  /** Child codes drawn as the whole-stack tests draw them. */
  readonly random = seededRandom(7);

  /** The contact stored under `id`, as it is now. */
  private readonly byId = (id: string): Contact | null => this.people.find((c) => c._id === id) ?? null;

  override readonly contacts: ContactReads = {
    get: async (id) => this.byId(id),
    findByPhone: async (phone) => this.people.find((c) => c.phone === phone) ?? null,
    findByAddress: async (channel, address) => this.people.find((c) => c.lastChannel === channel && c.lastAddress === address) ?? null,
    addresses: async (id) => this.people.filter((c) => c._id === id && c.lastChannel && c.lastAddress).map((c) => ({ channel: c.lastChannel!, address: c.lastAddress! })),
  };

  /** The contact a message from `phone` reaches, created as a conversation creates one. */
  contactFor(phone: string): Contact {
    const known = this.people.find((c) => c.phone === phone);
    if (known) return known;
    const contact: Contact = {
      _id: `c-new-${++this.created}`,
      phone,
      origin: 'simulator',
      lang: 'id',
      role: null,
      consentAt: null,
      consentVersion: null,
      optedOut: false,
      timezone: 'Asia/Jakarta',
      posyanduId: null,
      rw: null,
      kelurahanId: null,
      lastChannel: 'simulator',
      lastAddress: phone,
      reminderKinds: null,
      createdAt: this.now,
      updatedAt: this.now,
    };
    this.people.push(contact);
    return contact;
  }

  /** Everything a turn's effects may have changed here, as plain data to compare. */
  snapshot(): unknown {
    return structuredClone({ contacts: this.people, children: this.kids, measurements: [...this.stored.entries()], charts: [...this.images.keys()].sort(), doses: [...this.doses.entries()], screenings: this.screened, pregnancies: [...this.pregnant.entries()], audit: [...this.audited.keys()].sort(), broadcasts: [...this.started.entries()], batches: [...this.batches.keys()].sort(), jobs: [...this.queued].sort() });
  }

  /** Contacts as the commit's handlers change them. */
  readonly contactWrites = {
    get: async (id: string) => this.byId(id),
    update: async (id: string, patch: Partial<Contact>) => void Object.assign(this.byId(id) ?? {}, patch),
  };

  /** The commit's contact handlers, on this world. */
  contactHandlers(): EffectHandlers {
    const update = this.contactWrites.update;
    return {
      'contact.update': [async (effect, turn) => update(turn.contactId, effect.patch)],
      // As the store erases: children no one else cares for go with their records; the contact goes, or keeps
      // only what a withdrawn contact keeps.
      'contact.erase': [
        async (effect, turn) => {
          for (const child of this.kids.filter((c) => c.caregiverIds.includes(turn.contactId))) {
            if (child.caregiverIds.length > 1) child.caregiverIds = child.caregiverIds.filter((id) => id !== turn.contactId);
            else {
              this.kids.splice(this.kids.indexOf(child), 1);
              for (const [id, m] of this.stored) if (m.childId === child._id) this.stored.delete(id);
              for (const [id, d] of this.doses) if (d.childId === child._id) this.doses.delete(id);
            }
          }
          for (const record of this.screened.filter((r) => r.contactId === turn.contactId)) this.screened.splice(this.screened.indexOf(record), 1);
          if (effect.keep !== 'nothing') return update(turn.contactId, WITHDRAWN);
          const at = this.people.findIndex((c) => c._id === turn.contactId);
          if (at >= 0) this.people.splice(at, 1);
        },
      ],
      opt_out: [async (_effect, turn) => update(turn.contactId, { optedOut: true })],
      opt_in: [async (_effect, turn) => update(turn.contactId, { optedOut: false })],
    };
  }
}
