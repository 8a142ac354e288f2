import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { BaileysAuthRepository } from '../../src/store/baileys-auth-repository.js';
import { connectMongo } from '../../src/store/connect.js';
import { DataSeal } from '../../src/store/data-seal.js';
import { createModels, ensureIndexes, type Models } from '../../src/store/store.js';
import { isolatedNames, testSeal } from '../helpers/services.js';

const PHONE = '6281234567890';
const LID = '98765432101234';

/** Every string stored in the auth collection, ids included: what a database dump would show. */
async function storedText(models: Models): Promise<string> {
  return JSON.stringify(await models.baileysAuth.collection.find({}).toArray());
}

describe('Baileys auth state at rest (real MongoDB-wire server)', () => {
  let connection: Connection;
  let models: Models;
  let auth: BaileysAuthRepository;
  beforeAll(async () => {
    connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    models = createModels(connection, testSeal());
    await ensureIndexes(models);
    auth = new BaileysAuthRepository(models);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('keeps the LID→phone map and the creds sealed, and reads them back', async () => {
    await auth.write('s1', [
      { type: 'lid-mapping', id: PHONE, value: JSON.stringify(LID) },
      { type: 'lid-mapping', id: `${LID}_reverse`, value: JSON.stringify(PHONE) },
      { type: 'creds', id: '', value: JSON.stringify({ me: { id: `${PHONE}:1@s.whatsapp.net` } }) },
    ]);
    const text = await storedText(models);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(LID);
    expect((await auth.read('s1', 'lid-mapping', [PHONE])).get(PHONE)).toBe(JSON.stringify(LID));
    expect(await auth.readAll('s1', 'lid-mapping')).toEqual(new Map([[PHONE, JSON.stringify(LID)], [`${LID}_reverse`, JSON.stringify(PHONE)]]));
    expect(JSON.parse((await auth.read('s1', 'creds', [''])).get('')!).me.id).toContain(PHONE);
  });

  it('deletes an entry on a null value', async () => {
    await auth.write('s2', [{ type: 'session', id: PHONE, value: 'x' }]);
    await auth.write('s2', [{ type: 'session', id: PHONE, value: null }]);
    expect((await auth.read('s2', 'session', [PHONE])).size).toBe(0);
  });

  it('reads entries stored in clear before sealing, and start-up upkeep seals them in place', async () => {
    const legacy = { session: 's3', type: 'lid-mapping', updatedAt: new Date() };
    await models.baileysAuth.collection.insertMany([
      { ...legacy, _id: `s3|lid-mapping|${PHONE}` as never, value: JSON.stringify(LID) },
      { ...legacy, _id: `s3|creds|` as never, type: 'creds', value: '{"registered":true}' },
    ]);
    expect((await auth.read('s3', 'lid-mapping', [PHONE])).get(PHONE)).toBe(JSON.stringify(LID));
    await ensureIndexes(models);
    expect(await storedText(models)).not.toContain(PHONE);
    expect((await auth.read('s3', 'lid-mapping', [PHONE])).get(PHONE)).toBe(JSON.stringify(LID));
    expect((await auth.read('s3', 'creds', [''])).get('')).toBe('{"registered":true}');
    expect(await models.baileysAuth.countDocuments({ session: 's3' })).toBe(2);
  });

  it('a legacy entry never overwrites one written since under the key', async () => {
    await auth.write('s4', [{ type: 'creds', id: '', value: 'new' }]);
    await models.baileysAuth.collection.insertOne({ _id: 's4|creds|' as never, session: 's4', type: 'creds', value: 'old', updatedAt: new Date(0) });
    await auth.rekey();
    expect((await auth.read('s4', 'creds', [''])).get('')).toBe('new');
    expect(await models.baileysAuth.countDocuments({ session: 's4' })).toBe(1);
  });

  it('moves entries to the new key on rotation, still readable', async () => {
    await auth.write('s5', [{ type: 'lid-mapping', id: PHONE, value: '"1"' }]);
    const env = loadEnv({});
    const second = await connectMongo(inject('mongoUri'), connection.name);
    try {
      const rotated = createModels(second, DataSeal.fromSecrets(Buffer.alloc(32, 7).toString('base64'), env.DATA_KEY));
      const next = new BaileysAuthRepository(rotated);
      expect(await next.rekey()).toBeGreaterThan(0);
      expect((await next.read('s5', 'lid-mapping', [PHONE])).get(PHONE)).toBe('"1"');
      expect(await rotated.baileysAuth.countDocuments({ session: 's5' })).toBe(1);
    } finally {
      await second.close();
    }
  });
});
