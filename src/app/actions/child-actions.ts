import { ageMessage, ageOn } from '../../domain/child/age.js';
import { z } from 'zod';
import { defineAction, type DeclaredAction, type Json } from '../../engine/index.js';
import type { ChildLinkEffect, ChildRegisterEffect } from '../children/child-effects.js';
import { effectId } from '../effects/effect-id.js';
import type { Child } from '../children/child-records.js';
import { todayIn } from '../today.js';
import type { ChildReads } from '../children/child-ports.js';
import type { Random } from '../../shared/ids.js';
import type { ContactReads } from '../contacts/contact-ports.js';

/** No 0/O or 1/I/L: codes are read aloud and typed on phones. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newChildCode(random: (max: number) => number): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[random(CODE_ALPHABET.length)]).join('');
}

export function ageParam(birthDate: string, today: string): Json {
  const { key, params } = ageMessage(ageOn(birthDate, today));
  return { __t: key, params };
}

/** What a child's sex answer holds: the choice ids of `flows/child-register.yaml` (1 male, 2 female, as in KMS). */
const sexChoice = z.enum(['1', '2']).transform((id) => (id === '2' ? 2 : 1));

/** A code no child has yet; drawn at random (a code is what links a caregiver, so it must not be guessable). */
async function freeCode(deps: { children: ChildReads; random: Random }): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newChildCode(deps.random);
    if (!(await deps.children.byCode(code))) return code;
  }
  throw new Error('could not draw a free child code');
}

/** Codes are read aloud and typed on phones: spaces, dashes and case do not matter. */
const childCode = z.string().transform((code) => code.toUpperCase().replace(/[^A-Z0-9]/g, ''));

/**
 * Registering and listing a caregiver's children. A parent sees only children they care for. A new
 * child or a caregiver joining one is an effect (`child.register`, `child.link`) the commit applies.
 *
 * @example
 * await childActions(deps)[0].run({ args: { name: 'Ani', sex: 2, birthDate: '2024-03-12' }, … });
 */
export function childActions(deps: { contacts: ContactReads; children: ChildReads; random: Random }): DeclaredAction[] {
  return [
    // "Budi" typed at "Daftarkan anak Anda", then confirmed: that name is the new child's.
    defineAction({
      name: 'children.take_name',
      args: z.object({ name: z.string().trim().min(1) }),
      results: ['ok'],
      run: ({ args }) => ({ result: 'ok', data: args.name }),
    }),
    defineAction({
      name: 'children.register',
      args: z.object({ name: z.string().trim(), sex: sexChoice, birthDate: z.string() }),
      results: ['saved', 'duplicate'],
      run: async ({ contact, args, now, ref }) => {
        const { name, sex, birthDate } = args;
        const mine = await deps.children.ofCaregiver(contact.id);
        if (mine.some((c) => c.birthDate === birthDate && c.name.toLowerCase() === name.toLowerCase())) return { result: 'duplicate' };
        const record = await deps.contacts.get(contact.id);
        const id = effectId('ch', ref ?? `${contact.id}:${now.toISOString()}`);
        const child: Child = {
          _id: id,
          code: await freeCode(deps),
          name,
          sex,
          birthDate,
          posyanduId: record?.posyanduId ?? null,
          kelurahanId: record?.kelurahanId ?? null,
          rw: record?.rw ?? null,
          caregiverIds: [contact.id],
          createdAt: now,
        };
        return {
          result: 'saved',
          data: { id, name, code: child.code, age: ageParam(birthDate, todayIn(now, contact.timezone)) },
          effects: [{ type: 'child.register', id, child } satisfies ChildRegisterEffect],
        };
      },
    }),
    defineAction({
      name: 'children.link_by_code',
      args: z.object({ code: childCode }),
      results: ['linked', 'not_found'],
      run: async ({ contact, args, ref }) => {
        const child = await deps.children.byCode(args.code);
        if (!child) return { result: 'not_found' };
        const link: ChildLinkEffect = { type: 'child.link', id: effectId('cl', ref ?? `${contact.id}:${child._id}`), childId: child._id };
        return { result: 'linked', data: { id: child._id, name: child.name }, effects: [link] };
      },
    }),
    defineAction({
      name: 'children.list_mine',
      args: z.object({}),
      results: ['some', 'none'],
      run: async ({ contact, now, translate }) => {
        const mine = await deps.children.ofCaregiver(contact.id);
        if (!mine.length) return { result: 'none' };
        const today = todayIn(now, contact.timezone);
        const lines = mine.map((c) => {
          const { key, params } = ageMessage(ageOn(c.birthDate, today));
          return translate(contact.lang, 'child.list.line', { name: c.name, age: translate(contact.lang, key, params), code: c.code });
        });
        return { result: 'some', data: { lines: lines.join('\n'), items: mine.map((c) => ({ id: c._id, text: c.name })) } };
      },
    }),
  ];
}
