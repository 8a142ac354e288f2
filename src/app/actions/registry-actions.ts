import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { AppDeps } from '../ports.js';

/**
 * Recognises staff from the registry puskesmas maintain: a registered phone number gets its role and
 * area; everyone else registers as a parent.
 *
 * @example
 * await registryActions(deps)[0].run(context); // { result: 'kader', data: { role_label: …, place: 'Posyandu Mawar' } }
 */
export function registryActions(deps: Pick<AppDeps, 'contacts' | 'registry'>): DeclaredAction[] {
  return [
    defineAction({
      name: 'registry.recognise',
      args: z.object({}),
      results: ['parent', 'kader', 'lurah', 'puskesmas'],
      run: async ({ contact }) => {
        const record = await deps.contacts.get(contact.id);
        const person = record?.phone ? await deps.registry.personByPhone(record.phone) : null;
        if (!person) {
          await deps.contacts.update(contact.id, { role: 'parent' });
          return { result: 'parent', contact: { role: 'parent' } };
        }
        const posyandu = person.posyanduIds[0] ? await deps.registry.posyandu(person.posyanduIds[0]) : null;
        const kelurahan = person.kelurahanIds[0] ? await deps.registry.kelurahan(person.kelurahanIds[0]) : null;
        const puskesmas = person.puskesmasIds[0] ? await deps.registry.puskesmas(person.puskesmasIds[0]) : null;
        const place =
          person.role === 'kader' && posyandu ? { __t: 'place.posyandu', params: { name: posyandu.name } }
          : person.role === 'lurah' && kelurahan ? { __t: 'place.kelurahan', params: { name: kelurahan.name } }
          : (puskesmas?.name ?? kelurahan?.name ?? '');
        const area = { posyanduId: posyandu?._id ?? null, kelurahanId: posyandu?.kelurahanId ?? kelurahan?._id ?? null };
        await deps.contacts.update(contact.id, {
          role: person.role,
          ...area,
          ...(posyandu ? { timezone: posyandu.timezone } : puskesmas ? { timezone: puskesmas.timezone } : {}),
        });
        return {
          result: person.role,
          data: { role_label: { __t: `role.${person.role}` }, place },
          // The area as facts too: a request served in this same turn (one sent before onboarding) needs it.
          contact: { role: person.role, facts: { ...contact.facts, ...area } },
        };
      },
    }),
  ];
}
