import { ANTENATAL_CLASS, classWeekOn } from '../../domain/pregnancy/index.js';
import { sessionParams, type Session } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { upcoming, type ScheduleParts } from '../schedule/sessions.js';

/** How many of the posyandu's next held sessions are looked at for a class the mother can join. */
const SESSIONS_AHEAD = 4;

/** Whether the session holds Kelas Ibu Hamil (the puskesmas lists it among the schedule's services). */
export function holdsClass(session: Pick<Session, 'services'>): boolean {
  return session.services.includes('kelas_ibu_hamil');
}

/**
 * What the mother is told about Kelas Ibu Hamil: the next session of her posyandu that holds it while
 * she is in the class's weeks, with her weeks then; nothing when none of the next sessions falls in
 * her weeks (the birth is near); where her posyandu lists no class (or she has no posyandu), to ask
 * the kader.
 *
 * @example
 * classLine(t, 'id', '2026-09-17', melati, now);
 * // 'Kelas Ibu Hamil berikutnya di posyandu Anda: Kamis 12 Maret, jam 08.00–11.00 WIB di Balai RW 06; …'
 */
export function classLine(translate: Translate, lang: Lang, dueDate: string, schedule: ScheduleParts | null, now: Date): string {
  if (!schedule || !holdsClass(schedule.schedule)) return translate(lang, 'pregnancy.status.class');
  for (const session of upcoming(schedule, now, SESSIONS_AHEAD)) {
    const weeks = session.status === 'cancelled' ? undefined : classWeekOn(dueDate, session.date);
    if (weeks !== undefined) return translate(lang, 'pregnancy.class.next', { ...sessionParams(session, lang), weeks, meetings: ANTENATAL_CLASS.minimumMeetings });
  }
  return '';
}

/**
 * The line a pregnant mother's first reminder of a session adds when the session holds the class and
 * she is in its weeks on the day, or ''.
 *
 * @example
 * sessionClassNote(t, 'id', '2026-12-04', session); // 'Di posyandu ini ada Kelas Ibu Hamil; usia kehamilan Anda saat itu 23 minggu. …'
 */
export function sessionClassNote(translate: Translate, lang: Lang, dueDate: string, session: Session): string {
  const weeks = holdsClass(session) ? classWeekOn(dueDate, session.date) : undefined;
  return weeks === undefined ? '' : translate(lang, 'pregnancy.class.at_session', { weeks, meetings: ANTENATAL_CLASS.minimumMeetings });
}
