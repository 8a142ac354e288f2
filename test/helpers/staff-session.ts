import { expect } from 'vitest';
import type { Container } from '../../src/main/container.js';
import type { TestBot } from './services.js';

/** A staff member who wrote to the bot before (on the simulator): that is where their sign-in code goes. */
export async function staffContact(c: Container, phone: string, now: Date): Promise<void> {
  const id = `c-staff-${phone.slice(-4)}`;
  await c.models.contacts.create({ _id: id, phone, lang: 'id', role: null, consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: null, rw: null, kelurahanId: null, lastChannel: 'simulator', lastAddress: phone, reminderKinds: null, createdAt: now, updatedAt: now });
  await c.deps.contacts.moveAddress('simulator', phone, id);
}

/**
 * Signs a staff member in as a person would: asks a code, reads it in their chat, enters it.
 * Returns the `cookie` header value.
 */
export async function signInAs(bot: TestBot, phone: string): Promise<string> {
  expect((await bot.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } })).statusCode).toBe(202);
  const code = (await bot.history(phone)).flatMap((m) => /PWS.*?(\d{6})/.exec(m.text)?.[1] ?? []).at(-1);
  expect(code, `a code in ${phone}'s chat`).toMatch(/^\d{6}$/);
  const res = await bot.app.inject({ method: 'POST', url: '/api/auth/session', payload: { phone, code } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'pws_session');
  return `pws_session=${cookie!.value}`;
}
