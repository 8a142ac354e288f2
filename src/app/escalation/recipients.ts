import type { Area } from '../../domain/escalation/index.js';
import type { Role, StaffRole } from '../../shared/role.js';
import type { Contact } from '../contacts/contact-records.js';
import type { Person } from '../registry/registry-records.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ChildStore } from '../children/child-ports.js';

/** A person to tell: their registry entry (staff) and their contact if they ever wrote to the bot. */
export interface Target {
  role: Role;
  personId: string | null;
  contact: Contact | null;
}

async function withContacts(deps: { contacts: ContactStore }, role: Target['role'], people: Person[]): Promise<Target[]> {
  return Promise.all(people.map(async (p) => ({ role, personId: p._id, contact: await deps.contacts.findByPhone(p.phone) })));
}

/**
 * The staff of one level for an area, found in the registry and reached through the contact of
 * their phone number. The puskesmas level is its nutrition officers (duty `nutrition`), or all of
 * its staff when none has that duty, so an alert never goes nowhere silently.
 *
 * @example
 * await staffTargets(deps, 'kader', alert.area); // [{ role: 'kader', personId: 'per-kader-ani', contact: null }] before Bu Ani wrote
 */
export async function staffTargets(deps: { contacts: ContactStore; registry: RegistryStore }, role: StaffRole, area: Area): Promise<Target[]> {
  if (role === 'kader') return area.posyanduId ? withContacts(deps, role, await deps.registry.kaderOf(area.posyanduId)) : [];
  if (role === 'lurah') return withContacts(deps, role, await deps.registry.lurahOf(area.kelurahanId));
  const staff = await deps.registry.staffOf(area.puskesmasId);
  const nutrition = staff.filter((p) => p.duties.includes('nutrition'));
  return withContacts(deps, role, nutrition.length ? nutrition : staff);
}

/**
 * The child's caregivers, for the family advice.
 *
 * @example
 * await familyTargets(deps, 'ch-sari'); // [{ role: 'parent', personId: null, contact: Ibu Siti }]
 */
export async function familyTargets(deps: { contacts: ContactStore; children: ChildStore }, childId: string): Promise<Target[]> {
  const child = await deps.children.get(childId);
  const contacts = await Promise.all((child?.caregiverIds ?? []).map((id) => deps.contacts.get(id)));
  return contacts.map((contact) => ({ role: 'parent' as const, personId: null, contact }));
}
