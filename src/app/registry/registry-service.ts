import { AppError } from '../../shared/errors.js';
import type { RegistryAdminStore } from './registry-ports.js';
import { personIdFor } from './csv-rows.js';
import { parseRegistryRecord, type RegistryKind, type RegistryRecords } from './registry-schemas.js';

/**
 * The registry as puskesmas staff maintain it: list, read, save (validated, references checked) and
 * delete (refused while other records point at it). The admin API and the CSV import both use it.
 *
 * @example
 * const saved = await registry.save('posyandu', 'psy-1', { name: 'Mawar', address: '…', kelurahanId: 'kel-1', puskesmasId: 'pkm-1', rws: ['03'], timezone: 'WIB' });
 */
export class RegistryService {
  constructor(private readonly store: RegistryAdminStore) {}

  list<K extends RegistryKind>(kind: K): Promise<Array<RegistryRecords[K]>> {
    return this.store.list(kind);
  }

  async get<K extends RegistryKind>(kind: K, id: string): Promise<RegistryRecords[K]> {
    const record = await this.store.get(kind, id);
    if (!record) throw new AppError('NOT_FOUND', `No ${kind} with id "${id}"; list them with GET /api/admin/${kind}.`, { kind, id });
    return record;
  }

  /** Validates the body (the id comes from the path) and saves it; throws VALIDATION_FAILED with every problem. */
  async save<K extends RegistryKind>(kind: K, id: string, body: Record<string, unknown>): Promise<RegistryRecords[K]> {
    const parsed = parseRegistryRecord(kind, { ...body, _id: id });
    const problems = parsed.ok ? await this.saveRecord(kind, parsed.record) : parsed.problems;
    if (problems.length) throw new AppError('VALIDATION_FAILED', `Fix the ${kind}: ${problems.join('; ')}.`, { kind, problems });
    return this.get(kind, id);
  }

  /**
   * Saves a record already validated; returns the problems with what it points at (unknown ids,
   * RWs the kelurahan does not have, a phone registered to someone else) and saves nothing then.
   */
  async saveRecord<K extends RegistryKind>(kind: K, record: RegistryRecords[K]): Promise<string[]> {
    const problems = await this.referenceProblems(kind, record);
    if (problems.length) return problems;
    let toSave = record;
    if (kind === 'people') {
      const person = record as RegistryRecords['people'];
      const existing = await this.store.personByPhone(person.phone);
      // An import without ids updates the person already registered with that phone, whatever their id.
      if (existing && existing._id !== person._id && person._id === personIdFor(person.phone)) toSave = { ...person, _id: existing._id } as RegistryRecords[K];
      else if (existing && existing._id !== person._id) return [`phone ${person.phone} is already registered to ${existing._id}`];
    }
    await this.store.save(kind, toSave);
    return [];
  }

  async delete(kind: RegistryKind, id: string): Promise<void> {
    await this.get(kind, id);
    const users = await this.store.references(kind, id);
    if (users > 0) throw new AppError('CONFLICT', `${users} other record(s) still point at ${kind} "${id}"; move or delete them first.`, { kind, id, users });
    await this.store.delete(kind, id);
  }

  private async referenceProblems(kind: RegistryKind, record: RegistryRecords[RegistryKind]): Promise<string[]> {
    const problems: string[] = [];
    const need = async (of: RegistryKind, id: string, field: string) => {
      if (!(await this.store.get(of, id))) problems.push(`${field} "${id}" is not a known ${of}`);
    };
    if (kind === 'kelurahan') await need('puskesmas', (record as RegistryRecords['kelurahan']).puskesmasId, 'puskesmas_id');
    if (kind === 'posyandu') {
      const posyandu = record as RegistryRecords['posyandu'];
      await need('puskesmas', posyandu.puskesmasId, 'puskesmas_id');
      const kelurahan = await this.store.get('kelurahan', posyandu.kelurahanId);
      if (!kelurahan) problems.push(`kelurahan_id "${posyandu.kelurahanId}" is not a known kelurahan`);
      const outside = kelurahan ? posyandu.rws.filter((rw) => !kelurahan.rws.includes(rw)) : [];
      if (outside.length) problems.push(`rws ${outside.join(', ')} are not RWs of kelurahan ${kelurahan!.name}`);
    }
    if (kind === 'people') {
      const person = record as RegistryRecords['people'];
      for (const id of person.posyanduIds) await need('posyandu', id, 'posyandu_ids');
      for (const id of person.kelurahanIds) await need('kelurahan', id, 'kelurahan_ids');
      for (const id of person.puskesmasIds) await need('puskesmas', id, 'puskesmas_ids');
    }
    return problems;
  }
}
