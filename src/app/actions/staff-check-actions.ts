import type { Action } from '../../engine/index.js';
import type { AppDeps } from '../ports.js';

/**
 * Whether the contact's phone is in the staff registry, before anything is stored: staff read a
 * staff notice (their own number and role, and that child data they open is logged), families the
 * family consent. Nothing is written here; `registry.recognise` gives the role after consent.
 *
 * @example
 * await staffCheckActions(deps)['registry.is_staff'](context); // { result: 'staff' } for a kader's phone
 */
export function staffCheckActions(deps: Pick<AppDeps, 'contacts' | 'registry'>): Record<string, Action> {
  return {
    'registry.is_staff': async ({ contact }) => {
      const record = await deps.contacts.get(contact.id);
      const person = record?.phone ? await deps.registry.personByPhone(record.phone) : null;
      return { result: person ? 'staff' : 'family' };
    },
  };
}
