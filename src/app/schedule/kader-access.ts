import { askerOf, type AskerDeps, type Asking } from '../contacts/asker.js';

/**
 * The posyandu a contact may change the schedule of: their own, and only while the staff registry
 * lists their phone as kader of it. What the contact typed or stored in a flow never counts; a role
 * recognised earlier in the same turn does (a kader's first "jadwal", served when onboarding ends).
 *
 * @example
 * await kaderPosyandu(deps, contact); // 'psy-mawar' for Bu Ani, null for a parent or a removed kader
 */
export async function kaderPosyandu(deps: AskerDeps, who: Asking): Promise<string | null> {
  const asker = await askerOf(deps, who.id, who);
  const posyanduId = asker?.contact.posyanduId;
  return asker?.person?.role === 'kader' && posyanduId && asker.person.posyanduIds.includes(posyanduId) ? posyanduId : null;
}
