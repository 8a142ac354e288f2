import { describeSession, zoneLabel } from '../../domain/schedule/index.js';
import type { Json } from '../../engine/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { kaderPosyandu } from './kader-access.js';
import type { Asker } from '../contacts/asker.js';
import { clockText, render } from './render.js';
import { ruleWords } from './rule-words.js';
import { nextHeld, upcoming } from './sessions.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ScheduleStore } from './schedule-ports.js';

export type KaderOverview = { result: 'denied' } | { result: 'none' | 'ok'; data: Json };

/**
 * What the kader sees on JADWAL: the monthly rule and the next session (with any cancelled before
 * it), plus the session id and place the move and cancel questions work on.
 *
 * @example
 * await kaderOverview(deps, asker, 'id', now, t); // { result: 'ok', data: { posyandu: 'Mawar', rule: 'setiap hari Selasa minggu ke-2', … } }
 */
export async function kaderOverview(deps: { registry: RegistryStore; schedules: Pick<ScheduleStore, 'get'> }, asker: Asker | null, lang: Lang, now: Date, translate: Translate): Promise<KaderOverview> {
  const posyanduId = kaderPosyandu(asker);
  const posyandu = posyanduId ? await deps.registry.posyandu(posyanduId) : null;
  if (!posyandu) return { result: 'denied' };
  const record = await deps.schedules.get(posyandu._id);
  const next = record ? nextHeld(record, now) : undefined;
  if (!record || !next) return { result: 'none', data: { posyandu: posyandu.name, place: record?.schedule.place ?? posyandu.address } };
  const { schedule } = record;
  return {
    result: 'ok',
    data: {
      posyandu: posyandu.name,
      rule: render(translate, lang, ruleWords(schedule.rule, lang)),
      start: clockText(schedule.start, lang),
      end: clockText(schedule.end, lang),
      zone: zoneLabel(schedule.zone),
      place: next.place,
      routinePlace: schedule.place,
      sessionId: next.id,
      next: upcoming(record, now, 1).map((s) => render(translate, lang, describeSession(s, now, lang))),
    },
  };
}
