import type { GrowthReads, GrowthWrites } from '../../src/app/growth/growth-ports.js';
import type { ChildReads, ChildStore } from '../../src/app/children/child-ports.js';
import type { Child, Measurement } from '../../src/app/children/child-records.js';
import type { Contact } from '../../src/app/contacts/contact-records.js';
import { byName } from '../../src/store/children-repository.js';
import { CONSENT_VERSION } from '../../src/app/actions/contact-actions.js';
import { demoChildren, demoFamilies, demoPeople, demoPosyandu } from '../../src/main/demo-data.js';
import { demoMeasurements } from '../../src/main/demo-growth.js';

/**
 * The demo world's growth data in memory: what growth actions read, and what the commit's growth
 * handlers write, with the store's semantics (measurements in force, oldest first; insert by id once).
 *
 * @example
 * const world = new GrowthReadModel(now);
 * const actions = growthActions(world); const commit = new TurnCommit(growthHandlers(world, translate));
 */
export class GrowthReadModel implements GrowthReads, GrowthWrites {
  readonly stored = new Map<string, Measurement>();
  readonly images = new Map<string, { data: Buffer; contentType: string }>();
  protected readonly kids: Child[];
  protected readonly people: Contact[];

  constructor(now: Date) {
    this.kids = demoChildren.map((c) => ({ ...c, createdAt: now }));
    // As the demo seed stores them (`seedDemo`): consented, reached on the simulator at their phone.
    this.people = demoFamilies.map((f) => ({
      ...f,
      origin: 'simulator',
      consentAt: now,
      consentVersion: CONSENT_VERSION,
      groups: f.groups ?? [],
      pregnantUntil: null,
      optedOut: false,
      timezone: 'Asia/Jakarta',
      lastChannel: 'simulator',
      lastAddress: f.phone,
      reminderKinds: null,
      createdAt: now,
      updatedAt: now,
    }));
    for (const m of demoMeasurements(demoChildren, now)) this.stored.set(m._id, m);
  }

  readonly children: GrowthReads['children'] & GrowthWrites['children'] & ChildReads & Pick<ChildStore, 'insert' | 'addCaregiver' | 'correct' | 'reassess'> = {
    get: async (id) => this.kids.find((c) => c._id === id) ?? null,
    byCode: async (code) => this.kids.find((c) => c.code === code) ?? null,
    measurement: async (id) => this.stored.get(id) ?? null,
    insert: async (child) => {
      if (this.kids.some((c) => c._id === child._id || c.code === child.code)) return false;
      this.kids.push(structuredClone(child));
      return true;
    },
    correct: async (childId, set, correction) => {
      const child = this.kids.find((c) => c._id === childId);
      if (!child || (correction.id !== undefined && child.corrections?.some((c) => c.id === correction.id))) return;
      Object.assign(child, set, { corrections: [...(child.corrections ?? []), correction] });
    },
    reassess: async (measurementId, result) => {
      const m = this.stored.get(measurementId);
      if (m) m.result = result;
    },
    addCaregiver: async (childId, contactId) => {
      const child = this.kids.find((c) => c._id === childId);
      if (child && !child.caregiverIds.includes(contactId)) child.caregiverIds.push(contactId);
    },
    ofCaregiver: async (contactId) => this.kids.filter((c) => c.caregiverIds.includes(contactId)).sort((a, b) => a.birthDate.localeCompare(b.birthDate)),
    ofPosyandu: async (posyanduId) => byName(this.kids.filter((c) => c.posyanduId === posyanduId)),
    measurements: async (childId) =>
      [...this.stored.values()]
        .filter((m) => m.childId === childId && m.supersededBy === null)
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime()),
    insertMeasurement: async (doc) => {
      if (!this.stored.has(doc._id)) this.stored.set(doc._id, structuredClone(doc));
    },
    supersede: async (ids, by) => {
      for (const id of ids) {
        const m = this.stored.get(id);
        if (m) m.supersededBy = by;
      }
    },
  };

  readonly contacts: GrowthReads['contacts'] = { get: async (id) => this.people.find((c) => c._id === id) ?? null };

  readonly registry: GrowthReads['registry'] = {
    personByPhone: async (phone) => demoPeople.find((p) => p.phone === phone) ?? null,
    posyandu: async (id) => demoPosyandu.find((p) => p._id === id) ?? null,
  };

  readonly media: GrowthWrites['media'] = {
    put: async (id, data, contentType) => void this.images.set(id, { data, contentType }),
    get: async (id) => this.images.get(id) ?? null,
  };
}
