import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDecimal } from './format.js';

/** The values of one visit as typed (any may be missing). */
export interface TypedValues {
  weightKg?: number | null;
  lengthCm?: number | null;
  headCm?: number | null;
  armCm?: number | null;
}

/**
 * The typed values as short phrases in the contact's language; `style` picks the parent's words
 * ("berat 8,5 kg") or the kader's abbreviations ("BB 8,5 kg"). Length is named by its position.
 *
 * @example
 * valuePhrases(t, 'id', { weightKg: 8.5, lengthCm: 72 }, 'L', 'kader'); // ['BB 8,5 kg', 'PB 72 cm']
 */
export function valuePhrases(t: Translate, lang: Lang, values: TypedValues, measure: 'L' | 'H' | null, style: 'parent' | 'kader'): string[] {
  const key = (name: string): string => `growth.${style}.value.${name}`;
  const number = (v: number): string => formatDecimal(v, lang, 2);
  const phrases: string[] = [];
  if (values.weightKg != null) phrases.push(t(lang, key('weight'), { value: number(values.weightKg) }));
  if (values.lengthCm != null) phrases.push(t(lang, key(measure === 'H' ? 'height' : 'length'), { value: number(values.lengthCm) }));
  if (values.headCm != null) phrases.push(t(lang, key('head'), { value: number(values.headCm) }));
  if (values.armCm != null) phrases.push(t(lang, key('arm'), { value: number(values.armCm) }));
  return phrases;
}

/**
 * One line per value given again the same day with another number: "berat 9,2 kg → 9,4 kg" in the
 * person's words, so a correction is never silent.
 *
 * @example
 * changeLines(t, 'id', [{ field: 'weight', from: 9.2, to: 9.4 }], 'L', 'parent');
 * // ['Hasil hari ini diperbarui: berat 9,2 kg menjadi berat 9,4 kg (yang lama tetap tersimpan).']
 * changeLines(t, 'id', [{ field: 'weight', from: 9.2, to: 9.4 }], 'L', 'kader', '8 Maret 2026');
 * // ['Hasil tanggal 8 Maret 2026 diperbarui: BB 9,2 kg menjadi BB 9,4 kg (yang lama tetap tersimpan).']
 */
export function changeLines(
  t: Translate,
  lang: Lang,
  changes: ReadonlyArray<{ field: 'weight' | 'length' | 'head' | 'arm'; from: number; to: number }>,
  measure: 'L' | 'H' | null,
  style: 'parent' | 'kader',
  /** The day, when it is not today: a session recorded afterwards never reads "hari ini". */
  pastDay?: string,
): string[] {
  const KEY = { weight: 'weightKg', length: 'lengthCm', head: 'headCm', arm: 'armCm' } as const;
  return changes.map(({ field, from, to }) => {
    const [before] = valuePhrases(t, lang, { [KEY[field]]: from }, measure, style);
    const [after] = valuePhrases(t, lang, { [KEY[field]]: to }, measure, style);
    return pastDay === undefined ? t(lang, 'growth.updated', { from: before ?? '', to: after ?? '' }) : t(lang, 'growth.updated_on', { date: pastDay, from: before ?? '', to: after ?? '' });
  });
}
