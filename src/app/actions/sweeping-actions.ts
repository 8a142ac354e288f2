import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { followUpChildren, immunisationFollowUp, immunisationFollowUpText } from '../immunisation/late-doses.js';
import { todayIn } from '../today.js';
import { kaderPosyandu } from '../schedule/kader-access.js';
import { askerIn } from '../contacts/asker.js';
import { lastHeld, notWeighed, notWeighedText } from '../schedule/not-weighed.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ScheduleReads } from '../schedule/schedule-ports.js';
import type { ChildReads } from '../children/child-ports.js';
import type { DoseReads } from '../immunisation/immunisation-ports.js';

/**
 * The kader's sweeping list on request ("anak yang belum datang"): the children of their own
 * posyandu (as the registry says, never as typed) not weighed at the last session held. Anyone else
 * is `denied` (the flow tells them the list is for kader). `items` names the listed children, for
 * the staff access log.
 *
 * @example
 * const [sweeping] = sweepingActions(deps); await sweeping.run(context); // { result: 'some', data: { text: '…', items: [{ id: 'ch_1', text: 'Asep' }] } }
 */
export function sweepingActions(deps: { contacts: ContactReads; registry: RegistryStore; schedules: ScheduleReads; children: ChildReads; immunisations: DoseReads }): DeclaredAction[] {
  return [
    defineAction({
      name: 'schedule.sweeping_list',
      args: z.object({}),
      results: ['some', 'denied', 'no_session'],
      run: async ({ once, contact, now, translate }) => {
        const posyanduId = kaderPosyandu(await askerIn(deps, { contact, once }));
        if (!posyanduId) return { result: 'denied' };
        const record = await deps.schedules.get(posyanduId);
        const session = record ? lastHeld(record, now) : undefined;
        if (!session) return { result: 'no_session' };
        const missed = await notWeighed(deps.children, posyanduId, session.date);
        const children = await deps.children.ofPosyandu(posyanduId);
        const followUp = immunisationFollowUp(children, await deps.immunisations.ofChildren(children.map((c) => c._id)), todayIn(now, contact.timezone));
        const text = [notWeighedText(translate, contact.lang, session, missed, now), immunisationFollowUpText(translate, contact.lang, followUp)].filter(Boolean).join('\n\n');
        const listed = new Map([...missed, ...followUpChildren(followUp)].map((child) => [child._id, child]));
        return { result: 'some', data: { text, items: [...listed.values()].map((child) => ({ id: child._id, text: child.name })) } };
      },
    }),
  ];
}
