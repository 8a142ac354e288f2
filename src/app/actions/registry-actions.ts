import { ROLES } from '../../shared/role.js';
import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { contactUpdate } from '../contacts/contact-effects.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * Recognises staff from the registry puskesmas maintain: a registered phone number gets its role and
 * area; everyone else goes on to register as a parent. A staff role and area are a `contact.update` effect.
 *
 * @example
 * await registryActions(deps)[0].run(context); // { result: 'kader', data: { role_label: …, place: 'Posyandu Mawar' } }
 */
export function registryActions(deps: { contacts: ContactReads; registry: RegistryStore }): DeclaredAction[] {
  return [
    defineAction({
      name: 'registry.recognise',
      args: z.object({}),
      results: ROLES,
      run: async ({ contact, ref }) => {
        const record = await deps.contacts.get(contact.id);
        const person = record?.phone ? await deps.registry.personByPhone(record.phone) : null;
        // A parent's role comes with their posyandu (`contact.register_parent`): until then onboarding goes on.
        if (!person) return { result: 'parent' };
        const posyandu = person.posyanduIds[0] ? await deps.registry.posyandu(person.posyanduIds[0]) : null;
        const kelurahan = person.kelurahanIds[0] ? await deps.registry.kelurahan(person.kelurahanIds[0]) : null;
        const puskesmas = person.puskesmasIds[0] ? await deps.registry.puskesmas(person.puskesmasIds[0]) : null;
        const place =
          person.role === 'kader' && posyandu ? { __t: 'place.posyandu', params: { name: posyandu.name } }
          : person.role === 'lurah' && kelurahan ? { __t: 'place.kelurahan', params: { name: kelurahan.name } }
          : (puskesmas?.name ?? kelurahan?.name ?? '');
        const area = { posyanduId: posyandu?._id ?? null, kelurahanId: posyandu?.kelurahanId ?? kelurahan?._id ?? null };
        const timezone = posyandu?.timezone ?? puskesmas?.timezone;
        return {
          result: person.role,
          data: { role_label: { __t: `role.${person.role}` }, place },
          // The area is in the contact's facts from here on: a request served in this same turn (one sent before onboarding) needs it.
          effects: [contactUpdate(ref, { role: person.role, ...area, ...(timezone ? { timezone } : {}) })],
        };
      },
    }),
  ];
}
