import type { DoseRecord } from '../../src/domain/immunisation/index.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema } from '../../src/domain/schedule/index.js';
import type { MessageStore } from '../../src/app/messages/message-ports.js';
import type { RegistryStore } from '../../src/app/registry/registry-ports.js';
import type { ImmunisationStore } from '../../src/app/immunisation/immunisation-ports.js';
import type { PosyanduSchedule } from '../../src/app/schedule/schedule-records.js';
import type { ScheduleReads } from '../../src/app/schedule/schedule-ports.js';
import { demoKelurahan, demoPeople, demoPosyandu, demoPuskesmas, demoSchedules } from '../../src/main/demo-data.js';
import { GrowthReadModel } from './growth-read-model.js';

/**
 * The demo world a parent's conversation reads, in memory: growth (children, measurements, charts),
 * the staff registry, the posyandu schedules as the demo seeds them, and dose records (none until a
 * turn's effect adds one). Enough for the engine to play parents' transcripts without MongoDB.
 *
 * @example
 * const world = new ParentReadModel(now);
 * const actions = [...growthActions(world), ...scheduleActions(world), ...immunisationActions(world)];
 */
export class ParentReadModel extends GrowthReadModel {
  readonly doses = new Map<string, DoseRecord>();
  private readonly scheduleRecords: PosyanduSchedule[];

  constructor(now: Date) {
    super(now);
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

  readonly immunisations: Pick<ImmunisationStore, 'ofChild' | 'ofChildren' | 'insert'> = {
    ofChild: async (childId) => [...this.doses.values()].filter((d) => d.childId === childId),
    ofChildren: async (childIds) => new Map(childIds.map((id) => [id, [...this.doses.values()].filter((d) => d.childId === id)])),
    insert: async (record) => void (this.doses.has(record._id) ? undefined : this.doses.set(record._id, structuredClone(record))),
  };

  /** No reply was ever sent in this world: a schedule change tells every family. */
  readonly messages: Pick<MessageStore, 'getOutbound'> = { getOutbound: async () => null };
}
