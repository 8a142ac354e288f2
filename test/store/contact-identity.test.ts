/**
 * One phone, one contact: whatever form the number arrives in ("+62…", "62…", "0…"), however many
 * first messages race, and for data split before phones were normalised.
 */
import { describe, expect, it } from 'vitest';
import { contactActions } from '../../src/app/actions/contact-actions.js';
import { contactHandlers } from '../../src/app/contacts/contact-effect-handlers.js';
import type { AppEffect } from '../../src/app/effects/app-effect.js';
import { TurnCommit } from '../../src/app/effects/turn-commit.js';
import type { ContactView } from '../../src/engine/index.js';
import { ChildrenRepository } from '../../src/store/children-repository.js';
import { ContactsRepository } from '../../src/store/contacts-repository.js';
import { MessagesRepository } from '../../src/store/messages-repository.js';
import { SessionsRepository } from '../../src/store/sessions-repository.js';
import { ScreeningRepository } from '../../src/store/screening-repository.js';
import { PregnancyRepository } from '../../src/store/pregnancy-repository.js';
import { ensureIndexes } from '../../src/store/store.js';
import { freshModelsEachTest } from '../helpers/fresh-models.js';

const freshModels = freshModelsEachTest();

/** The three ways one Indonesian mobile number arrives: E.164, WhatsApp's digits, the national form. */
function forms(i: number): [string, string, string] {
  const national = `8119${String(i).padStart(6, '0')}`;
  return [`+62${national}`, `62${national}`, `0${national}`];
}

