import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { AppDeps } from '../ports.js';
import type { Posyandu } from '../records.js';
import { deliverOnce, reachable, type DeliverDeps } from './deliver-once.js';
import { quietHoursOf } from './quiet-hours-of.js';

/**
 * Tells every family of a posyandu about a schedule change, each in their own language. Keyed by the
 * schedule's revision (`schedule-change|<posyandu>|r<revision>|<contact>`), so a retried change sends
 * nothing twice. Families who said BERHENTI get nothing. A change made in the posyandu's quiet hours
 * reaches the families when they end. Returns how many families are told, and from when.
 *
 * @example
 * await announceChange(deps, translate, posyandu, 4, now, (lang) => changeLines(t, lang, change, after, session, now)); // { told: 3, notBefore }
 */
export async function announceChange(
  deps: DeliverDeps & Pick<AppDeps, 'schedules'>,
  translate: Translate,
  posyandu: Posyandu,
  revision: number,
  now: Date,
  linesIn: (lang: Lang) => string[],
): Promise<{ told: number; notBefore: Date }> {
  const texts = new Map<Lang, string>();
  const textIn = (lang: Lang): string => {
    const known = texts.get(lang);
    if (known) return known;
    const text = [translate(lang, 'schedule.announce.header', { posyandu: posyandu.name }), ...linesIn(lang)].join('\n');
    texts.set(lang, text);
    return text;
  };
  const notBefore = nextAllowedSendTime(now, posyandu.timezone, await quietHoursOf(deps, posyandu._id));
  let told = 0;
  for (const family of await deps.schedules.families(posyandu._id)) {
    if (!reachable(family)) continue;
    if (await deliverOnce(deps, family, [{ text: textIn(family.lang) }], 'notice', `schedule-change|${posyandu._id}|r${revision}|${family._id}`, notBefore)) told++;
  }
  return { told, notBefore };
}
