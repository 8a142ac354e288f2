import type { Asker } from '../contacts/asker.js';

/**
 * The posyandu a contact may change the schedule of: their own, and only while the staff registry
 * lists their phone as kader of it. What the contact typed or stored in a flow never counts; a role
 * recognised earlier in the same turn does (a kader's first "jadwal", served when onboarding ends),
 * since the turn's asker sees it.
 *
 * @example
 * kaderPosyandu(await askerIn(deps, context)); // 'psy-mawar' for Bu Ani, null for a parent or a removed kader
 */
export function kaderPosyandu(asker: Asker | null): string | null {
  const posyanduId = asker?.contact.posyanduId;
  return asker?.person?.role === 'kader' && posyanduId && asker.person.posyanduIds.includes(posyanduId) ? posyanduId : null;
}
