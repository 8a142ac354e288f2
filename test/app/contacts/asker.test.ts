import { describe, expect, it } from 'vitest';
import { askerOf, type AskerDeps } from '../../../src/app/contacts/asker.js';
import type { Contact } from '../../../src/app/contacts/contact-records.js';
import type { Person } from '../../../src/app/registry/registry-records.js';

const at = new Date('2026-03-09T02:00:00Z');
const contact = (over: Partial<Contact>): Contact => ({
  _id: 'c-1', phone: '+628111000002', lang: 'id', role: null, consentAt: at, consentVersion: 2, optedOut: false, timezone: 'Asia/Makassar',
  posyanduId: null, rw: null, kelurahanId: null, lastChannel: 'simulator', lastAddress: '+628111000002', reminderKinds: null, createdAt: at, updatedAt: at, ...over,
});
const kaderAni: Person = { _id: 'per-kader-ani', phone: '+628111000002', role: 'kader', name: 'Ani', posyanduIds: ['psy-mawar'], kelurahanIds: ['kel-margahayu'], puskesmasIds: ['pkm-margahayu'], duties: [] };

/** A contact store and a staff registry of one entry each: the two reads "who is asking" needs. */
function deps(stored: Contact | null, person: Person | null = null): AskerDeps {
  return {
    contacts: { get: async (id) => (stored?._id === id ? stored : null) },
    registry: { personByPhone: async (phone) => (person?.phone === phone ? person : null) },
  };
}

describe('askerOf: who is asking, one answer for growth, escalation and Pusling', () => {
  it('is nobody without a contact, or before the contact has a role', async () => {
    expect(await askerOf(deps(null), 'c-1')).toBeNull();
    expect(await askerOf(deps(contact({ role: null }), kaderAni), 'c-1')).toBeNull();
  });

  it('gives a parent the posyandu of their contact and no registry entry', async () => {
    const asker = await askerOf(deps(contact({ role: 'parent', posyanduId: 'psy-melati' }), kaderAni), 'c-1');
    expect(asker?.person).toBeNull();
    expect(asker?.actor).toEqual({ id: 'c-1', role: 'parent', posyanduIds: ['psy-melati'] });
  });

  it("gives staff the registry's areas, never the contact's own", async () => {
    const asker = await askerOf(deps(contact({ role: 'kader', posyanduId: 'psy-melati' }), kaderAni), 'c-1');
    expect(asker?.person?._id).toBe('per-kader-ani');
    expect(asker?.actor).toEqual({ id: 'c-1', role: 'kader', posyanduIds: ['psy-mawar'], kelurahanIds: ['kel-margahayu'], puskesmasIds: ['pkm-margahayu'] });
    expect(asker?.contact.timezone).toBe('Asia/Makassar');
  });

  it('keeps a staff role the registry no longer backs, with no area and no entry', async () => {
    const removed = await askerOf(deps(contact({ role: 'kader' })), 'c-1');
    expect(removed?.actor).toEqual({ id: 'c-1', role: 'kader' });
    expect(removed?.person).toBeNull();
    const otherRole = await askerOf(deps(contact({ role: 'puskesmas' }), kaderAni), 'c-1');
    expect(otherRole?.actor).toEqual({ id: 'c-1', role: 'puskesmas' });
    expect(otherRole?.person).toBeNull();
  });

  it("takes the role and place the turn recognised before the commit stored them", async () => {
    const asker = await askerOf(deps(contact({ role: null }), kaderAni), 'c-1', { role: 'kader', facts: { posyanduId: 'psy-mawar' } });
    expect(asker?.actor.role).toBe('kader');
    expect(asker?.actor.posyanduIds).toEqual(['psy-mawar']);
  });
});
