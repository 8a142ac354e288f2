/**
 * Phones and names at rest: sealed in every raw document, still found by phone, and readable
 * through a key rotation until `scripts/reseal-data.ts` has moved everything to the new key.
 */
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { Connection } from 'mongoose';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ChildrenRepository } from '../../src/store/children-repository.js';
import { connectMongo } from '../../src/store/connect.js';
import { ContactsRepository } from '../../src/store/contacts-repository.js';
import { DataSeal } from '../../src/store/data-seal.js';
import { upkeepIdentity } from '../../src/store/identity-upkeep.js';
import { RegistryRepository } from '../../src/store/registry-repository.js';
import { createModels, ensureIndexes, type Models } from '../../src/store/store.js';
import { isolatedNames } from '../helpers/services.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PHONE = '+628119000077';
const STAFF_PHONE = '+628119000088';
const connections: Connection[] = [];
const newKey = () => randomBytes(32).toString('base64');

async function open(db: string, seal: DataSeal): Promise<Models> {
  const connection = await connectMongo(inject('mongoUri'), db);
  connections.push(connection);
  return createModels(connection, seal);
}

afterEach(async () => {
  const dbs = new Set(connections.map((c) => c.name));
  for (const connection of connections.splice(0)) await connection.close();
  for (const db of dbs) {
    const connection = await connectMongo(inject('mongoUri'), db);
    await connection.dropDatabase();
    await connection.close();
  }
});

/** A contact, a staff member and a child, written the way the bot writes them. */
async function writeWorld(models: Models): Promise<void> {
  await ensureIndexes(models);
  const contact = await new ContactsRepository(models).findOrCreate({ channel: 'whatsapp-cloud', address: '628119000077', phone: '628119000077' }, { id: 'c-sari', lang: 'id', timezone: 'Asia/Jakarta' });
  await new RegistryRepository(models).save('people', { _id: 'per-ani', phone: STAFF_PHONE, role: 'kader', name: 'Ani Rahmawati', posyanduIds: ['psy-mawar'], kelurahanIds: [], puskesmasIds: [], duties: [] });
  await new ChildrenRepository(models).insert({ _id: 'ch-budi', code: 'BUDI01', name: 'Budi Santos', sex: 1, birthDate: '2025-01-01', posyanduId: 'psy-mawar', kelurahanId: null, rw: null, caregiverIds: [contact._id], createdAt: new Date('2026-03-09T02:00:00Z') });
  // KOREKSI keeps the old value: a name's old and new spelling are personal data too.
  await new ChildrenRepository(models).correct('ch-budi', { name: 'Budi Santoso' }, { at: new Date('2026-03-09T03:00:00Z'), by: contact._id, field: 'name', from: 'Budi Santos', to: 'Budi Santoso' });
}

/** Every raw document of the identity collections, as the driver reads them. */
async function raw(models: Models): Promise<string> {
  const db = models.connection.db!;
  const docs = await Promise.all(['contacts', 'people', 'children', 'contact_addresses'].map((name) => db.collection(name).find({}).toArray()));
  return JSON.stringify(docs);
}

async function expectReadable(models: Models): Promise<void> {
  const contact = await new ContactsRepository(models).findByPhone('08119000077');
  expect(contact).toMatchObject({ _id: 'c-sari', phone: PHONE, lastAddress: '628119000077' });
  expect((await new ContactsRepository(models).findByAddress('whatsapp-cloud', '628119000077'))?._id).toBe('c-sari');
  expect(await new RegistryRepository(models).personByPhone('0811-9000-088')).toMatchObject({ _id: 'per-ani', phone: STAFF_PHONE, name: 'Ani Rahmawati' });
  expect(await new RegistryRepository(models).list('people')).toMatchObject([{ phone: STAFF_PHONE, name: 'Ani Rahmawati' }]);
  expect(await new ChildrenRepository(models).ofCaregiver('c-sari')).toMatchObject([{ name: 'Budi Santoso', corrections: [{ field: 'name', from: 'Budi Santos', to: 'Budi Santoso' }] }]);
}

describe('personal data at rest', () => {
  it('raw documents hold no phone or name in plaintext; lookups by any form of the phone still work', async () => {
    const models = await open(isolatedNames().db, DataSeal.fromSecrets(newKey()));
    await writeWorld(models);
    const text = await raw(models);
    for (const secret of ['8119000077', '8119000088', 'Ani', 'Rahmawati', 'Budi', 'Santoso']) expect(text).not.toContain(secret);
    expect(text).toContain('enc:v1:');
    await expectReadable(models);
  });

  it('refuses a filter on a sealed field rather than silently matching nothing', async () => {
    const models = await open(isolatedNames().db, DataSeal.fromSecrets(newKey()));
    await expect(models.contacts.findOne({ phone: PHONE }).lean()).rejects.toThrow(/sealed/);
  });

  it('rotation: data sealed with the old key reads with DATA_KEY_PREVIOUS set; the reseal script moves it to the new key', async () => {
    const { db } = isolatedNames();
    const oldKey = newKey();
    const nextKey = newKey();
    const before = await open(db, DataSeal.fromSecrets(oldKey));
    await writeWorld(before);
    const oldId = DataSeal.fromSecrets(oldKey).keyId;
    expect(await raw(before)).toContain(`enc:v1:${oldId}:`);

    // The new key alone cannot open what the old one sealed, and says what to do.
    const alone = await open(db, DataSeal.fromSecrets(nextKey));
    await expect(new ChildrenRepository(alone).get('ch-budi')).rejects.toThrow(/DATA_KEY_PREVIOUS/);

    const rotating = await open(db, DataSeal.fromSecrets(nextKey, oldKey));
    await expectReadable(rotating);

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/reseal-data.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', MONGODB_URI: inject('mongoUri'), MONGODB_DB: db, DATA_KEY: nextKey, DATA_KEY_PREVIOUS: oldKey, LOG_LEVEL: 'silent' },
    });
    // Contact, person, child, and the address document: its address resealed, then moved to its new lookup key.
    expect(run.stderr).toContain('resealed 5');
    expect(run.status).toBe(0);

    const after = await raw(rotating);
    expect(after).not.toContain(`enc:v1:${oldId}:`);
    expect(after).not.toContain(`"${oldId}:`);
    const newOnly = await open(db, DataSeal.fromSecrets(nextKey));
    await expectReadable(newOnly);
    expect(await upkeepIdentity(newOnly)).toEqual({ resealed: 0, merged: 0 });
  });
});
