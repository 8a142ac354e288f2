import type { PuslingRequest, RankedRequest } from '../../domain/pusling/index.js';
import { puslingNotice } from '../../domain/pusling/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { PuslingRequestRecord } from './pusling-records.js';
import { formatDecimal } from '../growth/format.js';
import { todayIn } from '../today.js';
import { reasonsText, renderPusling, visitDay } from './words.js';

/**
 * One line of the coordinator's queue: RW, score and its parts (flagged children, km, days waited).
 *
 * @example
 * queueLine(t, 'id', ranked, 1, 'Margahayu'); // '1. RW 03 Margahayu – skor 31,7: 2 anak ditandai (10), 2,5 km (5), 0 hari menunggu (0)'
 */
export function queueLine(t: Translate, lang: Lang, ranked: RankedRequest, n: number, kelurahanName: string): string {
  const { parts } = ranked;
  const num = (value: number) => formatDecimal(value, lang, 1);
  return t(lang, 'pusling.queue.line', {
    n,
    rw: ranked.request.area.rw,
    kelurahan: kelurahanName,
    score: num(ranked.score),
    children: parts.children.value,
    childrenPoints: num(parts.children.points),
    km: num(parts.distance.value),
    kmPoints: num(parts.distance.points),
    days: Math.floor(parts.waiting.value),
    daysPoints: num(parts.waiting.points),
    state: t(lang, `pusling.state.${ranked.request.state}`),
  });
}

/**
 * A request's details for its reader: RW, reasons, preferred dates, people, who asked, status.
 *
 * @example
 * requestDetail(t, 'id', record, 'Margahayu', 'Asia/Jakarta');
 */
export function requestDetail(t: Translate, lang: Lang, record: PuslingRequestRecord, kelurahanName: string, zone: string, target?: PuslingRequest): string {
  const { request } = record;
  return t(lang, 'pusling.summary.detail', {
    rw: request.area.rw,
    kelurahan: kelurahanName,
    reasons: reasonsText(t, lang, request.reasons),
    dates: request.preferredDates.map((d) => visitDay(d, lang)).join('; ') || t(lang, 'pusling.summary.no_dates'),
    people: request.expectedPeople,
    role: t(lang, `role.${request.requestedBy.role}`),
    requested: visitDay(todayIn(new Date(request.requestedAt), zone), lang),
    status: renderPusling(t, lang, puslingNotice(request, target), record.endTime),
  });
}
