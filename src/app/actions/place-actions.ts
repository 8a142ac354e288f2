import type { Action, Json } from '../../engine/index.js';
import type { AppDeps } from '../ports.js';

const choices = (items: Array<{ id: string; text: string }>): Json => items;

/**
 * Choosing where a family is served: kelurahan, RW, posyandu.
 *
 * @example
 * await placeActions(deps)['places.list_kelurahan'](context); // { result: 'some', data: [{ id: 'kel_1', text: 'Sukamaju' }] }
 */
export function placeActions(deps: Pick<AppDeps, 'contacts' | 'registry'>): Record<string, Action> {
  return {
    'places.list_kelurahan': async () => {
      const list = await deps.registry.listKelurahan();
      return list.length ? { result: 'some', data: choices(list.map((k) => ({ id: k._id, text: k.name }))) } : { result: 'none' };
    },
    'places.list_rw': async ({ args }) => {
      const kelurahan = await deps.registry.kelurahan(String(args.kelurahanId));
      const rws = kelurahan?.rws ?? [];
      return rws.length ? { result: 'some', data: choices(rws.map((rw) => ({ id: rw, text: `RW ${rw}` }))) } : { result: 'none' };
    },
    'places.posyandu_for_rw': async ({ args }) => {
      const all = await deps.registry.posyanduIn(String(args.kelurahanId));
      const serving = all.filter((p) => p.rws.includes(String(args.rw)));
      const data = choices(serving.map((p) => ({ id: p._id, text: p.name })));
      if (serving.length === 0) return { result: 'none' };
      return { result: serving.length === 1 ? 'one' : 'many', data };
    },
    'places.join_posyandu': async ({ contact, args }) => {
      const posyandu = await deps.registry.posyandu(String(args.posyanduId));
      if (!posyandu) return { result: 'not_found' };
      await deps.contacts.update(contact.id, {
        posyanduId: posyandu._id,
        kelurahanId: posyandu.kelurahanId,
        rw: typeof args.rw === 'string' ? args.rw : null,
        timezone: posyandu.timezone,
      });
      return {
        result: 'ok',
        data: { id: posyandu._id, name: posyandu.name },
        contact: { facts: { ...contact.facts, posyanduId: posyandu._id, kelurahanId: posyandu.kelurahanId, rw: typeof args.rw === 'string' ? args.rw : null } },
      };
    },
  };
}