describe('contact identity', () => {
  it('10 phones, each written 3 ways, first messages all at once: exactly one contact per phone', async () => {
    const models = await freshModels();
    await ensureIndexes(models);
    const contacts = new ContactsRepository(models);
    let n = 0;
    const firsts = Array.from({ length: 10 }, (_, i) => forms(i)).flatMap((phoneForms, i) =>
      phoneForms.map((form) => contacts.findOrCreate({ channel: 'whatsapp-cloud', address: form, phone: form }, { id: `c-${i}-${(n += 1)}`, lang: 'id', timezone: 'Asia/Jakarta' })),
    );
    const made = await Promise.all(firsts);

    expect(await models.contacts.countDocuments()).toBe(10);
    for (let i = 0; i < 10; i += 1) {
      const ids = new Set(made.slice(i * 3, i * 3 + 3).map((c) => c._id));
      expect(ids.size, `phone ${i}`).toBe(1);
      for (const form of forms(i)) {
        expect((await contacts.findByAddress('whatsapp-cloud', form))?._id).toBe([...ids][0]);
        expect((await contacts.findByPhone(form))?.phone).toBe(forms(i)[0]);
      }
    }
  });

  it('folds a split made before normalisation into one contact: children all reachable, HAPUS DATA erases them all', async () => {
    const models = await freshModels();
    const db = models.connection.db!;
    const at = (day: number) => new Date(`2026-01-0${day}T00:00:00Z`);
    const contact = (id: string, phone: string | null, day: number, extra: object = {}) => ({
      _id: id, phone, lang: 'id', role: null, consentAt: null, consentVersion: null, optedOut: false, timezone: 'Asia/Jakarta',
      posyanduId: null, rw: null, kelurahanId: null, lastChannel: 'whatsapp-cloud', lastAddress: phone, reminderKinds: null,
      unreachable: [], groups: [], pregnantUntil: null, createdAt: at(day), updatedAt: at(day), ...extra,
    });
    // As stored before sealing: plaintext phones in three forms, no lookup key, no unique index.
    await db.collection('contacts').insertMany([
      contact('c-plus', '+628119000042', 1),
      contact('c-nat', '08119000042', 2, { role: 'parent', consentAt: at(2), consentVersion: 2, posyanduId: 'psy-mawar' }),
      contact('c-wa', '628119000042', 3, { groups: ['pregnant'] }),
      contact('c-other', '+628119000099', 1),
    ] as never[]);
    await db.collection('contact_addresses').insertMany([
      { _id: 'whatsapp-cloud:+628119000042', contactId: 'c-plus', channel: 'whatsapp-cloud', address: '+628119000042' },
      { _id: 'whatsapp-cloud:08119000042', contactId: 'c-nat', channel: 'whatsapp-cloud', address: '08119000042' },
      { _id: 'whatsapp-cloud:628119000042', contactId: 'c-wa', channel: 'whatsapp-cloud', address: '628119000042' },
      { _id: 'whatsapp-cloud:+628119000099', contactId: 'c-other', channel: 'whatsapp-cloud', address: '+628119000099' },
    ] as never[]);
    const child = (id: string, name: string, caregiverIds: string[]) => ({ _id: id, code: id.toUpperCase(), name, sex: 1, birthDate: '2025-01-01', posyanduId: 'psy-mawar', kelurahanId: null, rw: null, caregiverIds, createdAt: at(1) });
    await db.collection('children').insertMany([
      child('ch-a', 'Ani', ['c-plus']),
      child('ch-b', 'Budi', ['c-nat']),
      child('ch-c', 'Cici', ['c-wa', 'c-other']),
    ] as never[]);
    await db.collection('measurements').insertOne({ _id: 'ms-b', childId: 'ch-b', posyanduId: 'psy-mawar', date: '2026-01-02', month: '2026-01', weightKg: 9, lengthCm: null, measure: null, headCm: null, armCm: null, oedema: false, source: 'parent', recordedBy: 'c-nat', supersededBy: null, createdAt: at(2) } as never);
    await db.collection('sessions').insertOne({ _id: 'c-nat', state: { contactId: 'c-nat', lang: 'id', stack: [] }, updatedAt: at(2) } as never);
    await db.collection('outbound_messages').insertOne({ _id: 'out-wa', contactId: 'c-wa', channel: 'whatsapp-cloud', address: '628119000042', kind: 'reply', text: 'halo', status: 'sent', createdAt: at(3), seq: 1 } as never);

    await ensureIndexes(models);

    const contacts = new ContactsRepository(models);
    const children = new ChildrenRepository(models);
    const one = (await contacts.findByPhone('08119000042'))!;
    expect(one._id).toBe('c-plus');
    expect(one).toMatchObject({ phone: '+628119000042', role: 'parent', consentVersion: 2, posyanduId: 'psy-mawar', groups: ['pregnant'] });
    expect((await models.contacts.find({}).lean()).map((c) => c._id).sort()).toEqual(['c-other', 'c-plus']);
    for (const address of ['+628119000042', '08119000042', '628119000042']) expect((await contacts.findByAddress('whatsapp-cloud', address))?._id).toBe('c-plus');
    expect((await children.ofCaregiver('c-plus')).map((c) => c.name).sort()).toEqual(['Ani', 'Budi', 'Cici']);
    expect(await db.collection('measurements').findOne({ _id: 'ms-b' as never })).toMatchObject({ recordedBy: 'c-plus' });
    expect(await new SessionsRepository(models).load('c-plus')).toMatchObject({ contactId: 'c-plus' });
    expect(await db.collection('outbound_messages').findOne({ _id: 'out-wa' as never })).toMatchObject({ contactId: 'c-plus' });
    // Stored before addresses were hashed and sealed: no number is left as a key or in clear.
    const stored = JSON.stringify(await Promise.all(['contact_addresses', 'outbound_messages', 'sessions'].map((name) => db.collection(name).find({}).toArray())));
    expect(stored).not.toMatch(/8119000042|whatsapp-cloud:/);
    // Safe to run again (every start-up does).
    await ensureIndexes(models);
    expect(await models.contacts.countDocuments()).toBe(2);

    const erase = contactActions({ children }).find((a) => a.name === 'contact.erase')!;
    const { effects = [] } = await erase.invoke({ contact: { id: one._id } as ContactView, vars: {}, args: {}, now: at(5), translate: (_lang, key) => key, ref: 'simulator:erase#1' });
    const commit = new TurnCommit(contactHandlers({ contacts, children, messages: new MessagesRepository(models), sessions: new SessionsRepository(models), screenings: new ScreeningRepository(models), pregnancies: new PregnancyRepository(models), escalation: { audit: { record: async () => {} } } }));
    await commit.apply(effects as AppEffect[], { contactId: one._id, now: at(5), erased: true });

    expect(await contacts.findByPhone('+628119000042')).toBeNull();
    expect(await db.collection('contact_addresses').countDocuments({ contactId: 'c-plus' })).toBe(0);
    expect((await db.collection('children').find({}).toArray()).map((c) => [c._id, c.caregiverIds])).toEqual([['ch-c', ['c-other']]]);
    expect(await db.collection('measurements').countDocuments()).toBe(0);
    expect(await db.collection('sessions').countDocuments()).toBe(0);
    expect(await db.collection('outbound_messages').countDocuments()).toBe(0);
  });

  it('never joins nor merges across origins: a simulator contact stored before origins keeps its children away from a later WhatsApp contact', async () => {
    const models = await freshModels();
    const db = models.connection.db!;
    const at = new Date('2026-01-01T00:00:00Z');
    // As stored before contacts had an origin: the simulator's contact, reached only through the simulator.
    await db.collection('contacts').insertOne({ _id: 'c-sim', phone: '+628119000055', lang: 'id', role: 'parent', optedOut: false, timezone: 'Asia/Jakarta', lastChannel: 'simulator', lastAddress: '+628119000055', groups: [], createdAt: at, updatedAt: at } as never);
    await db.collection('contact_addresses').insertOne({ _id: 'simulator:+628119000055', contactId: 'c-sim', channel: 'simulator', address: '+628119000055' } as never);
    await db.collection('children').insertOne({ _id: 'ch-sim', code: 'CH-SIM', name: 'Tono', sex: 1, birthDate: '2025-01-01', posyanduId: null, kelurahanId: null, rw: null, caregiverIds: ['c-sim'], createdAt: at } as never);
    await ensureIndexes(models);

    const contacts = new ContactsRepository(models);
    expect(await contacts.get('c-sim')).toMatchObject({ origin: 'simulator' });
    const real = await contacts.findOrCreate({ channel: 'whatsapp-cloud', address: '628119000055', phone: '628119000055' }, { id: 'c-real', lang: 'id', timezone: 'Asia/Jakarta' });
    expect(real._id).toBe('c-real');
    // The next start-up's merge of one phone's contacts keeps them apart too.
    await ensureIndexes(models);
    expect((await models.contacts.find({}).lean()).map((c) => c._id).sort()).toEqual(['c-real', 'c-sim']);
    expect(await new ChildrenRepository(models).ofCaregiver('c-real')).toEqual([]);
    expect((await contacts.findOrCreate({ channel: 'simulator', address: '08119000055', phone: '08119000055', origin: 'simulator' }, { id: 'c-new', lang: 'id', timezone: 'Asia/Jakarta' }))._id).toBe('c-sim');
  });
});
