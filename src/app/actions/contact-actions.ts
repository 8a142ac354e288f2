import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { LANGS } from '../../shared/lang.js';
import type { AppDeps } from '../ports.js';

/** The version of the privacy notice a contact agreed to; raise it when the notice changes. */
export const CONSENT_VERSION = 2;

/**
 * Actions on the contact themself: language, consent, erasure.
 *
 * @example
 * const [setLanguage] = contactActions(deps); await setLanguage.run({ contact, args: { lang: 'su' }, … });
 */
export function contactActions(deps: Pick<AppDeps, 'contacts' | 'children' | 'messages' | 'sessions' | 'screenings' | 'pregnancies'>): DeclaredAction[] {
  return [
    defineAction({
      name: 'contact.set_language',
      args: z.object({ lang: z.enum(LANGS).optional() }),
      results: ['ok'],
      run: async ({ contact, args }) => {
        const lang = args.lang ?? contact.lang;
        await deps.contacts.update(contact.id, { lang });
        return { result: 'ok', contact: { lang }, effects: [{ type: 'set_language', lang }] };
      },
    }),
    defineAction({
      name: 'contact.record_consent',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact, now }) => {
        await deps.contacts.update(contact.id, { consentAt: now, consentVersion: CONSENT_VERSION, optedOut: false });
        return { result: 'ok', contact: { consented: true }, effects: [{ type: 'event', name: 'consent_recorded' }] };
      },
    }),
    defineAction({
      name: 'contact.erase',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact }) => {
        const addresses = await deps.contacts.addresses(contact.id);
        const children = await deps.children.removeCaregiver(contact.id);
        await deps.screenings.eraseOf(contact.id);
        await deps.pregnancies.erase(contact.id);
        await deps.messages.eraseFor(contact.id, addresses);
        await deps.sessions.delete(contact.id);
        await deps.contacts.erase(contact.id);
        return {
          result: 'ok',
          contact: { consented: false, role: null },
          effects: [{ type: 'event', name: 'contact_erased', data: { childrenErased: children.erased, childrenKept: children.kept } }],
        };
      },
    }),
  ];
}
