import { DateTime } from 'luxon';
import type { Json } from '../../engine/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Described } from '../../domain/schedule/index.js';
import type { Lang } from '../../shared/lang.js';

/**
 * A described session as a translatable flow parameter (`{ __t, params }`), rendered by the engine
 * in the contact's language.
 *
 * @example
 * asParam(describeSession(session, now, 'id')); // { __t: 'schedule.next.tomorrow', params: { … } }
 */
export function asParam(described: Described): Json {
  return { __t: described.key, params: described.params };
}

/**
 * Text for messages sent outside a conversation (announcements, reminders, follow-ups).
 *
 * @example
 * render(translate, 'en', reminderMessage('morning_of', session, 'en')); // 'Posyandu is today, …'
 */
export function render(translate: Translate, lang: Lang, described: Pick<Described, 'key' | 'params'>): string {
  return translate(lang, described.key, described.params);
}

/**
 * A "HH:mm" time as people write it: "08.00" in Indonesian and Sundanese, "08:00" in English.
 *
 * @example
 * clockText('08:00', 'id'); // '08.00'
 */
export function clockText(time: string, lang: Lang): string {
  return lang === 'en' ? time : time.replace(':', '.');
}

/**
 * The wall-clock time of an instant in a posyandu's zone, as people write it.
 *
 * @example
 * localClockText(new Date('2026-03-09T23:00:00Z'), 'Asia/Jakarta', 'id'); // '06.00'
 */
export function localClockText(at: Date, zone: string, lang: Lang): string {
  return clockText(DateTime.fromJSDate(at).setZone(zone).toFormat('HH:mm'), lang);
}
