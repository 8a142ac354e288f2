import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { PwsView } from '../pws/pws-service.js';
import { SKDN_COLUMNS, skdnRows } from '../pws/skdn-csv.js';
import type { Table } from './table-files.js';

const LEVEL = SKDN_COLUMNS.indexOf('level');

/**
 * The month's SKDN table (the same rows as `skdn.csv`) for a spreadsheet in the reader's language:
 * headers from `export.skdn.*`, the level in words, percentages as numbers and empty without a
 * denominator.
 *
 * @example
 * skdnTable(view, translate, 'id').headers.slice(7, 11); // ['S (balita terdaftar)', 'K (punya KMS)', …]
 */
export function skdnTable(view: PwsView, translate: Translate, lang: Lang): Table {
  return {
    sheet: translate(lang, 'export.sheet.skdn', { month: view.month }),
    headers: SKDN_COLUMNS.map((c) => translate(lang, `export.skdn.${c}`)),
    rows: skdnRows(view).map((row) => row.map((cell, i) => (i === LEVEL ? translate(lang, `export.level.${String(cell)}`) : cell === '' ? null : cell))),
  };
}
