import { DateTime } from 'luxon';
import type { Contact } from '../contacts/contact-records.js';
import type { Person, Posyandu } from '../registry/registry-records.js';
import type { Asker } from '../contacts/asker.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/** A kader allowed to broadcast, with the posyandu they broadcast to. */
export interface Broadcaster {
  contact: Contact;
  person: Person;
  posyandu: Posyandu;
}

/**
 * The registry decides who may broadcast: a kader the registry backs (the asker's registry entry),
 * to a posyandu they are kader of (the one they joined, else their first). Anyone else gets
 * undefined, whatever their contact record or the flow says.
 *
 * @example
 * const sender = await findBroadcaster(deps, await askerIn(deps, context)); // undefined for a parent
 */
export async function findBroadcaster(deps: { registry: Pick<RegistryStore, 'posyandu'> }, asker: Asker | null): Promise<Broadcaster | undefined> {
  const person = asker?.person;
  if (!asker || person?.role !== 'kader') return undefined;
  const { contact } = asker;
  const posyanduId = contact.posyanduId && person.posyanduIds.includes(contact.posyanduId) ? contact.posyanduId : person.posyanduIds[0];
  const posyandu = posyanduId ? await deps.registry.posyandu(posyanduId) : null;
  return posyandu ? { contact, person, posyandu } : undefined;
}

/**
 * The calendar day at the posyandu: the daily limit counts by it.
 *
 * @example
 * dayAt(new Date('2026-03-09T18:00:00Z'), 'Asia/Jakarta'); // '2026-03-10'
 */
export function dayAt(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate() ?? now.toISOString().slice(0, 10);
}
