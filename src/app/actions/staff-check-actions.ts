import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * Whether the contact's phone is in the staff registry, before anything is stored: staff read a
 * staff notice (their own number and role, and that child data they open is logged), families the
 * family consent. Nothing is written here; `registry.recognise` gives the role after consent.
 *
 * @example
 * const [isStaff] = staffCheckActions(deps); await isStaff.run(context); // { result: 'staff' } for a kader's phone
 */
export function staffCheckActions(deps: { contacts: ContactReads; registry: RegistryStore }): DeclaredAction[] {
  return [
    defineAction({
      name: 'registry.is_staff',
      args: z.object({}),
      results: ['staff', 'family'],
      run: async ({ contact }) => {
        const record = await deps.contacts.get(contact.id);
        const person = record?.phone ? await deps.registry.personByPhone(record.phone) : null;
        return { result: person ? 'staff' : 'family' };
      },
    }),
  ];
}
