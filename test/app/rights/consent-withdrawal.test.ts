import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderSender } from '../../../src/app/schedule/reminder-sender.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type Reply, type TestBot } from '../../helpers/services.js';
import { until } from '../../helpers/until.js';
import { addressKeysOf, sealOf } from '../../../src/store/sealed-fields.js';

// Saturday 7 March 2026, 09:00 WIB: the three-days reminder of Mawar's Tuesday 10 March session is due.
const clock = fixedClock(new Date('2026-03-07T02:00:00Z'));
const KADER = DEMO_PHONES.kader;
const SITI = DEMO_PHONES.parent;
const RINA = '+628111000005'; // Posyandu Mawar, RW 02, mother of Dewi
const MAWAR_REMINDER = { key: 'psy-mawar@2026-03-10|20260310T0800|three_days_before', posyanduId: 'psy-mawar', sessionId: 'psy-mawar@2026-03-10', start: '2026-03-10T08:00:00+07:00', kind: 'three_days_before' };

const texts = (replies: Reply[]) => replies.map((r) => r.text);

describe('consent withdrawal (CABUT IZIN) on the real database: the family is no longer processed', () => {
  let bot: TestBot;
  const deps = () => bot.container.deps;
  const models = () => bot.container.models;

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { BROADCAST_CHECK_MS: '100' }, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
    expect(texts(await bot.send(RINA, 'cabut izin'))[1]).toBe('Yakin ingin menarik persetujuan? (YA/TIDAK)');
    expect(texts(await bot.send(RINA, 'ya'))[0]).toMatch(/^Persetujuan Anda sudah dicabut\./);
  });
  afterAll(() => bot.close());

  it('keeps only what honours the withdrawal: no consent, place, household or reminder choices; the child only she cared for is erased', async () => {
    const contact = await deps().contacts.get('c-demo-parent-2');
    expect(contact).toMatchObject({ consentAt: null, consentVersion: null, optedOut: true, role: null, posyanduId: null, rw: null, kelurahanId: null, reminderKinds: null, groups: [], lang: 'id' });
    expect(await deps().children.get('ch-dewi')).toBeNull();
    expect(await models().measurements.countDocuments({ childId: 'ch-dewi' })).toBe(0);
    // Addresses and texts are sealed: her messages are found by the address's lookup key.
    expect(await models().inbound.countDocuments({ addressKey: { $in: addressKeysOf(sealOf(models().connection), 'simulator', RINA) } })).toBe(0);
    const audit = await models().audit.find({ action: 'consent.withdraw' }).lean();
    expect(audit).toEqual([expect.objectContaining({ actor: 'c-demo-parent-2', subject: 'c-demo-parent-2', data: { childrenErased: 1, childrenKept: 0 } })]);
    // Nothing personal in the audit entry: no phone, no child name.
    expect(JSON.stringify(audit)).not.toMatch(/628111000005|Dewi/);
  });

  it('gets no posyandu reminder; a family that still consents does', async () => {
    const result = await new ReminderSender(deps()).send(MAWAR_REMINDER);
    expect(result).toMatchObject({ status: 'sent' });
    expect((await deps().schedules.families('psy-mawar')).map((c) => c._id)).not.toContain('c-demo-parent-2');
    await until('Siti has the reminder', async () => texts(await bot.history(SITI)).find((t) => t.startsWith('Pengingat: posyandu')));
    expect(texts(await bot.history(RINA)).filter((t) => t.startsWith('Pengingat'))).toEqual([]);
  });

  it('is in no broadcast audience: not in all families, not in her RW, and receives nothing', async () => {
    expect(await deps().broadcasts.store.members({ posyanduId: 'psy-mawar', rw: '02' })).toEqual([]);
    expect((await deps().broadcasts.store.members({ posyanduId: 'psy-mawar' })).map((m) => m._id)).not.toContain('c-demo-parent-2');
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Posyandu Selasa ada imunisasi campak.');
    await bot.send(KADER, 'semua');
    await bot.send(KADER, 'ya');
    await until('Siti has the broadcast', async () => texts(await bot.history(SITI)).find((t) => t.includes('imunisasi campak')));
    await until('the report', async () => texts(await bot.history(KADER)).find((t) => t.startsWith('Siaran Posyandu Mawar selesai')));
    expect(texts(await bot.history(RINA)).filter((t) => t.includes('imunisasi campak'))).toEqual([]);
  });

  it('hears of no Pusling visit in her RW', async () => {
    expect(await deps().pusling.familiesOfRw('kel-margahayu', '02')).toEqual([]);
  });

  it('comes back only by agreeing again: MULAI starts onboarding, and she is no family until then', async () => {
    expect(texts(await bot.send(RINA, 'halo'))).toEqual(['Anda sudah berhenti menerima pesan dari Posyandu Bot. Ketik MULAI kalau ingin memakai layanan ini lagi.']);
    expect(texts(await bot.send(RINA, 'MULAI'))[0]).toMatch(/^Halo! Selamat datang di Posyandu Bot/);
    expect(await deps().contacts.get('c-demo-parent-2')).toMatchObject({ optedOut: false, consentAt: null });
    expect(await deps().broadcasts.store.members({ posyanduId: 'psy-mawar' })).not.toContainEqual(expect.objectContaining({ _id: 'c-demo-parent-2' }));
  });

  it('a parent without consent who is still placed at a posyandu (never agreed, or not yet again) gets no reminder or Pusling news', async () => {
    await deps().contacts.update('c-demo-parent-3', { consentAt: null });
    expect((await deps().schedules.families('psy-mawar')).map((c) => c._id)).not.toContain('c-demo-parent-3');
    expect(await deps().pusling.familiesOfRw('kel-margahayu', '04')).toEqual([]);
  });
});
