import { expect } from 'vitest';
import type { Container } from '../../src/main/container.js';
import type { Clock } from '../../src/shared/clock.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { RegistryRepository } from '../../src/store/registry-repository.js';
import { startTestBot, type TestBot } from './services.js';

export const OTHER_KADER = '+628111000091';

/**
 * A second puskesmas with one posyandu and one child, Zaki (boy, born 2025-02-01), weighed by its kader
 * on 2026-02-05 (9.0 kg) and 2026-03-05 (9.4 kg, 76.5 cm lying, head 45 cm).
 */
export async function seedOtherArea(c: Container, clock: Clock): Promise<void> {
  const registry = new RegistryRepository(c.models);
  await registry.upsertPuskesmas({ _id: 'pkm-other', name: 'Puskesmas Lain', address: '', timezone: 'Asia/Jakarta', puslingDaysPerMonth: 1 });
  await registry.upsertKelurahan({ _id: 'kel-other', name: 'Kelurahan Lain', puskesmasId: 'pkm-other', rws: ['01'], rwDistanceKm: {} });
  await registry.upsertPosyandu({ _id: 'psy-other', name: 'Posyandu Lain', address: '', kelurahanId: 'kel-other', puskesmasId: 'pkm-other', rws: ['01'], timezone: 'Asia/Jakarta' });
  await registry.upsertPerson({ _id: 'per-kader-other', phone: OTHER_KADER, role: 'kader', name: 'Bu Lain', posyanduIds: ['psy-other'], kelurahanIds: ['kel-other'], puskesmasIds: ['pkm-other'], duties: [] });
  const now = clock.now();
  await c.models.children.create({ _id: 'ch-other', code: 'OTHR25', name: 'Zaki', sex: 1, birthDate: '2025-02-01', posyanduId: 'psy-other', kelurahanId: 'kel-other', rw: '01', caregiverIds: ['c-parent-zaki'], createdAt: now });
  await c.models.measurements.create({ _id: 'ms-o1', childId: 'ch-other', posyanduId: 'psy-other', date: '2026-02-05', month: '2026-02', weightKg: 9.0, lengthCm: null, measure: null, headCm: null, armCm: null, oedema: false, source: 'kader', recordedBy: 'per-kader-other', result: {}, supersededBy: null, createdAt: new Date('2026-02-05T03:00:00Z') });
  await c.models.measurements.create({ _id: 'ms-o2', childId: 'ch-other', posyanduId: 'psy-other', date: '2026-03-05', month: '2026-03', weightKg: 9.4, lengthCm: 76.5, measure: 'L', headCm: 45, armCm: 14.2, oedema: false, source: 'kader', recordedBy: 'per-kader-other', result: {}, supersededBy: null, createdAt: new Date('2026-03-05T03:00:00Z') });
}

/** A staff member who has written to the bot (on the simulator): where their sign-in code goes. */
export async function staffContact(c: Container, clock: Clock, phone: string): Promise<void> {
  const now = clock.now();
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
  expect(cookie).toBeDefined();
  return `pws_session=${cookie!.value}`;
}

/**
 * One session per phone for the file: codes may be asked for only three times in 15 minutes.
 *
 * @example
 * const sessions = staffSessions(() => bot);
 * const cookie = await sessions.cookie(DEMO_PHONES.kader);
 */
export function staffSessions(bot: () => TestBot) {
  const cookies = new Map<string, string>();
  return {
    async cookie(phone: string): Promise<string> {
      const cookie = cookies.get(phone) ?? (await signInAs(bot(), phone));
      cookies.set(phone, cookie);
      return cookie;
    },
  };
}

/**
 * The bot the dashboard tests read: the demo world, the second area (`seedOtherArea`), and these staff
 * phones as people who wrote to the bot before (so their sign-in codes reach a chat). `seed` adds a
 * file's own records after that; `env` overrides configuration. No workers: the dashboard reads only.
 *
 * @example
 * const bot = await startStaffBot(clock, [DEMO_PHONES.kader, OTHER_KADER]);
 */
export async function startStaffBot(clock: Clock, phones: readonly string[], seed?: (c: Container) => Promise<void>, env?: Record<string, string>): Promise<TestBot> {
  return startTestBot({
    clock,
    workers: false,
    ...(env ? { env } : {}),
    seed: async (c) => {
      await seedDemo(c.models, clock.now());
      await seedOtherArea(c, clock);
      for (const phone of phones) await staffContact(c, clock, phone);
      await seed?.(c);
    },
  });
}
