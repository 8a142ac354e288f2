import { DateTime } from 'luxon';
import type { MessageRef } from '../../domain/escalation/message.js';
import { SUNDANESE_WEEKDAYS } from '../../domain/schedule/vocabulary.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';

/**
 * A visit day as people say it: "Selasa, 14 April 2026", "Tuesday, 14 April 2026", "Salasa, 14 April 2026".
 *
 * @example
 * visitDay('2026-04-14', 'id'); // 'Selasa, 14 April 2026'
 */
export function visitDay(isoDate: string, lang: Lang): string {
  const day = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!day.isValid) return isoDate;
  const weekday = lang === 'su' ? SUNDANESE_WEEKDAYS[day.weekday - 1] : day.setLocale(lang).toFormat('cccc');
  return `${weekday}, ${formatDay(isoDate, lang)}`;
}

/**
 * A clock time or a time range as written locally: "08.00–11.00" (Indonesian, Sundanese), "08:00–11:00" (English).
 *
 * @example
 * visitTime('08:00', '11:00', 'id'); // '08.00–11.00'
 */
export function visitTime(start: string, end: string | null, lang: Lang): string {
  const written = (time: string) => (lang === 'en' ? time : time.replace(':', '.'));
  return end ? `${written(start)}–${written(end)}` : written(start);
}

/**
 * Renders a domain message (key + params) in a language, writing its `date`, `until` and `time`
 * params as people read them. `endTime` turns the visit's start time into its time range.
 *
 * @example
 * renderPusling(t, 'id', puslingNotice(request), '11:00'); // 'Pusling ke RW 03: Selasa, 14 April 2026 pukul 08.00–11.00 di Balai RW 03.'
 */
export function renderPusling(translate: Translate, lang: Lang, message: MessageRef, endTime: string | null = null): string {
  const params: Record<string, string | number> = { ...message.params };
  if (typeof params.date === 'string' && params.date) params.date = visitDay(params.date, lang);
  if (typeof params.until === 'string' && params.until) params.until = formatDay(params.until, lang);
  if (typeof params.time === 'string' && params.time) params.time = visitTime(params.time, endTime, lang);
  return translate(lang, message.key, params);
}

/**
 * The reasons of a request in a language, joined with commas.
 *
 * @example
 * reasonsText(t, 'en', ['distance', 'children_at_risk']); // 'far from the puskesmas, many children at nutrition risk'
 */
export function reasonsText(translate: Translate, lang: Lang, reasons: readonly string[]): string {
  return reasons.map((reason) => translate(lang, `pusling.reason.${reason}`)).join(', ');
}
