import type { PuslingRequest } from '../../domain/pusling/index.js';
import type { Contact } from '../contacts/contact-records.js';
import type { Person } from '../registry/registry-records.js';
import { PUSLING_DUTY } from './pusling-actor.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

type Deps = { contacts: ContactStore; registry: RegistryStore };

/** A contact with a known channel and address. */
export type ReachableContact = Contact & { lastChannel: string; lastAddress: string };

/** A contact we can write to: known channel and address, not opted out. */
export function reachable(contact: Contact | null): contact is ReachableContact {
  return contact !== null && !contact.optedOut && contact.lastChannel !== null && contact.lastAddress !== null;
}

async function contactsOf(deps: Deps, people: readonly Person[]): Promise<ReachableContact[]> {
  const found = await Promise.all(people.map((p) => deps.contacts.findByPhone(p.phone)));
  return found.filter(reachable);
}

/**
 * The Pusling coordinators of a puskesmas (staff with the `pusling` duty) who have talked to the bot.
 *
 * @example
 * (await coordinatorsOf(deps, 'pkm-bekasi-jaya')).length; // 1 once Bu Rina has said hello
 */
export async function coordinatorsOf(deps: Deps, puskesmasId: string): Promise<ReachableContact[]> {
  const staff = await deps.registry.staffOf(puskesmasId);
  return contactsOf(deps, staff.filter((p) => p.duties.includes(PUSLING_DUTY)));
}

/**
 * The kader of the RW's posyandu and the lurah of its kelurahan.
 *
 * @example
 * const { kader, lurah } = await areaStaffOf(deps, request);
 */
export async function areaStaffOf(deps: Deps, request: PuslingRequest): Promise<{ kader: ReachableContact[]; lurah: ReachableContact[] }> {
  const { area } = request;
  const kader = area.posyanduId ? await contactsOf(deps, await deps.registry.kaderOf(area.posyanduId)) : [];
  const lurah = await contactsOf(deps, await deps.registry.lurahOf(area.kelurahanId));
  return { kader, lurah };
}

/**
 * The requester's contact: found through the registry entry the request names.
 *
 * @example
 * await requesterOf(deps, request); // Bu Ani's contact
 */
export async function requesterOf(deps: Deps, request: PuslingRequest): Promise<ReachableContact | null> {
  const { requestedBy: by, area } = request;
  const pool =
    by.role === 'kader' && area.posyanduId ? await deps.registry.kaderOf(area.posyanduId)
    : by.role === 'lurah' ? await deps.registry.lurahOf(area.kelurahanId)
    : by.role === 'puskesmas' ? await deps.registry.staffOf(area.puskesmasId)
    : [];
  const person = pool.find((p) => p._id === by.id);
  return person ? ((await contactsOf(deps, [person]))[0] ?? null) : null;
}
