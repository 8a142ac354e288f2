import type { EffectHandlers } from '../effects/app-effect.js';
import type { ContactGroup } from '../contacts/contact-records.js';
import type { PregnancyStore } from './pregnancy-records.js';
import type { ContactStore } from '../contacts/contact-ports.js';

/**
 * Applies pregnancy effects: the record is saved or erased by the contact's id, and the household's
 * `pregnant` group follows it (until the lapse, or gone at the end). Applying either twice changes nothing.
 *
 * @example
 * const commit = new TurnCommit(pregnancyHandlers(deps), …);
 */
export function pregnancyHandlers(deps: { pregnancies: Pick<PregnancyStore, 'save' | 'erase'>; contacts: Pick<ContactStore, 'get' | 'update'> }): EffectHandlers {
  const groupsOf = async (contactId: string): Promise<ContactGroup[]> => (await deps.contacts.get(contactId))?.groups ?? [];
  return {
    'pregnancy.register': [
      async (effect) => {
        await deps.pregnancies.save(effect.record);
        const groups = await groupsOf(effect.record._id);
        await deps.contacts.update(effect.record._id, { groups: groups.includes('pregnant') ? groups : ['pregnant', ...groups], pregnantUntil: effect.record.lapseAt });
      },
    ],
    'pregnancy.end': [
      async (effect) => {
        await deps.pregnancies.erase(effect.id);
        await deps.contacts.update(effect.id, { groups: (await groupsOf(effect.id)).filter((g) => g !== 'pregnant'), pregnantUntil: null });
      },
    ],
  };
}
