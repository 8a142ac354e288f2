import { describeSession, NATIONAL_HOLIDAYS, occurrencesBetween, type Session } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { ChildStore } from '../children/child-ports.js';
import type { Child } from '../children/child-records.js';
import type { ScheduleParts } from './sessions.js';

/** How far back a kader's "who has not come?" looks for the last session held. */
const LOOK_BACK_DAYS = 93;

/**
 * Children of the posyandu with no kader measurement dated that day, in name order: whom the kader
 * visits (sweeping). The after-session follow-up and the kader's own request share this list.
 *
 * @example
 * (await notWeighed(children, 'psy-mawar', '2026-03-10')).map((c) => c.name); // ['Asep', 'Dewi']
 */
export async function notWeighed(children: Pick<ChildStore, 'ofPosyandu' | 'measurements'>, posyanduId: string, date: string): Promise<Child[]> {
  const missed: Child[] = [];
  for (const child of await children.ofPosyandu(posyanduId)) {
    const measured = (await children.measurements(child._id)).some((m) => m.date === date && m.source === 'kader');
    if (!measured) missed.push(child);
  }
  return missed.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The list as the kader reads it: the session's day, how many, and the names by RW (children
 * without an RW last); or thanks when every child was weighed.
 *
 * @example
 * notWeighedText(t, 'id', session, missed, now); // 'Posyandu hari Selasa, 10 Maret: 2 anak belum ditimbang. …\n• RW 03: Asep, Dewi'
 */
export function notWeighedText(t: Translate, lang: Lang, session: Session, missed: readonly Child[], now: Date): string {
  const day = describeSession(session, now, lang).params;
  const when = { weekday: day.weekday ?? '', date: day.date ?? '' };
  if (missed.length === 0) return t(lang, 'schedule.followup.kader_all_measured', when);
  const byRw = new Map<string, string[]>();
  for (const child of missed) byRw.set(child.rw ?? '', [...(byRw.get(child.rw ?? '') ?? []), child.name]);
  const lines = [...byRw.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([rw, names]) => t(lang, rw ? 'schedule.followup.kader_rw' : 'schedule.followup.kader_no_rw', { rw, names: names.join(', ') }));
  return [t(lang, 'schedule.followup.kader_header', { ...when, count: missed.length }), ...lines].join('\n');
}

/**
 * The latest session that has started by `now` and was not cancelled, within about three months:
 * "this month's" once it began, else last month's.
 *
 * @example
 * lastHeld(record, new Date('2026-03-11T02:00:00Z'))?.date; // '2026-03-10'
 */
export function lastHeld(record: ScheduleParts, now: Date): Session | undefined {
  const from = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000);
  return occurrencesBetween(record.schedule, record.exceptions, NATIONAL_HOLIDAYS, from, now)
    .filter((s) => s.status !== 'cancelled' && Date.parse(s.start) <= now.getTime())
    .at(-1);
}
