/**
 * Joining a posyandu is what makes a registering family's contact a parent: a family interrupted
 * before it (BATAL, an expired question) is still registering, and a session started on an older
 * onboarding (which had no step of its own for the role) still ends with one.
 */
import { describe, expect, it } from 'vitest';
import { placeActions } from '../../../src/app/actions/place-actions.js';
import type { RegistryStore } from '../../../src/app/registry/registry-ports.js';
import type { ContactView } from '../../../src/engine/index.js';

const mawar = { _id: 'psy-mawar', name: 'Posyandu Mawar', kelurahanId: 'kel-margahayu', rws: ['03'], timezone: 'Asia/Jakarta' };
const registry = { posyandu: async (id: string) => (id === mawar._id ? mawar : null) } as unknown as RegistryStore;
const join = placeActions({ registry }).find((a) => a.name === 'places.join_posyandu')!;
const contact = (role: ContactView['role']): ContactView => ({ id: 'c-1', lang: 'id', role, consented: true, optedOut: false, timezone: 'Asia/Jakarta', facts: {} });
const invoke = (who: ContactView) => join.invoke({ contact: who, vars: {}, args: { posyanduId: 'psy-mawar', rw: '03' }, now: new Date('2026-03-09T02:00:00Z'), translate: (key) => key, ref: 't1#4', effects: [] });

describe('places.join_posyandu', () => {
  it('makes a registering family a parent, with its posyandu', async () => {
    const outcome = await invoke(contact(null));
    expect(outcome.result).toBe('ok');
    expect(outcome.effects).toEqual([expect.objectContaining({ type: 'contact.update', patch: { posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', timezone: 'Asia/Jakarta', role: 'parent' } })]);
  });

  it('leaves a role the contact has as it is', async () => {
    const outcome = await invoke(contact('kader'));
    expect(outcome.effects).toEqual([expect.objectContaining({ patch: { posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', timezone: 'Asia/Jakarta' } })]);
  });
});
