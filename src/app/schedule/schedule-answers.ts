import { describeSession, type IlpService } from '../../domain/schedule/index.js';
import type { Json } from '../../engine/index.js';
import type { Lang } from '../../shared/lang.js';
import { asParam } from './render.js';
import { upcoming } from './sessions.js';
import type { ScheduleStore } from './schedule-ports.js';

export type NextAnswer = { result: 'no_posyandu' } | { result: 'none' } | { result: 'some'; lines: Json[] };

/**
 * The answer to "kapan posyandu?" for a posyandu: the next session in everyday words ("besok,
 * Selasa 10 Maret, jam 08.00–11.00 WIB di Balai RW 03"), after notes on sessions cancelled before it.
 *
 * @example
 * await nextSessionAnswer(deps, 'psy-mawar', 'id', now); // { result: 'some', lines: [{ __t: 'schedule.next.tomorrow', params: {…} }] }
 */
export async function nextSessionAnswer(deps: { schedules: Pick<ScheduleStore, 'get'> }, posyanduId: string | null, lang: Lang, now: Date): Promise<NextAnswer> {
  if (!posyanduId) return { result: 'no_posyandu' };
  const record = await deps.schedules.get(posyanduId);
  const sessions = record ? upcoming(record, now, 1) : [];
  if (!sessions.some((s) => s.status !== 'cancelled')) return { result: 'none' };
  return { result: 'some', lines: sessions.map((s) => asParam(describeSession(s, now, lang))) };
}

/** The services that screen adults and the elderly at a session (the former posbindu). */
const ADULT_SCREENING: readonly IlpService[] = ['usia_produktif', 'lansia'];

/**
 * The answer to "kapan cek kesehatan?" from an adult: the next session when the posyandu's sessions
 * screen adults or the elderly, else `not_held` (the posyandu lists neither service).
 *
 * @example
 * await nextScreeningAnswer(deps, 'psy-melati', 'id', now); // { result: 'not_held' } where only children and mothers are served
 */
export async function nextScreeningAnswer(deps: { schedules: Pick<ScheduleStore, 'get'> }, posyanduId: string | null, lang: Lang, now: Date): Promise<NextAnswer | { result: 'not_held' }> {
  if (!posyanduId) return { result: 'no_posyandu' };
  const record = await deps.schedules.get(posyanduId);
  if (record && !record.schedule.services.some((service) => ADULT_SCREENING.includes(service))) return { result: 'not_held' };
  return nextSessionAnswer(deps, posyanduId, lang, now);
}
