import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningRecord } from '../../src/app/screening/screening-records.js';
import type { DoseRecord, GivenItem } from '../../src/domain/immunisation/index.js';
import type { ScreeningReading } from '../../src/domain/screening/index.js';
import type { Container } from '../../src/main/container.js';
import { fixedClock } from '../../src/shared/clock.js';
import { RegistryRepository } from '../../src/store/registry-repository.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { OTHER_KADER, seedOtherArea, staffContact, staffSessions } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
const OTHER_LURAH = '+628111000092';

/**
 * Zaki (13 months at March's end) has every dose up to 9 months and February's red capsule: PCV3
 * (12 months) is late. Two screenings in March: one person whose chat gives RW 01 (hypertension,
 * referred, follow-up open), one without a chat (obese BMI, advice only).
 */
async function seedIlp(c: Container): Promise<void> {
  await new RegistryRepository(c.models).upsertPerson({ _id: 'per-lurah-other', phone: OTHER_LURAH, role: 'lurah', name: 'Pak Lurah Lain', posyanduIds: [], kelurahanIds: ['kel-other'], puskesmasIds: [], duties: [] });
  const doses = ['hb0', 'bcg', 'polio1', 'dpt_hb_hib1', 'polio2', 'pcv1', 'rota1', 'dpt_hb_hib2', 'polio3', 'pcv2', 'rota2', 'dpt_hb_hib3', 'polio4', 'ipv1', 'rota3', 'mr1', 'ipv2'];
  const record = (id: string, item: GivenItem, givenOn: string): DoseRecord => ({ _id: id, childId: 'ch-other', item, givenOn, source: 'kader', recordedBy: 'per-kader-other', recordedAt: `${givenOn}T03:00:00.000Z`, supersededBy: null, corrects: null });
  await c.models.immunisations.create([...doses.map((dose, i) => record(`im-o${String(i)}`, { kind: 'dose' as const, dose }, '2025-11-01')), record('im-ova', { kind: 'vitamin_a', capsule: 'red' }, '2026-02-05')]);
  const now = clock.now();
  await c.models.contacts.create({ _id: 'c-adult-other', phone: '+628111000093', lang: 'id', role: 'parent', consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-other', rw: '01', kelurahanId: 'kel-other', lastChannel: null, lastAddress: null, reminderKinds: null, createdAt: now, updatedAt: now });
  const screening = (id: string, contactId: string | null, reading: ScreeningReading, followUp: ScreeningRecord['followUp']): ScreeningRecord => ({ _id: id, posyanduId: 'psy-other', contactId, date: '2026-03-05', person: { name: 'X', sex: 'female', age: 60 }, values: {}, reading, followUp, consentAt: now, recordedBy: 'c-kader', createdAt: now });
  await c.models.screenings.create([
    screening('sc-o1', 'c-adult-other', { bloodPressure: 'hypertension_1', findings: ['hypertension'], outcome: 'refer', urgent: false }, 'open'),
    screening('sc-o2', null, { bmi: { value: 28.1, category: 'obese' }, findings: ['bmi_obese'], outcome: 'advice', urgent: false }, 'none'),
  ]);
}

describe('ILP figures in the PWS view', () => {
  let bot: TestBot;
  const sessions = staffSessions(() => bot);
  beforeAll(async () => {
    bot = await startTestBot({
      clock,
      workers: false,
      seed: async (c) => {
        await seedOtherArea(c, clock);
        await seedIlp(c);
        for (const phone of [OTHER_KADER, OTHER_LURAH]) await staffContact(c, clock, phone);
      },
    });
  });
  afterAll(async () => bot?.close());

  const view = async (phone: string) => (await bot.app.inject({ method: 'GET', url: '/api/pws?month=2026-03', headers: { cookie: await sessions.cookie(phone) } })).json();

  it('gives screenings and immunisation per posyandu, per RW and in total', async () => {
    const { ilp } = await view(OTHER_KADER);
    const screening = { screened: 2, hypertension: 1, highSugar: 0, obesity: 1, referred: 1, followUpsOpen: 1 };
    const immunisation = { children: 1, fullForAge: 0, withLateDoses: 1, lateDoses: 1, vitaminA: { round: '2026-02', eligible: 1, given: 1 } };
    expect(ilp.posyandu).toEqual([{ posyanduId: 'psy-other', name: 'Posyandu Lain', screening, immunisation }]);
    // The person without a chat counts at the posyandu only: RW 01 has one screening.
    expect(ilp.rw).toEqual([{ kelurahanId: 'kel-other', kelurahanName: 'Kelurahan Lain', rw: '01', screening: { ...screening, screened: 1, obesity: 0 }, immunisation }]);
    expect(ilp.total).toEqual({ screening, immunisation });
  });

  it('gives the lurah the same counts (aggregates only), and shows them on the page', async () => {
    const kader = await view(OTHER_KADER);
    const lurah = await view(OTHER_LURAH);
    expect(lurah.names).toBe(false);
    expect(lurah.ilp).toEqual(kader.ilp);
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03&lang=en', headers: { cookie: await sessions.cookie(OTHER_LURAH) } });
    const section = page.body.slice(page.body.indexOf('<section id="ilp">'));
    expect(section).toContain('Adult and elderly screening (ILP)');
    expect(section).toContain('<td>Posyandu Lain</td><td>2</td><td>1</td><td>0</td><td>1</td><td>1</td><td>1</td>');
    expect(section).toContain('<td>Posyandu Lain</td><td>1</td><td>0</td><td>1</td><td>1</td><td>1 / 1</td>');
    expect(section).not.toContain('Zaki');
  });
});
