import { parseRegistryRecord, type Parsed, type RegistryKind, type RegistryRecords } from './registry-schemas.js';
import { toPhone } from './place-values.js';

/**
 * The CSV columns of each kind, in the order the docs show them. Lists inside a cell are separated
 * by ";" (`01;02;03`), RW distances are `RW=km` pairs (`01=1.2;02=3,5`).
 */
export const CSV_COLUMNS: Readonly<Record<RegistryKind, readonly string[]>> = {
  puskesmas: ['id', 'name', 'address', 'timezone', 'pusling_days_per_month'],
  kelurahan: ['id', 'name', 'puskesmas_id', 'rws', 'rw_distance_km'],
  posyandu: ['id', 'name', 'address', 'kelurahan_id', 'puskesmas_id', 'rws', 'timezone'],
  people: ['id', 'phone', 'role', 'name', 'posyandu_ids', 'kelurahan_ids', 'puskesmas_ids', 'duties'],
};

/** Columns that may be left out of the header (their cells default). */
const OPTIONAL: Readonly<Record<RegistryKind, readonly string[]>> = {
  puskesmas: ['pusling_days_per_month'],
  kelurahan: ['rw_distance_km'],
  posyandu: [],
  people: ['id', 'posyandu_ids', 'kelurahan_ids', 'puskesmas_ids', 'duties'],
};

export type Row = Readonly<Record<string, string | undefined>>;

/**
 * What is wrong with a header: missing or unknown columns (a typo would silently drop data).
 *
 * @example
 * headerProblems('posyandu', ['id', 'name']); // ['missing column address', …]
 */
export function headerProblems(kind: RegistryKind, header: readonly string[]): string[] {
  const known = CSV_COLUMNS[kind];
  const missing = known.filter((c) => !OPTIONAL[kind].includes(c) && !header.includes(c)).map((c) => `missing column ${c}`);
  const unknown = header.filter((c) => !known.includes(c)).map((c) => `unknown column ${c} (expected ${known.join(',')})`);
  return [...missing, ...unknown];
}

const list = (cell: string | undefined): string[] => (cell ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '');
const cell = (row: Row, column: string): string => (row[column] ?? '').trim();

function number(value: string): number | undefined {
  if (value === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
}

function distances(value: string): Record<string, number> | string {
  const result: Record<string, number> = {};
  for (const pair of list(value)) {
    const [rw, km] = pair.split('=').map((s) => s.trim());
    const parsed = number(km ?? '');
    if (!rw || parsed === undefined || Number.isNaN(parsed)) return `rw_distance_km "${pair}" is not RW=km like 03=2.5`;
    result[rw] = parsed;
  }
  return result;
}

/** A person's id when the file leaves it empty: stable per phone, so a second import updates the same record. */
export function personIdFor(phone: string): string {
  return `per-${phone.replace(/\D/g, '')}`;
}

function toInput(kind: RegistryKind, row: Row): Record<string, unknown> | string {
  switch (kind) {
    case 'puskesmas':
      return { _id: cell(row, 'id'), name: cell(row, 'name'), address: cell(row, 'address'), timezone: cell(row, 'timezone'), puslingDaysPerMonth: number(cell(row, 'pusling_days_per_month')) };
    case 'kelurahan': {
      const km = distances(cell(row, 'rw_distance_km'));
      if (typeof km === 'string') return km;
      return { _id: cell(row, 'id'), name: cell(row, 'name'), puskesmasId: cell(row, 'puskesmas_id'), rws: list(row.rws), rwDistanceKm: km };
    }
    case 'posyandu':
      return { _id: cell(row, 'id'), name: cell(row, 'name'), address: cell(row, 'address'), kelurahanId: cell(row, 'kelurahan_id'), puskesmasId: cell(row, 'puskesmas_id'), rws: list(row.rws), timezone: cell(row, 'timezone') };
    case 'people': {
      const phone = cell(row, 'phone');
      const e164 = toPhone(phone);
      return {
        _id: cell(row, 'id') || personIdFor(e164 ?? phone),
        phone,
        role: cell(row, 'role').toLowerCase(),
        name: cell(row, 'name'),
        posyanduIds: list(row.posyandu_ids),
        kelurahanIds: list(row.kelurahan_ids),
        puskesmasIds: list(row.puskesmas_ids),
        duties: list(row.duties).map((d) => d.toLowerCase()),
      };
    }
  }
}

/**
 * Validates one CSV row of a kind: pure, no database. References to other records (does that
 * kelurahan exist?) are checked when the row is saved.
 *
 * @example
 * validateRow('posyandu', { id: 'psy-1', name: 'Mawar', address: 'Jl. Mawar 5', kelurahan_id: 'kel-1', puskesmas_id: 'pkm-1', rws: '01;02', timezone: 'WIB' });
 * // { ok: true, record: { _id: 'psy-1', …, rws: ['01', '02'], timezone: 'Asia/Jakarta' } }
 */
export function validateRow<K extends RegistryKind>(kind: K, row: Row): Parsed<RegistryRecords[K]> {
  const input = toInput(kind, row);
  if (typeof input === 'string') return { ok: false, problems: [input] };
  const parsed = parseRegistryRecord(kind, input);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.problems.map(toColumnNames) };
}

/** Problems name the CSV column, not the record field, so people can find the cell. */
function toColumnNames(problem: string): string {
  return problem
    .replace(/^_id\b/, 'id')
    .replace(/^[a-z]+[A-Z]\w*/, (field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
    .replace(/^(rws|posyandu_ids|kelurahan_ids|puskesmas_ids|duties)\.\d+/, '$1');
}
