import { Info } from 'luxon';
import { SUNDANESE_WEEKDAYS, type Described, type Recurrence } from '../../domain/schedule/index.js';
import type { Lang } from '../../shared/lang.js';

const ORDINAL_EN = ['1st', '2nd', '3rd', '4th'];

/**
 * A weekday's name (1 = Monday) in a language.
 *
 * @example
 * weekdayName(2, 'id'); // 'Selasa'
 */
export function weekdayName(weekday: number, lang: Lang): string {
  if (lang === 'su') return SUNDANESE_WEEKDAYS[weekday - 1] ?? '';
  return Info.weekdays('long', { locale: lang })[weekday - 1] ?? '';
}

/**
 * Key and params that say a monthly rule the way people do: `schedule.rule.<kind>` with day,
 * weekday and nth ("2" in id/su, "2nd" in en).
 *
 * @example
 * ruleWords({ kind: 'nth_weekday', n: 2, weekday: 2 }, 'en'); // { key: 'schedule.rule.nth_weekday', params: { weekday: 'Tuesday', nth: '2nd', day: '' } }
 */
export function ruleWords(rule: Recurrence, lang: Lang): Pick<Described, 'key' | 'params'> {
  const weekday = rule.kind === 'day_of_month' ? '' : weekdayName(rule.weekday, lang);
  const nth = rule.kind === 'nth_weekday' ? (lang === 'en' ? (ORDINAL_EN[rule.n - 1] ?? String(rule.n)) : String(rule.n)) : '';
  const day = rule.kind === 'day_of_month' ? String(rule.day) : '';
  return { key: `schedule.rule.${rule.kind}`, params: { weekday, nth, day } };
}
