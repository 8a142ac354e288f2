import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { outboundId } from '../outbound.js';
import type { Posyandu } from '../registry/registry-records.js';
import { reachable } from './deliver-once.js';
import { quietHoursOf } from './quiet-hours-of.js';
import { announcementRef, type ScheduleAnnounceEffect } from './schedule-effects.js';
import type { ScheduleStore } from './schedule-ports.js';
import type { MessageStore } from '../messages/message-ports.js';

/**
 * Plans telling every family of a posyandu about a schedule change, each in their own language: the
 * effect the commit sends, and how many families it tells from when. Families who said BERHENTI get
 * nothing; a change made in the posyandu's quiet hours reaches the families when they end. A
 * revision already announced (the same change confirmed again) tells nobody anew: its messages are
 * on record. Reads only.
 *
 * @example
 * const { told, effect } = await planAnnouncement(deps, translate, posyandu, 4, now, (lang) => changeLines(t, lang, change, after, session, now), 'sa_…');
 */
export async function planAnnouncement(
  deps: { schedules: Pick<ScheduleStore, 'get' | 'families'>; messages: Pick<MessageStore, 'getOutbound'> },
  translate: Translate,
  posyandu: Posyandu,
  revision: number,
  now: Date,
  linesIn: (lang: Lang) => string[],
  id: string,
): Promise<{ told: number; notBefore: Date; effect: ScheduleAnnounceEffect }> {
  const texts: Partial<Record<Lang, string>> = {};
  const notBefore = nextAllowedSendTime(now, posyandu.timezone, await quietHoursOf(deps, posyandu._id));
  const families: Array<{ contactId: string; lang: Lang }> = [];
  for (const family of await deps.schedules.families(posyandu._id)) {
    if (!reachable(family)) continue;
    if (await deps.messages.getOutbound(outboundId(announcementRef(posyandu._id, revision, family._id), 0))) continue;
    texts[family.lang] ??= [translate(family.lang, 'schedule.announce.header', { posyandu: posyandu.name }), ...linesIn(family.lang)].join('\n');
    families.push({ contactId: family._id, lang: family.lang });
  }
  return { told: families.length, notBefore, effect: { type: 'schedule.announce', id, posyanduId: posyandu._id, revision, notBefore, texts, families } };
}
