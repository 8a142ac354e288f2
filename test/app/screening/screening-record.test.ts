/**
 * What a kader's screening record does beyond the kader's own replies: the person (a bot contact)
 * gets their results once, the record is sealed at rest and carries an open follow-up, and a
 * replayed commit of the same effect stores and sends nothing new.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnCommit } from '../../../src/app/effects/commit-handlers.js';
import type { ScreeningRecordEffect } from '../../../src/app/screening/screening-effects.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { isSealed } from '../../../src/store/data-seal.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

describe('screening.record', () => {
  let bot: TestBot;
  const clock = fixedClock(new Date('2026-03-12T02:30:00Z'));

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya', 'cek kesehatan', 'Pak Darto', '1', '58', '0811 1000 012', 'tensi 185/100', 'ya']) await bot.send(DEMO_PHONES.kaderMelati, text);
  });
  afterAll(() => bot.close());

  it('sends the person a kind explanation and a same-day referral, once', async () => {
    const notices = (await bot.container.deps.messages.outboundFor('c-demo-adult')).filter((m) => m.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('Tensi 185/100 mmHg: hipertensi derajat 2');
    expect(notices[0]!.text).toContain('HARI INI');
  });

  it('stores the screening sealed, linked to the person, with an open follow-up', async () => {
    const [latest] = await bot.container.deps.screenings.ofContact('c-demo-adult');
    expect(latest).toMatchObject({ posyanduId: 'psy-melati', followUp: 'open', person: { name: 'Pak Darto', sex: 'male', age: 58 }, reading: { outcome: 'refer', urgent: true } });
    const raw = await bot.container.models.connection.db!.collection('screenings').findOne({ _id: latest!._id as never });
    expect(isSealed(raw!.person)).toBe(true);
    expect(isSealed(raw!.values)).toBe(true);
    expect(isSealed(raw!.reading)).toBe(true);
    expect((await bot.container.deps.screenings.openFollowUps('psy-melati')).map((r) => r._id)).toEqual([latest!._id]);
  });

  it('changes nothing when the same effect is applied again (a redelivered turn)', async () => {
    const { deps } = bot.container;
    const [latest] = await deps.screenings.ofContact('c-demo-adult');
    const effect: ScreeningRecordEffect = { type: 'screening.record', id: latest!._id, record: latest!, notice: { contactId: 'c-demo-adult', text: 'again' } };
    await turnCommit(deps).apply([effect], { contactId: 'c-kader', now: clock.now(), erased: false });
    expect(await deps.screenings.ofContact('c-demo-adult')).toHaveLength(2);
    expect((await deps.messages.outboundFor('c-demo-adult')).filter((m) => m.kind === 'notice').map((m) => m.text)).not.toContain('again');
  });

  it("HAPUS DATA erases the person's screenings; CABUT IZIN erases a registered pregnancy", async () => {
    const { deps } = bot.container;
    await bot.send(DEMO_PHONES.adult, 'hapus data');
    await bot.send(DEMO_PHONES.adult, 'ya');
    expect(await deps.screenings.ofContact('c-demo-adult')).toEqual([]);
    await deps.pregnancies.save({ _id: 'c-demo-pregnant', posyanduId: 'psy-melati', dates: { dueDate: '2026-09-17', lmp: null }, registeredAt: clock.now(), lapseAt: new Date('2026-10-29T00:00:00Z'), remindedVisit: 0 });
    await bot.send(DEMO_PHONES.pregnant, 'cabut izin');
    await bot.send(DEMO_PHONES.pregnant, 'ya');
    expect(await deps.pregnancies.get('c-demo-pregnant')).toBeNull();
    expect(await deps.screenings.ofContact('c-demo-elderly')).toHaveLength(1);
  });
});

describe('screening.find_contact', () => {
  let bot: TestBot;
  const clock = fixedClock(new Date('2026-03-12T02:30:00Z'));
  beforeAll(async () => {
    bot = await startTestBot({ clock, workers: false, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  const find = async (phone: string) => {
    const contact = { id: 'c-kader', lang: 'id' as const, role: 'kader' as const, consented: true, optedOut: false, timezone: 'Asia/Jakarta', facts: {} };
    return bot.container.deps.engine.actions.invoke('screening.find_contact', { contact, vars: {}, args: { phone }, now: clock.now(), translate: bot.container.deps.engine.translate });
  };

  it('links a consented family contact, never staff, never a withdrawn contact', async () => {
    expect(await find('0811 1000 012')).toEqual({ result: 'contact', data: { id: 'c-demo-adult' } });
    expect((await find('-')).result).toBe('none');
    expect((await find('081')).result).toBe('invalid');
    await bot.container.deps.contacts.update('c-demo-adult', { consentAt: null, optedOut: true });
    expect((await find('0811 1000 012')).result).toBe('none');
  });
});
