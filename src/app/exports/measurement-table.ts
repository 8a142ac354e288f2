import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { MeasurementRow } from './measurement-rows.js';
import type { Cell, Table } from './table-files.js';

/** The columns in e-PPGBM's by-name order (identity, place, visit, values, indices); headers from `export.col.*`. */
export const MEASUREMENT_COLUMNS = [
  'child_id',
  'child_name',
  'sex',
  'birth_date',
  'parent_name',
  'kelurahan',
  'posyandu',
  'rw',
  'measured_on',
  'age_months',
  'weight_kg',
  'length_cm',
  'measure',
  'arm_cm',
  'head_cm',
  'oedema',
  'waz',
  'waz_category',
  'haz',
  'haz_category',
  'whz',
  'whz_category',
  'kms',
  'source',
] as const;

export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

function cellsOf(row: MeasurementRow, t: (key: string) => string): Record<MeasurementColumn, Cell> {
  const category = (index: string, value: string | null) => (value === null ? null : t(`growth.category.${index}.${value}`));
  return {
    child_id: row.childId,
    child_name: row.childName,
    sex: t(row.sex === 1 ? 'child.sex.male' : 'child.sex.female'),
    birth_date: row.birthDate,
    parent_name: row.parentName,
    kelurahan: row.kelurahan,
    posyandu: row.posyandu,
    rw: row.rw,
    measured_on: row.measuredOn,
    age_months: row.ageMonths,
    weight_kg: row.weightKg,
    length_cm: row.lengthCm,
    measure: row.measure === null ? null : t(`export.measure.${row.measure}`),
    arm_cm: row.armCm,
    head_cm: row.headCm,
    oedema: row.oedema ? t('export.yes') : null,
    waz: row.waz,
    waz_category: category('waz', row.wazCategory),
    haz: row.haz,
    haz_category: category('haz', row.hazCategory),
    whz: row.whz,
    whz_category: category('whz', row.whzCategory),
    kms: row.kms,
    source: t(`export.source.${row.source}`),
  };
}

/**
 * The month's by-name rows as a table in the reader's language: headers, sex, position ("cara ukur")
 * and Permenkes categories as words, z-scores and values as numbers.
 *
 * @example
 * measurementTable(rows, translate, 'id', '2026-03').headers[1]; // 'Nama anak'
 */
export function measurementTable(rows: readonly MeasurementRow[], translate: Translate, lang: Lang, month: string): Table {
  const t = (key: string) => translate(lang, key);
  return {
    sheet: translate(lang, 'export.sheet.measurements', { month }),
    headers: MEASUREMENT_COLUMNS.map((c) => t(`export.col.${c}`)),
    rows: rows.map((row) => {
      const cells = cellsOf(row, t);
      return MEASUREMENT_COLUMNS.map((c) => cells[c]);
    }),
  };
}
