/**
 * The KBM table (minimum monthly weight gain of the KMS), kept as data in `kbm.json`.
 */
import table from './kbm.json' with { type: 'json' };

/** One age band of the KBM table; `uncertain` rows still need checking against the printed Buku KIA. */
export interface KbmRow {
  fromMonth: number;
  toMonth: number;
  kbm: number;
  uncertain?: boolean;
  alternatives?: number[];
  note?: string;
}

/** The rows of `kbm.json`, ordered by age. */
export const KBM_ROWS: readonly KbmRow[] = table.rows;

/**
 * KBM in grams for a child of `ageMonths` completed months at the current weighing, or `undefined`
 * beyond the card (60 months).
 *
 * @example
 * kbmGrams(2); // 900
 * kbmGrams(30); // 200
 */
export function kbmGrams(ageMonths: number): number | undefined {
  return KBM_ROWS.find((row) => ageMonths >= row.fromMonth && ageMonths <= row.toMonth)?.kbm;
}
