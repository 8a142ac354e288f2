import type { MessageRef } from '../escalation/message.js';
import type { PuslingRequest } from './request.js';

/**
 * The notice for a request's current state, for the requester, the kader and the lurah. Pass the
 * request it was merged into to name that visit's RW.
 *
 * @example
 * puslingNotice(scheduled); // { key: 'pusling.request.scheduled', params: { rw: '07', date: '2026-04-14', time: '08:00', place: 'Balai RW 07' } }
 */
export function puslingNotice(request: PuslingRequest, mergedTarget?: PuslingRequest): MessageRef {
  const rw = request.area.rw;
  switch (request.state) {
    case 'requested':
      return { key: 'pusling.request.received', params: { rw } };
    case 'scheduled': {
      const s = request.schedule;
      return { key: 'pusling.request.scheduled', params: { rw, date: s?.date ?? '', time: s?.time ?? '', place: s?.place ?? '' } };
    }
    case 'merged':
      return { key: 'pusling.request.merged', params: { rw, targetRw: mergedTarget?.area.rw ?? '' } };
    case 'postponed':
      return { key: 'pusling.request.postponed', params: { rw, until: request.postponedUntil ?? '' } };
    case 'rejected':
      return { key: `pusling.request.rejected.${request.rejection?.reason ?? 'other'}`, params: { rw } };
  }
}

/**
 * The announcement of a scheduled visit for residents (parents included) of the RW.
 *
 * @example
 * puslingAnnouncement(scheduled)?.key; // 'pusling.visit.announcement'
 */
export function puslingAnnouncement(request: PuslingRequest): MessageRef | undefined {
  if (request.state !== 'scheduled' || !request.schedule) return undefined;
  const { date, time, place } = request.schedule;
  return { key: 'pusling.visit.announcement', params: { rw: request.area.rw, date, time, place } };
}
