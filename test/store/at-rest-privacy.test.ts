/**
 * No phone number or name in MongoDB in clear: after a demo-like conversation on every channel
 * (simulator, WhatsApp Cloud, Telegram with a shared phone), an alert to staff, a broadcast batch and
 * an address marked unreachable, every string of every document of every collection is either sealed,
 * a lookup key, or free of the people's phone digits and names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markUnreachable } from '../../src/app/reachability.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { isSealed } from '../../src/store/data-seal.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { until } from '../helpers/until.js';
import { ALL_INPUTS_ENV, cloudBody, postCloud, postTelegram } from '../http/bot-env.js';

const WA = '628111000061';
const TG_PHONE = '+628111000062';
// The digits every demo and test phone shares ("+62811 1000 0xx", "0811…", "62811…"), and the people's names.
const PHONE_DIGITS = /8111000\d{3}/;
const NAMES = /\b(Sari|Budi|Dewi|Asep|Bu Ani|Bu Wati|Bu Rina|Pak Lurah|Bu Sumi|Pak Darto|Mak Iyah)\b/;

/** Every string in a document that is neither sealed nor a lookup key (`<key id>:<hmac>`), with its path. */
function clearStrings(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (!isSealed(value) && !/^[0-9a-f]{8}:[A-Za-z0-9_-]{43}$/.test(value)) out.push([path, value]);
  } else if (Array.isArray(value)) value.forEach((v, i) => clearStrings(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value) && value.constructor?.name !== 'ObjectId' && value.constructor?.name !== 'Binary') {
    for (const [key, v] of Object.entries(value)) clearStrings(v, path ? `${path}.${key}` : key, out);
  }
}

