/**
 * Dose records are health data: what was given and when are sealed at rest like screenings, records
 * stored in clear before are sealed at start-up, and they go with the child when its last caregiver
 * erases their data.
 */
import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { DoseRecord } from '../../src/domain/immunisation/index.js';
import { ChildrenRepository } from '../../src/store/children-repository.js';
import { connectMongo } from '../../src/store/connect.js';
import { DataSeal, isSealed } from '../../src/store/data-seal.js';
import { ImmunisationRepository } from '../../src/store/immunisation-repository.js';
import { createModels, ensureIndexes, type Models } from '../../src/store/store.js';
import { isolatedNames } from '../helpers/services.js';

const connections: Connection[] = [];

async function open(): Promise<Models> {
  const connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
  connections.push(connection);
  const models = createModels(connection, DataSeal.fromSecrets(randomBytes(32).toString('base64')));
  await ensureIndexes(models);
  return models;
}

afterEach(async () => {
  for (const connection of connections.splice(0)) {
    await connection.dropDatabase();
    await connection.close();
  }
});

const dose = (id: string, dose: string, givenOn: string): DoseRecord => ({ _id: id, childId: 'ch-budi', item: { kind: 'dose', dose }, givenOn, source: 'kader', recordedBy: 'c-kader', recordedAt: '2026-03-09T03:00:00.000Z', supersededBy: null, corrects: null });
const rawDoses = (models: Models) => models.connection.db!.collection('immunisations').find({}).sort({ _id: 1 }).toArray();

describe('dose records at rest', () => {
  it('seals what was given and the day, and reads them back oldest given first', async () => {
    const models = await open();
    const repo = new ImmunisationRepository(models);
    await repo.insert(dose('im-2', 'polio1', '2025-02-03'));
    await repo.insert(dose('im-1', 'hb0', '2025-01-02'));
    for (const doc of await rawDoses(models)) {
      expect(isSealed(doc.item as string)).toBe(true);
      expect(isSealed(doc.givenOn as string)).toBe(true);
      expect(JSON.stringify(doc)).not.toMatch(/polio1|hb0|2025-0[12]-0[23]/);
    }
    expect(await repo.ofChild('ch-budi')).toEqual([dose('im-1', 'hb0', '2025-01-02'), dose('im-2', 'polio1', '2025-02-03')]);
    // A filter inside the sealed item would match nothing: it is refused instead.
    await expect(models.immunisations.find({ 'item.dose': 'hb0' }).lean()).rejects.toThrow(/"item.dose" is sealed/);
    await repo.supersede('im-1', 'im-3');
    expect((await repo.ofChildren(['ch-budi'])).get('ch-budi')?.map((r) => [r._id, r.supersededBy])).toEqual([['im-1', 'im-3'], ['im-2', null]]);
  });

  it('seals records stored in clear before, at start-up, once', async () => {
    const models = await open();
    await models.connection.db!.collection<{ _id: string }>('immunisations').insertOne({ ...dose('im-old', 'bcg', '2024-12-20') });
    expect((await ensureIndexes(models)).resealed).toBe(1);
    const [doc] = await rawDoses(models);
    expect([isSealed(doc?.item as string), isSealed(doc?.givenOn as string)]).toEqual([true, true]);
    expect(await new ImmunisationRepository(models).ofChild('ch-budi')).toEqual([dose('im-old', 'bcg', '2024-12-20')]);
    expect((await ensureIndexes(models)).resealed).toBe(0);
  });

  it('goes with the child when its last caregiver erases their data', async () => {
    const models = await open();
    const children = new ChildrenRepository(models);
    await children.insert({ _id: 'ch-budi', code: 'BUDI01', name: 'Budi', sex: 1, birthDate: '2025-01-01', posyanduId: 'psy-mawar', kelurahanId: null, rw: null, caregiverIds: ['c-sari'], createdAt: new Date('2026-03-09T02:00:00Z') });
    await new ImmunisationRepository(models).insert(dose('im-1', 'hb0', '2025-01-02'));
    expect(await children.removeCaregiver('c-sari')).toEqual({ erased: 1, kept: 0 });
    expect(await rawDoses(models)).toEqual([]);
  });
});
