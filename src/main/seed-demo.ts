import type { Models } from '../store/store.js';
import { RegistryRepository } from '../store/registry-repository.js';
import type { ContactOrigin } from '../app/contacts/contact-records.js';
import { ContactsRepository } from '../store/contacts-repository.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema } from '../domain/schedule/index.js';
import { ScheduleRepository } from '../store/schedule-repository.js';
import { demoChildren, demoFamilies, demoKelurahan, demoPeople, demoPosyandu, demoPuskesmas, demoSchedules } from './demo-data.js';
import { demoMeasurements } from './demo-growth.js';
import { demoArea } from './demo-area.js';
import { demoDoseRecords } from './demo-immunisation.js';
import { demoScreenings } from './demo-screening.js';
import { CONSENT_VERSION } from '../app/actions/contact-actions.js';

/**
 * Writes the demo world. Every write is an upsert by fixed id, so seeding twice changes nothing.
 * The families talk through the simulator, so their contacts are the simulator's; `origin: 'platform'`
 * seeds them as families who wrote on a real channel before (a Telegram chat sharing their number joins them).
 * `area: true` adds the rest of the area (`demoArea`) for the PWS dashboard.
 *
 * @example
 * await seedDemo(container.models, new Date());
 */
export async function seedDemo(models: Models, now: Date, options: { origin?: ContactOrigin; area?: boolean } = {}): Promise<void> {
  const origin = options.origin ?? 'simulator';
  const registry = new RegistryRepository(models);
  await registry.upsertPuskesmas(demoPuskesmas);
  await registry.upsertKelurahan(demoKelurahan);
  for (const posyandu of demoPosyandu) await registry.upsertPosyandu(posyandu);
  for (const person of demoPeople) await registry.upsertPerson(person);
  for (const family of demoFamilies) {
    await models.contacts.replaceOne(
      { _id: family._id },
      {
        ...family,
        origin,
        consentAt: now,
        consentVersion: CONSENT_VERSION,
        groups: family.groups ?? [],
        pregnantUntil: null,
        optedOut: false,
        timezone: 'Asia/Jakarta',
        lastChannel: 'simulator',
        lastAddress: family.phone,
        reminderKinds: null,
        createdAt: now,
        updatedAt: now,
      },
      { upsert: true },
    );
    await new ContactsRepository(models).moveAddress('simulator', family.phone!, family._id);
  }
  const schedules = new ScheduleRepository(models);
  for (const input of demoSchedules) {
    const schedule = scheduleSchema.parse(input);
    await schedules.set({ _id: schedule.posyanduId, schedule, reminderPolicy: DEFAULT_REMINDER_POLICY, exceptions: [], revision: 0, updatedAt: now, updatedBy: null });
  }
  for (const child of demoChildren) await models.children.replaceOne({ _id: child._id }, { ...child, createdAt: now }, { upsert: true });
  // The demo history is relative to now: replace the last seeding's instead of piling up months.
  await models.measurements.deleteMany({ _id: { $regex: '^ms-demo-' } });
  for (const m of demoMeasurements(demoChildren, now)) await models.measurements.replaceOne({ _id: m._id }, m, { upsert: true });
  for (const record of demoDoseRecords(demoChildren, now)) await models.immunisations.replaceOne({ _id: record._id }, record, { upsert: true });
  for (const s of demoScreenings(now)) await models.screenings.replaceOne({ _id: s._id }, s, { upsert: true });
  if (options.area) {
    const area = demoArea(now);
    for (const child of area.children) await models.children.replaceOne({ _id: child._id }, child, { upsert: true });
    await models.measurements.insertMany(area.measurements);
  }
}