describe('personal data at rest in every collection', () => {
  let bot: TestBot;
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: ALL_INPUTS_ENV, seed: (c) => seedDemo(c.models, clock.now()) });
    const { deps } = bot.container;
    for (const phone of [DEMO_PHONES.kader, DEMO_PHONES.puskesmas, DEMO_PHONES.lurah]) for (const text of ['halo', '1', 'ya']) await bot.send(phone, text);
    // Sari, 83 cm at 8.3 kg: an urgent alert pushed to kader, nutrition officer and lurah.
    for (const text of ['BB 8,3 kg TB 83 cm', 'Sari', 'ya', 'berdiri', '1']) await bot.send(DEMO_PHONES.parent, text);
    await bot.send(DEMO_PHONES.kader, 'ukur');
    await bot.send(DEMO_PHONES.kader, 'budi');
    await bot.send(DEMO_PHONES.kader, 'BB 8,6 PB 72,5');
    // An adult's screening (health data, a name) and a registered pregnancy (dates).
    for (const text of ['halo', '1', 'ya', 'cek kesehatan', 'Bu Sumi', '2', '61', '-', 'ya', 'tensi 165/100 gds 150', 'ya']) await bot.send(DEMO_PHONES.kaderMelati, text);
    for (const text of ['saya hamil', 'ya', '1', '10 Desember 2025', 'ya']) await bot.send(DEMO_PHONES.pregnant, text);
    // WhatsApp Cloud and Telegram (a phone shared from the contact button).
    await postCloud(bot, cloudBody({ messages: [{ from: WA, id: 'wamid.PRIV1', timestamp: '1773021000', type: 'text', text: { body: 'halo' } }] }));
    await postTelegram(bot, { update_id: 990001, message: { message_id: 1, date: 1773021000, chat: { id: 4242, type: 'private' }, from: { id: 4242, is_bot: false, first_name: 'T' }, text: '/start' } });
    await postTelegram(bot, { update_id: 990002, message: { message_id: 2, date: 1773021001, chat: { id: 4242, type: 'private' }, from: { id: 4242, is_bot: false, first_name: 'T' }, contact: { phone_number: TG_PHONE, first_name: 'T', user_id: 4242 } } });
    for (const id of ['whatsapp-cloud:wamid.PRIV1', 'telegram:990001', 'telegram:990002']) {
      await until(id, async () => ((await deps.messages.getInbound(id))?.status === 'processed' ? true : undefined));
    }
    // A WhatsApp number refused for good, and a broadcast batch that lists it.
    const wa = (await deps.contacts.findByAddress('whatsapp-cloud', WA))!;
    await deps.contacts.update(wa._id, { unreachable: markUnreachable(wa, 'whatsapp-cloud', WA, 'blocked', clock.now()) });
    await bot.container.models.broadcastBatches.insertMany([{ _id: 'b-priv-0', broadcastId: 'b-priv', index: 0, recipients: [{ contactId: wa._id, channel: 'whatsapp-cloud', address: WA, lang: 'id' }] }]);
  });
  afterAll(() => bot.close());

  it('holds no phone digits and no names in clear, in any collection', async () => {
    const db = bot.container.models.connection.db!;
    const found: string[] = [];
    for (const { name } of await db.listCollections().toArray()) {
      for (const doc of await db.collection(name).find({}).toArray()) {
        const strings: Array<[string, string]> = [];
        clearStrings(doc, '', strings);
        for (const [path, value] of strings) if (PHONE_DIGITS.test(value) || NAMES.test(value)) found.push(`${name} ${String(doc._id).slice(0, 40)} ${path}: ${value.slice(0, 80)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps screening values and pregnancy dates sealed, and reads them back', async () => {
    const { deps, models } = bot.container;
    const raw = await models.connection.db!.collection('screenings').find({ posyanduId: 'psy-melati' }).toArray();
    expect(raw.length).toBeGreaterThan(0);
    for (const doc of raw) for (const field of ['person', 'values', 'reading']) expect(isSealed(doc[field])).toBe(true);
    const pregnancy = await models.connection.db!.collection('pregnancies').findOne({});
    expect(isSealed(pregnancy?.dates)).toBe(true);
    expect((await deps.pregnancies.get('c-demo-pregnant'))?.dates).toEqual({ dueDate: '2026-09-17', lmp: '2025-12-10' });
    expect((await deps.screenings.openFollowUps('psy-melati'))[0]?.person).toEqual({ name: 'Bu Sumi', sex: 'female', age: 61 });
  });

  it('keeps dose records sealed (what was given, the day) and reads them back', async () => {
    const { deps, models } = bot.container;
    const raw = await models.connection.db!.collection('immunisations').find({}).toArray();
    expect(raw.length).toBeGreaterThan(0);
    for (const doc of raw) for (const field of ['item', 'givenOn']) expect(isSealed(doc[field] as string)).toBe(true);
    const budi = await deps.immunisations.ofChild(String(raw[0]!.childId));
    expect(budi[0]?.item.kind).toMatch(/^(dose|vitamin_a)$/);
    expect(budi[0]?.givenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('still reads everything back: addresses, transcripts, unreachable marks, broadcast recipients', async () => {
    const { deps, models } = bot.container;
    const wa = (await deps.contacts.findByAddress('whatsapp-cloud', WA))!;
    expect(await deps.contacts.addresses(wa._id)).toEqual([{ channel: 'whatsapp-cloud', address: WA }]);
    expect(wa.unreachable).toEqual([expect.objectContaining({ channel: 'whatsapp-cloud', address: WA })]);
    expect((await deps.messages.getInbound('whatsapp-cloud:wamid.PRIV1'))).toMatchObject({ address: WA, text: 'halo' });
    expect((await deps.messages.outboundFor(wa._id)).every((m) => m.address === WA && m.text.length > 0)).toBe(true);
    expect((await models.broadcastBatches.findById('b-priv-0').lean())?.recipients).toEqual([{ contactId: wa._id, channel: 'whatsapp-cloud', address: WA, lang: 'id' }]);
    expect((await bot.history(DEMO_PHONES.parent)).some((m) => m.text.includes('Sari'))).toBe(true);
    expect((await deps.contacts.findByAddress('telegram', '4242'))?.phone).toBe(TG_PHONE);
  });
});
