import type { Actor, Area } from './area.js';
import type { Alert, AlertAction } from './alert.js';
import { alertRecipients } from './alert.js';

/**
 * Whether the area is one the actor works in: a kader or a parent by posyandu, a lurah by
 * kelurahan, puskesmas staff by puskesmas. Ids listed for another role's scope do not count.
 *
 * @example
 * inArea({ role: 'lurah', kelurahanIds: ['kel-a'] }, { kelurahanId: 'kel-a', rw: '01', puskesmasId: 'p' }); // true
 */
export function inArea(actor: Actor, area: Area): boolean {
  switch (actor.role) {
    case 'parent':
    case 'kader':
      return area.posyanduId !== undefined && (actor.posyanduIds ?? []).includes(area.posyanduId);
    case 'lurah':
      return (actor.kelurahanIds ?? []).includes(area.kelurahanId);
    case 'puskesmas':
      return (actor.puskesmasIds ?? []).includes(area.puskesmasId);
  }
}

/** `full` shows the child; `anonymous` only counts and places (the lurah); `none` hides it. */
export type Visibility = 'full' | 'anonymous' | 'none';

/**
 * How much of an alert an actor may see. Parents never see alerts; the lurah sees them without
 * the child (no id, no name); kader and puskesmas see their own area's alerts in full.
 *
 * @example
 * alertVisibility({ role: 'lurah', kelurahanIds: ['kel-a'] }, alert.area); // 'anonymous'
 * alertVisibility({ role: 'kader', posyanduIds: ['other'] }, alert.area); // 'none'
 */
export function alertVisibility(actor: Actor, area: Area): Visibility {
  if (actor.role === 'parent' || !inArea(actor, area)) return 'none';
  return actor.role === 'lurah' ? 'anonymous' : 'full';
}

/** Why an action on an alert was refused. */
export type AlertDenial = 'parent' | 'outside_area' | 'not_recipient' | 'not_resolver';
export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: AlertDenial };

const ALLOWED: AccessDecision = { allowed: true };
const deny = (reason: AlertDenial): AccessDecision => ({ allowed: false, reason });

/**
 * Whether an actor may take an action on an alert. Kader and puskesmas in the area may act
 * (puskesmas is above every level an alert starts at); `resolve` needs a role in the alert's
 * `resolvableBy`. The lurah never handles a child's case: only once the alert has been escalated
 * to lurah level may the lurah acknowledge it or add a note.
 *
 * @example
 * canActOnAlert({ role: 'kader', posyanduIds: ['psy-1'] }, alert, 'acknowledge'); // { allowed: true }
 * canActOnAlert({ role: 'parent', posyanduIds: ['psy-1'] }, alert, 'note'); // { allowed: false, reason: 'parent' }
 */
export function canActOnAlert(actor: Actor, alert: Alert, action: AlertAction): AccessDecision {
  if (actor.role === 'parent') return deny('parent');
  if (!inArea(actor, alert.area)) return deny('outside_area');
  if (actor.role === 'lurah') {
    const lurahMay = alertRecipients(alert).includes('lurah') && (action === 'acknowledge' || action === 'note');
    return lurahMay ? ALLOWED : deny('not_recipient');
  }
  if (action === 'resolve' && !alert.resolvableBy.includes(actor.role)) return deny('not_resolver');
  return ALLOWED;
}
