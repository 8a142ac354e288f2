import { describeSession } from '../../domain/schedule/index.js';
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
