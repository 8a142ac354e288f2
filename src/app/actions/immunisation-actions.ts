import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { GrowthService } from '../growth/growth-service.js';
import type { GrowthReads } from '../growth/growth-ports.js';
import { immunisationLines } from '../immunisation/immunisation-lines.js';
import { todayIn } from '../today.js';
import { ageParam } from './child-actions.js';

/** Text the flow may not have (a variable never set): read as empty, so access is refused, not a failure. */
const text = z.string().nullish().transform((value) => value ?? '');

/**
 * "Imunisasi apa yang harus anak saya dapat?": the doses the national schedule expects of the child by
 * age today, in the contact's language. Access is re-checked in the growth service (a parent: own children).
 *
 * @example
 * await immunisationActions(deps)[0].invoke({ contact, args: { childId: 'ch-dewi' }, … });
 * // { result: 'ok', data: { name: 'Dewi', age: {…}, sections: 'Sudah waktunya sekarang:\n• umur 18 bulan: …' } }
 */
export function immunisationActions(deps: GrowthReads): DeclaredAction[] {
  const service = new GrowthService(deps);
  return [
    defineAction({
      name: 'immunisation.for_child',
      args: z.object({ childId: text }),
      results: ['ok', 'denied'],
      run: async ({ contact, args, now, translate }) => {
        const child = await service.childFor(contact.id, args.childId);
        if (!child) return { result: 'denied' };
        const today = todayIn(now, contact.timezone);
        const lines = immunisationLines(translate, contact.lang, child.birthDate, today);
        const section = (key: string, body: string): string[] => (body ? [`${translate(contact.lang, key)}\n${body}`] : []);
        const sections = [
          ...section('immunisation.section.past', lines.past),
          ...section('immunisation.section.due', lines.due),
          ...section('immunisation.section.next', lines.next),
        ];
        if (!lines.due && !lines.next) sections.push(translate(contact.lang, 'immunisation.section.all_past'));
        return { result: 'ok', data: { name: child.name, age: ageParam(child.birthDate, today), sections: sections.join('\n\n') } };
      },
    }),
  ];
}
