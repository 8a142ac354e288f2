import type { Kelurahan, Person, Posyandu, Puskesmas } from './registry-records.js';
import type { RegistryKind, RegistryRecords } from './registry-schemas.js';

export interface RegistryStore {
  personByPhone(phone: string): Promise<Person | null>;
  kaderOf(posyanduId: string): Promise<Person[]>;
  lurahOf(kelurahanId: string): Promise<Person[]>;
  staffOf(puskesmasId: string): Promise<Person[]>;
  listKelurahan(): Promise<Kelurahan[]>;
  kelurahan(id: string): Promise<Kelurahan | null>;
  posyandu(id: string): Promise<Posyandu | null>;
  puskesmas(id: string): Promise<Puskesmas | null>;
  posyanduIn(kelurahanId: string): Promise<Posyandu[]>;
}

/**
 * The registry as the admin API and the CSV import edit it: one generic store by kind. `save`
 * upserts by id and throws AppError CONFLICT when the phone belongs to another person.
 *
 * @example
 * await store.save('posyandu', posyandu); await store.references('posyandu', 'psy-mawar'); // 1 (a kader)
 */
export interface RegistryAdminStore {
  list<K extends RegistryKind>(kind: K): Promise<Array<RegistryRecords[K]>>;
  get<K extends RegistryKind>(kind: K, id: string): Promise<RegistryRecords[K] | null>;
  personByPhone(phone: string): Promise<Person | null>;
  save<K extends RegistryKind>(kind: K, record: RegistryRecords[K]): Promise<void>;
  delete(kind: RegistryKind, id: string): Promise<boolean>;
  /** How many other registry records point at this one. */
  references(kind: RegistryKind, id: string): Promise<number>;
}
