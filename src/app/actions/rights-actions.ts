import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { contactErase } from '../contacts/contact-effects.js';
import { childrenLeft } from '../rights/consent-withdrawal.js';
import { myDataText } from '../rights/my-data.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { ChildReads } from '../children/child-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

type RightsDeps = { contacts: ContactReads; children: ChildReads; registry: RegistryStore };

/**
 * A parent's data rights in the chat (UU PDP): see what is held (LIHAT) and withdraw consent
 * (CABUT IZIN, a `contact.erase` effect keeping what a withdrawn contact keeps). Corrections
 * (KOREKSI) are in `correction-actions.ts`.
 *
 * @example
 * await rightsActions(deps)[0].run({ contact, now, translate, … }); // { result: 'ok', messages: [{ text }] }
 */
export function rightsActions(deps: RightsDeps): DeclaredAction[] {
  return [
    defineAction({
      name: 'rights.view',
      args: z.object({}),
      results: ['ok', 'none'],
      run: async ({ contact, now, translate }) => {
        const text = await myDataText(deps, translate, contact.id, now);
        return text === null ? { result: 'none' } : { result: 'ok', messages: [{ text }] };
      },
    }),
    defineAction({
      name: 'rights.withdraw_consent',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact, ref }) => {
        const counts = await childrenLeft(deps, contact.id);
        return { result: 'ok', effects: [contactErase(ref, 'withdrawn', counts), { type: 'event', name: 'consent_withdrawn', data: counts }] };
      },
    }),
  ];
}
