import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { contactUpdate } from '../contacts/contact-effects.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * Choosing where a family is served: kelurahan, RW, posyandu; the choice is a `contact.update` effect,
 * which makes a registering family's contact a parent.
 *
 * @example
 * await placeActions(deps)[0].run(context); // { result: 'some', data: [{ id: 'kel_1', text: 'Sukamaju' }] }
 */
export function placeActions(deps: { registry: RegistryStore }): DeclaredAction[] {
  return [
    defineAction({
      name: 'places.list_kelurahan',
      args: z.object({}),
      results: ['some', 'none'],
      run: async () => {
        const list = await deps.registry.listKelurahan();
        return list.length ? { result: 'some', data: list.map((k) => ({ id: k._id, text: k.name })) } : { result: 'none' };
      },
    }),
    defineAction({
      name: 'places.list_rw',
      args: z.object({ kelurahanId: z.string() }),
      results: ['some', 'none'],
      run: async ({ args }) => {
        const kelurahan = await deps.registry.kelurahan(args.kelurahanId);
        const rws = kelurahan?.rws ?? [];
        return rws.length ? { result: 'some', data: rws.map((rw) => ({ id: rw, text: `RW ${rw}` })) } : { result: 'none' };
      },
    }),
    defineAction({
      name: 'places.posyandu_for_rw',
      args: z.object({ kelurahanId: z.string(), rw: z.string() }),
      results: ['one', 'many', 'none'],
      run: async ({ args }) => {
        const all = await deps.registry.posyanduIn(args.kelurahanId);
        const serving = all.filter((p) => p.rws.includes(args.rw));
        if (serving.length === 0) return { result: 'none' };
        return { result: serving.length === 1 ? 'one' : 'many', data: serving.map((p) => ({ id: p._id, text: p.name })) };
      },
    }),
    defineAction({
      name: 'places.join_posyandu',
      args: z.object({ posyanduId: z.string(), rw: z.string().nullish() }),
      results: ['ok', 'not_found'],
      run: async ({ args, contact, ref }) => {
        const posyandu = await deps.registry.posyandu(args.posyanduId);
        if (!posyandu) return { result: 'not_found' };
        const rw = args.rw ?? null;
        // A family registering is a parent from here: the role comes with the posyandu.
        const role = contact.role ? {} : { role: 'parent' as const };
        return {
          result: 'ok',
          data: { id: posyandu._id, name: posyandu.name },
          effects: [contactUpdate(ref, { posyanduId: posyandu._id, kelurahanId: posyandu.kelurahanId, rw, timezone: posyandu.timezone, ...role })],
        };
      },
    }),
  ];
}
