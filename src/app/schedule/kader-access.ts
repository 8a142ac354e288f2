import { askerOf, type AskerDeps } from '../contacts/asker.js';

/**
 * The posyandu a contact may change the schedule of: their own, and only while the staff registry
 * lists their phone as kader of it. What the contact typed or stored in a flow never counts.
 *
 * @example
 * await kaderPosyandu(deps, 'c_0003'); // 'psy-mawar' for Bu Ani, null for a parent or a removed kader
 */
export async function kaderPosyandu(deps: AskerDeps, contactId: string): Promise<string | null> {
  const asker = await askerOf(deps, contactId);
  const posyanduId = asker?.contact.posyanduId;
  return asker?.person?.role === 'kader' && posyanduId && asker.person.posyanduIds.includes(posyanduId) ? posyanduId : null;
}
