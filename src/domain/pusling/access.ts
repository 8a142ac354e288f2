import { inArea } from '../escalation/access.js';
import type { Actor } from '../escalation/area.js';
import type { PuslingRequest } from './request.js';

/** Why a Pusling action was refused. `parent`: a parent's call for help goes to the kader instead. */
export type PuslingDenial = 'parent' | 'outside_area' | 'not_decider';

/**
 * Who may see a request: staff of its area (kader by posyandu, lurah by kelurahan, puskesmas by
 * puskesmas); parents only once it is scheduled, as the visit announced for their posyandu.
 *
 * @example
 * canSeePuslingRequest({ role: 'lurah', kelurahanIds: ['kel-a'] }, request); // true when request.area.kelurahanId === 'kel-a'
 */
export function canSeePuslingRequest(actor: Actor, request: PuslingRequest): boolean {
  if (!inArea(actor, request.area)) return false;
  return actor.role !== 'parent' || request.state === 'scheduled';
}

/**
 * Who may ask for a Pusling visit: a kader, the lurah or puskesmas staff, for their own area.
 *
 * @example
 * canRequestPusling({ role: 'parent', posyanduIds: ['psy-1'] }, area); // 'parent'
 * canRequestPusling({ role: 'kader', posyanduIds: ['psy-1'] }, { ...area, posyanduId: 'psy-1' }); // true
 */
export function canRequestPusling(actor: Actor, area: PuslingRequest['area']): true | PuslingDenial {
  if (actor.role === 'parent') return 'parent';
  return inArea(actor, area) ? true : 'outside_area';
}

/**
 * Only the puskesmas that runs the Pusling schedules, merges, postpones or rejects.
 *
 * @example
 * canDecidePusling({ role: 'lurah', kelurahanIds: ['kel-a'] }, request); // 'not_decider'
 */
export function canDecidePusling(actor: Actor, request: PuslingRequest): true | PuslingDenial {
  if (actor.role === 'parent') return 'parent';
  if (actor.role !== 'puskesmas') return 'not_decider';
  return inArea(actor, request.area) ? true : 'outside_area';
}
