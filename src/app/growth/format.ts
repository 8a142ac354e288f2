import { DateTime } from 'luxon';
import { SUNDANESE_MONTHS } from '../../domain/schedule/vocabulary.js';
import type { Lang } from '../../shared/lang.js';

const NUMBER_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB', su: 'id-ID' };
const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A measurement or z-score as the contact writes numbers: decimal comma in Indonesian and Sundanese,
 * point in English; `fixed` keeps trailing zeros (z-scores always show 2 decimals).
 *
 * @example
 * formatDecimal(8.5, 'id', 2); // '8,5'
 * formatDecimal(-1.2, 'en', 2, true); // '-1.20'
 */
export function formatDecimal(value: number, lang: Lang, decimals: number, fixed = false): string {
  const key = `${lang}:${decimals}:${fixed}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALE[lang], { minimumFractionDigits: fixed ? decimals : 0, maximumFractionDigits: decimals, useGrouping: false });
    FORMATS.set(key, format);
  }
  // A plain hyphen-minus: chat apps and kader's notes use it; Intl may emit U+2212 in some locales.
  return format.format(value).replace('\u2212', '-');
}

/**
 * A calendar date in the contact's language: "9 Maret 2026", "9 March 2026", "9 Maret 2026" (Sundanese
 * month names from the schedule vocabulary).
 *
 * @example
 * formatDay('2026-02-09', 'su'); // '9 Pébruari 2026'
 */
export function formatDay(isoDate: string, lang: Lang): string {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (lang === 'su') return `${day.day} ${SUNDANESE_MONTHS[day.month - 1] ?? ''} ${day.year}`;
  return day.setLocale(lang).toFormat('d LLLL yyyy');
}
