import type { Person as PersonDoc, Kelurahan as KelurahanDoc, Posyandu as PosyanduDoc, Puskesmas as PuskesmasDoc } from '../app/records.js';
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
    return this.models.people.findOne({ phone }).lean<PersonDoc>();
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
    await this.models.people.replaceOne({ phone: doc.phone }, doc, { upsert: true });
  }
}
