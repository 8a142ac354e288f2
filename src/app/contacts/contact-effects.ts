import type { ContactView, TurnEffect } from '../../engine/index.js';
import type { Contact } from './contact-records.js';
import { effectId } from '../effects/effect-id.js';

/** The stored fields of a contact a turn may change. */
export type ContactPatch = Partial<
  Pick<Contact, 'lang' | 'role' | 'consentAt' | 'consentVersion' | 'optedOut' | 'timezone' | 'posyanduId' | 'kelurahanId' | 'rw' | 'reminderKinds' | 'groups' | 'pregnantUntil'>
>;

/**
 * Change the turn's contact: the one way a contact changes in a turn. The commit sets `patch` (twice
 * is once) and the engine's picture of the contact follows from the same effect (`contactViewAfter`).
 *
 * @example
 * { type: 'contact.update', id: 'cu_9c1e…', patch: { lang: 'su' } }
 */
export interface ContactUpdateEffect {
  readonly type: 'contact.update';
  readonly id: string;
  readonly patch: ContactPatch;
}

/**
 * Erase the turn's contact (UU PDP, "hapus data"): `keep: 'nothing'` deletes the contact and its
 * addresses; `keep: 'withdrawn'` (CABUT IZIN) keeps what `WITHDRAWN` leaves, to recognise the number
 * and honour its opt-out. Either way children only they care for go, the chat history and the
 * session go, and nothing is scheduled for them any more. `counts` are what the action read, for the
 * audit log and the event.
 */
export interface ContactEraseEffect {
  readonly type: 'contact.erase';
  readonly id: string;
  readonly keep: 'nothing' | 'withdrawn';
  readonly counts: { readonly childrenErased: number; readonly childrenKept: number };
}

export type ContactEffect = ContactUpdateEffect | ContactEraseEffect;

/**
 * A `contact.update` effect for the action call `ref` (`ActionContext.ref`).
 *
 * @example
 * contactUpdate('simulator:42#3', { lang: 'su' }); // { type: 'contact.update', id: 'cu_…', patch: { lang: 'su' } }
 */
export function contactUpdate(ref: string | undefined, patch: ContactPatch): ContactUpdateEffect {
  return { type: 'contact.update', id: effectId('cu', ref ?? 'no-ref'), patch };
}

/** A `contact.erase` effect for the action call `ref`. */
export function contactErase(ref: string | undefined, keep: ContactEraseEffect['keep'], counts: ContactEraseEffect['counts']): ContactEraseEffect {
  return { type: 'contact.erase', id: effectId('ce', ref ?? 'no-ref'), keep, counts };
}

/** This turn erases its contact: the commit schedules nothing more for them. */
export function erasesContact(effects: readonly TurnEffect[]): boolean {
  return effects.some((effect) => effect.type === 'contact.erase');
}

/**
 * The engine's picture of a contact after a contact effect, as `toContactView` would draw the stored
 * contact after the commit applied it; any other effect leaves it as it is.
 *
 * @example
 * contactViewAfter(view, contactUpdate(ref, { consentAt: now })).consented; // true
 */
export function contactViewAfter(view: ContactView, effect: TurnEffect): ContactView {
  if (effect.type === 'contact.erase') return { ...view, role: null, consented: false, ...((effect as ContactEraseEffect).keep === 'withdrawn' ? { optedOut: true } : {}) };
  if (effect.type !== 'contact.update') return view;
  const { patch } = effect as ContactUpdateEffect;
  const facts = { ...view.facts };
  for (const key of ['posyanduId', 'kelurahanId', 'rw'] as const) if (patch[key] !== undefined) facts[key] = patch[key];
  return {
    ...view,
    ...(patch.lang !== undefined ? { lang: patch.lang } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.consentAt !== undefined ? { consented: patch.consentAt !== null } : {}),
    ...(patch.optedOut !== undefined ? { optedOut: patch.optedOut } : {}),
    ...(patch.timezone !== undefined ? { timezone: patch.timezone } : {}),
    facts,
  };
}

/**
 * The stored contact as this turn sees it: its role and area from the engine's picture, which already
 * holds the turn's `contact.update` effects the commit has not stored yet (staff recognised at
 * onboarding whose first message, a request, is served in the same turn).
 *
 * @example
 * asTurnSees(await contacts.get(view.id), view)?.role; // 'puskesmas', though the stored role is still null
 */
export function asTurnSees(stored: Contact | null, view: Pick<ContactView, 'role' | 'facts'>): Contact | null {
  if (!stored) return null;
  const fact = (key: 'posyanduId' | 'kelurahanId' | 'rw') => (typeof view.facts[key] === 'string' ? (view.facts[key] as string) : stored[key]);
  return { ...stored, role: view.role, posyanduId: fact('posyanduId'), kelurahanId: fact('kelurahanId'), rw: fact('rw') };
}
