/**
 * A contact's session lives in the contact's document, sealed: a turn reads both in one round trip.
 * Sessions stored in their own collection (before) move there at start-up.
 */
import { describe, expect, it } from 'vitest';
import { newSession } from '../../src/engine/index.js';
import { ContactsRepository } from '../../src/store/contacts-repository.js';
import { sealJson, sealOf } from '../../src/store/sealed-fields.js';
import { SessionsRepository } from '../../src/store/sessions-repository.js';
import { ensureIndexes } from '../../src/store/store.js';
import { freshModelsEachTest } from '../helpers/fresh-models.js';

const freshModels = freshModelsEachTest();

const AT = new Date('2026-03-01T02:00:00Z');
const defaults = { lang: 'id' as const, timezone: 'Asia/Jakarta' };

describe('the session in its contact', () => {
  it('is read with the contact by address, sealed at rest, and left out of other reads of the contact', async () => {
    const models = await freshModels();
    await ensureIndexes(models);
    const contacts = new ContactsRepository(models);
    const sessions = new SessionsRepository(models);
    const contact = await contacts.findOrCreate({ channel: 'simulator', address: '+628111000301', phone: '+628111000301' }, { id: 'c-301', ...defaults });
    expect(await contacts.findByAddressWithSession('simulator', '+628111000301')).toEqual({ contact, session: null });

    const state = { ...newSession('c-301', 'id'), vars: { child: 'Budi' }, lastRef: 'simulator:m1' };
    await sessions.save(state, AT);
    const both = await contacts.findByAddressWithSession('simulator', '+628111000301');
    expect(both?.session).toEqual(state);
    expect(both?.contact).not.toHaveProperty('session');
    expect(await contacts.getWithSession('c-301')).toEqual(both);
    expect(await contacts.get('c-301')).not.toHaveProperty('session');
    const raw = await models.contacts.collection.findOne({ _id: 'c-301' as never });
    expect(raw?.session).toMatch(/^enc:v1:/);
    expect(JSON.stringify(raw)).not.toContain('Budi');

    await sessions.delete('c-301');
    expect(await sessions.load('c-301')).toBeNull();
    expect(await contacts.get('c-301')).toMatchObject({ _id: 'c-301' });
  });

  it('moves a session kept in the old sessions collection into its contact at start-up; one whose contact is gone goes', async () => {
    const models = await freshModels();
    const seal = sealOf(models.connection);
    await models.contacts.collection.insertOne({ _id: 'c-302', phone: null, phoneKey: 'none:c-302', origin: 'platform', lang: 'id', createdAt: AT, updatedAt: AT } as never);
    const state = { ...newSession('c-302', 'id'), lastRef: 'simulator:m7' };
    await models.sessions.collection.insertMany([
      { _id: 'c-302', state: sealJson(seal, state), updatedAt: AT },
      { _id: 'c-gone', state: sealJson(seal, newSession('c-gone', 'id')), updatedAt: AT },
    ] as never[]);

    await ensureIndexes(models);

    expect(await new SessionsRepository(models).load('c-302')).toEqual(state);
    expect(await models.sessions.collection.countDocuments()).toBe(0);
    expect(await models.contacts.collection.countDocuments({ _id: 'c-gone' } as never)).toBe(0);
    // Safe to run again (every start-up does).
    await ensureIndexes(models);
    expect(await new SessionsRepository(models).load('c-302')).toEqual(state);
  });
});
