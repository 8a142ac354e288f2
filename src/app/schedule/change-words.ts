import { describeSession, zoneLabel, type Session } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { clockText, render } from './render.js';
import { ruleWords } from './rule-words.js';
import type { ScheduleChange } from './schedule-change.js';
import { nextHeld, type ScheduleParts } from './sessions.js';


/**
 * The lines that tell a change in a language: the kader's preview and the families' announcement
 * say the same. A move reads "moved from … to …"; a cancellation gives the reason and the next
 * session; a new rule says the rule, time and place, and the next session.
 *
 * @example
 * changeLines(t, 'id', change, after, session, now); // ['Posyandu yang semula hari Selasa, 10 Maret dipindah ke …']
 */
export function changeLines(translate: Translate, lang: Lang, change: ScheduleChange, after: ScheduleParts, session: Session | undefined, now: Date): string[] {
  const lines: string[] = [];
  if (change.kind === 'move' && session) return [render(translate, lang, describeSession(session, now, lang))];
  if (change.kind === 'cancel' && session) {
    const { weekday = '', date = '' } = describeSession(session, now, lang).params;
    lines.push(translate(lang, 'schedule.announce.cancelled', { weekday, date, note: change.note }));
  }
  if (change.kind === 'rule') {
    const { schedule } = after;
    lines.push(
      translate(lang, 'schedule.announce.rule', {
        rule: render(translate, lang, ruleWords(schedule.rule, lang)),
        start: clockText(schedule.start, lang),
        end: clockText(schedule.end, lang),
        zone: zoneLabel(schedule.zone),
        place: schedule.place,
      }),
    );
  }
  const next = nextHeld(after, now);
  if (next) lines.push(render(translate, lang, describeSession(next, now, lang)));
  return lines;
}
