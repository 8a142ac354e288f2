import type { Actor } from '../../domain/escalation/area.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { Child } from '../children/child-records.js';

/**
 * A parent only their own children; a kader only children of their posyandu; puskesmas staff
 * children served by their puskesmas; a lurah never a named child. Staff areas are the registry's
 * (`askerOf`), so a role the registry does not back sees no child.
 *
 * @example
 * await canSeeChild(deps, asker.actor, child); // false for a parent who is not a caregiver
 */
export async function canSeeChild(deps: { registry: Pick<RegistryStore, 'posyandu'> }, actor: Actor, child: Child): Promise<boolean> {
  switch (actor.role) {
    case 'parent':
      return actor.id !== undefined && child.caregiverIds.includes(actor.id);
    case 'kader':
      return child.posyanduId !== null && (actor.posyanduIds ?? []).includes(child.posyanduId);
    case 'puskesmas': {
      if (child.posyanduId === null) return false;
      const posyandu = await deps.registry.posyandu(child.posyanduId);
      return posyandu !== null && (actor.puskesmasIds ?? []).includes(posyandu.puskesmasId);
    }
    default:
      return false;
  }
}
