import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { LANGS } from '../../shared/lang.js';
import { contactErase, contactUpdate } from '../contacts/contact-effects.js';
import { childrenLeft } from '../rights/consent-withdrawal.js';
import type { ChildReads } from '../children/child-ports.js';

/** The version of the privacy notice a contact agreed to; raise it when the notice changes. */
export const CONSENT_VERSION = 2;

/**
 * Actions on the contact themself: language, consent, registering as a parent (once the family has its posyandu), erasure. They only read; the change is a
 * `contact.update` or `contact.erase` effect the turn's commit applies.
 *
 * @example
 * const [setLanguage] = contactActions(deps); await setLanguage.run({ contact, args: { lang: 'su' }, ref, … }); // effects: [contact.update { lang: 'su' }]
 */
export function contactActions(deps: { children: ChildReads }): DeclaredAction[] {
  return [
    defineAction({
      name: 'contact.set_language',
      args: z.object({ lang: z.enum(LANGS).optional() }),
      results: ['ok'],
      run: ({ contact, args, ref }) => ({ result: 'ok', effects: [contactUpdate(ref, { lang: args.lang ?? contact.lang })] }),
    }),
    defineAction({
      name: 'contact.record_consent',
      args: z.object({}),
      results: ['ok'],
      run: ({ now, ref }) => ({
        result: 'ok',
        effects: [contactUpdate(ref, { consentAt: now, consentVersion: CONSENT_VERSION, optedOut: false }), { type: 'event', name: 'consent_recorded' }],
      }),
    }),
    defineAction({
      name: 'contact.register_parent',
      args: z.object({}),
      results: ['ok'],
      run: ({ ref }) => ({ result: 'ok', effects: [contactUpdate(ref, { role: 'parent' })] }),
    }),
    defineAction({
      name: 'contact.erase',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact, ref }) => {
        const counts = await childrenLeft(deps, contact.id);
        return { result: 'ok', effects: [contactErase(ref, 'nothing', counts), { type: 'event', name: 'contact_erased', data: counts }] };
      },
    }),
  ];
}
