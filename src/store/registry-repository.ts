import type { Person as PersonDoc, Kelurahan as KelurahanDoc, Posyandu as PosyanduDoc, Puskesmas as PuskesmasDoc } from '../app/registry/registry-records.js';
import type { Model } from 'mongoose';
import type { RegistryKind, RegistryRecords } from '../app/registry/registry-schemas.js';
import { AppError } from '../shared/errors.js';
import { isDuplicateKey } from './connect.js';
import { byPhone } from './sealed-fields.js';
import type { Models } from './store.js';


/**
 * Places (puskesmas, kelurahan, posyandu) and the staff registry. Upserts by id make imports and
 * seeding safe to run twice.
 *
 * @example
 * await registry.upsertPosyandu({ _id: 'psy_mawar', name: 'Mawar', … });
 */
export class RegistryRepository {
  constructor(private readonly models: Models) {}

  personByPhone(phone: string): Promise<PersonDoc | null> {
    return this.models.people.findOne(byPhone(this.models.connection, phone)).lean<PersonDoc>();
  }

  kaderOf(posyanduId: string): Promise<PersonDoc[]> {
    return this.models.people.find({ role: 'kader', posyanduIds: posyanduId }).lean<PersonDoc[]>();
  }

  lurahOf(kelurahanId: string): Promise<PersonDoc[]> {
    return this.models.people.find({ role: 'lurah', kelurahanIds: kelurahanId }).lean<PersonDoc[]>();
  }

  staffOf(puskesmasId: string): Promise<PersonDoc[]> {
    return this.models.people.find({ role: 'puskesmas', puskesmasIds: puskesmasId }).lean<PersonDoc[]>();
  }

  listKelurahan(): Promise<KelurahanDoc[]> {
    return this.models.kelurahan.find().sort({ name: 1 }).lean<KelurahanDoc[]>();
  }

  kelurahan(id: string): Promise<KelurahanDoc | null> {
    return this.models.kelurahan.findById(id).lean<KelurahanDoc>();
  }

  posyandu(id: string): Promise<PosyanduDoc | null> {
    return this.models.posyandu.findById(id).lean<PosyanduDoc>();
  }

  puskesmas(id: string): Promise<PuskesmasDoc | null> {
    return this.models.puskesmas.findById(id).lean<PuskesmasDoc>();
  }

  posyanduIn(kelurahanId: string): Promise<PosyanduDoc[]> {
    return this.models.posyandu.find({ kelurahanId }).sort({ name: 1 }).lean<PosyanduDoc[]>();
  }

  async upsertPuskesmas(doc: PuskesmasDoc): Promise<void> {
    await this.models.puskesmas.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async upsertKelurahan(doc: KelurahanDoc): Promise<void> {
    await this.models.kelurahan.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async upsertPosyandu(doc: PosyanduDoc): Promise<void> {
    await this.models.posyandu.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async upsertPerson(doc: PersonDoc): Promise<void> {
    await this.models.people.replaceOne(byPhone(this.models.connection, doc.phone), doc, { upsert: true });
  }

  // The admin side (RegistryAdminStore): one generic store by kind.

  private model(kind: RegistryKind): Model<RegistryRecords[RegistryKind]> {
    const byKind = { puskesmas: this.models.puskesmas, kelurahan: this.models.kelurahan, posyandu: this.models.posyandu, people: this.models.people };
    return byKind[kind] as unknown as Model<RegistryRecords[RegistryKind]>;
  }

  list<K extends RegistryKind>(kind: K): Promise<Array<RegistryRecords[K]>> {
    return this.model(kind).find().sort({ _id: 1 }).lean<Array<RegistryRecords[K]>>();
  }

  get<K extends RegistryKind>(kind: K, id: string): Promise<RegistryRecords[K] | null> {
    return this.model(kind).findById(id).lean<RegistryRecords[K]>();
  }

  /** Upsert by id; a phone registered to another person is a CONFLICT (the unique index says so). */
  async save<K extends RegistryKind>(kind: K, record: RegistryRecords[K]): Promise<void> {
    try {
      await this.model(kind).replaceOne({ _id: record._id }, record, { upsert: true });
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('CONFLICT', `Another ${kind} record already uses this phone number; change or delete that one first.`, { kind, id: record._id });
      throw error;
    }
  }

  async delete(kind: RegistryKind, id: string): Promise<boolean> {
    return (await this.model(kind).deleteOne({ _id: id })).deletedCount > 0;
  }

  async references(kind: RegistryKind, id: string): Promise<number> {
    const { kelurahan, posyandu, people } = this.models;
    switch (kind) {
      case 'puskesmas':
        return (await kelurahan.countDocuments({ puskesmasId: id })) + (await posyandu.countDocuments({ puskesmasId: id })) + (await people.countDocuments({ puskesmasIds: id }));
      case 'kelurahan':
        return (await posyandu.countDocuments({ kelurahanId: id })) + (await people.countDocuments({ kelurahanIds: id }));
      case 'posyandu':
        return people.countDocuments({ posyanduIds: id });
      case 'people':
        return 0;
    }
  }
}
