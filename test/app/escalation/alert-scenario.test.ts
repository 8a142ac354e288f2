import { afterEach, describe, expect, it, vi } from 'vitest';
import { askerOf } from '../../../src/app/contacts/asker.js';
import { AlertDesk } from '../../../src/app/escalation/alert-desk.js';
import { AlertDeadlines } from '../../../src/app/escalation/alert-deadlines.js';
import type { EscalationDeps } from '../../../src/app/escalation/escalation-deps.js';
import { LurahDigestService } from '../../../src/app/escalation/lurah-digest-service.js';
import { turnCommit } from '../../../src/app/effects/commit-handlers.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { deadlineJobId } from '../../../src/queues/escalation-queue.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { measurementRecorder } from '../../helpers/record-measurement.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const HOUR = 3_600_000;
const translate = createTranslator(loadCatalog('locales'));
let bot: TestBot | undefined;

afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(): Promise<{ bot: TestBot; clock: ReturnType<typeof fixedClock>; deps: EscalationDeps }> {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  return { bot, clock, deps: { ...bot.container.deps, translate } };
}

async function onboard(b: TestBot, phone: string): Promise<void> {
  for (const text of ['halo', '1', 'ya']) await b.send(phone, text);
}

/** Sari, 33 months, 83 cm: 8.3 kg is WHZ −3.2 (severe wasting), also stunted, BGM and T. */
async function reportSevereWasting(b: TestBot): Promise<void> {
  for (const text of ['BB 8,3 kg TB 83 cm', 'Sari', 'ya', 'berdiri', '1']) await b.send(DEMO_PHONES.parent, text);
}

const texts = async (b: TestBot, phone: string) => (await b.history(phone)).map((m) => m.text);

async function urgentAlert(deps: EscalationDeps) {
  const alerts = await deps.escalation.alerts.unresolvedIn({ posyanduIds: ['psy-mawar'] });
  const urgent = alerts.find((a) => a.condition === 'severe_wasting');
  expect(urgent).toBeDefined();
  return urgent!;
}

describe('stunting-risk escalation through the bot', () => {
  it('tells kader, nutrition officer, lurah (no name) and family at once of an urgent case', async () => {
    const { bot: b, deps } = await start();
    for (const phone of [DEMO_PHONES.kader, DEMO_PHONES.puskesmas, DEMO_PHONES.lurah]) await onboard(b, phone);
    await reportSevereWasting(b);

    await vi.waitFor(async () => expect((await texts(b, DEMO_PHONES.parent)).some((t) => t.includes('Bawa Sari ke Puskesmas Bekasi Jaya hari ini'))).toBe(true), { timeout: 15_000, interval: 200 });
    await vi.waitFor(async () => expect((await texts(b, DEMO_PHONES.lurah)).some((t) => t.startsWith('Info kasus segera di RW 03'))).toBe(true), { timeout: 15_000, interval: 200 });
    const kader = await texts(b, DEMO_PHONES.kader);
    expect(kader.find((t) => t.startsWith('SEGERA: Sari (Posyandu Mawar, RW 03) gizi buruk'))).toContain('Ketik PERINGATAN');
    expect(kader.some((t) => t.startsWith('Sari (Posyandu Mawar, RW 03): pendek (stunting)'))).toBe(true);
    const officer = await texts(b, DEMO_PHONES.puskesmas);
    expect(officer.some((t) => t.startsWith('SEGERA untuk petugas gizi: Sari'))).toBe(true);
    // Faltering and the red line are kader follow-ups only.
    expect(officer.some((t) => t.includes('garis merah'))).toBe(false);
    const lurah = await texts(b, DEMO_PHONES.lurah);
    expect(lurah.join('\n')).not.toContain('Sari');
    expect(lurah.filter((t) => t.startsWith('Info kasus'))).toHaveLength(1);
    // Each staff member a child's case was pushed to is in the access log, with why; the family is not staff.
    const logged = (await deps.childAccess.list({ childId: 'ch-sari', limit: 500 })).filter((e) => e.action === 'alert.notice');
    expect(new Set(logged.map((e) => `${e.staffId}/${e.role}/${e.via}`))).toEqual(new Set(['per-kader-ani/kader/notice', 'per-tpg-rina/puskesmas/notice', 'per-lurah/lurah/notice']));
    // One measurement opened four alerts; the family hears only the most urgent advice.
    const parent = await texts(b, DEMO_PHONES.parent);
    expect(parent.filter((t) => t.includes('Kader akan'))).toHaveLength(1);
    // The alert message comes after the result the parent was reading.
    expect(parent.findIndex((t) => t.includes('Bawa Sari ke Puskesmas'))).toBeGreaterThan(parent.findIndex((t) => t.startsWith('Terima kasih, hasil Sari')));

    const alert = await urgentAlert(deps);
    expect(alert.deliveries.filter((d) => d.status === 'sent').map((d) => d.role).sort()).toEqual(['kader', 'lurah', 'parent', 'puskesmas']);
    const job = await bot!.container.escalation!.queue.queue.getJob(deadlineJobId(alert.id, 'kader'));
    expect(await job?.isDelayed()).toBe(true);
  });

  it('escalates an unacknowledged alert at its deadlines, up to the lurah without the child, and records it', async () => {
    const { bot: b, clock, deps } = await start();
    await onboard(b, DEMO_PHONES.kader);
    await onboard(b, DEMO_PHONES.lurah);
    await reportSevereWasting(b);
    const alert = await urgentAlert(deps);
    // The nutrition officer never wrote to the bot: recorded, and left to the deadline. The notice's
    // deliveries are stored one after another, so the wait is for this one, not for the first.
    await vi.waitFor(async () => expect((await deps.escalation.alerts.get(alert.id))?.deliveries.filter((d) => d.role === 'puskesmas').map((d) => d.status)).toEqual(['unreachable']), { timeout: 15_000, interval: 200 });

    const deadlines = new AlertDeadlines(deps);
    expect(await deadlines.deadline(alert.id, 'kader')).toEqual({ status: 'stale' }); // not due yet
    clock.advance(6 * HOUR);
    expect(await deadlines.deadline(alert.id, 'kader')).toEqual({ status: 'escalated', to: 'puskesmas' });
    expect(await deadlines.deadline(alert.id, 'kader')).toEqual({ status: 'stale' }); // a repeated job
    clock.advance(12 * HOUR);
    expect(await deadlines.sweep()).toBeGreaterThanOrEqual(1);

    const stored = await deps.escalation.alerts.get(alert.id);
    expect(stored?.level).toBe('lurah');
    expect(stored?.history.map((h) => [h.action, h.level?.to ?? null, h.reason ?? null])).toEqual([
      ['open', null, null],
      ['escalate', 'puskesmas', 'deadline_missed'],
      ['escalate', 'lurah', 'deadline_missed'],
    ]);
    const lurah = await texts(b, DEMO_PHONES.lurah);
    const notice = lurah.find((t) => t.startsWith('Tindak lanjut kasus gizi buruk di RW 03 belum dikonfirmasi sejak 10 Maret 2026 pukul 03.00 WIB'));
    expect(notice).toContain('Puskesmas Bekasi Jaya');
    expect(lurah.join('\n')).not.toContain('Sari');

    const audit = await b.container.models.audit.find({ subject: alert.id }).sort({ _id: 1 }).lean();
    expect(audit.map((a) => a.action)).toEqual(['alert.open', 'alert.escalate', 'alert.escalate']);
    expect(JSON.stringify(audit)).not.toContain('Sari');

    // At lurah level the lurah may acknowledge; the kader of another posyandu may do nothing.
    const desk = new AlertDesk(deps);
    const lurahContact = await deps.contacts.findByPhone(DEMO_PHONES.lurah);
    const acked = await desk.act(await askerOf(deps, lurahContact!._id), alert.id, { action: 'acknowledge' }, 'id', 'scenario:ack#1', clock.now());
    expect(acked).toMatchObject({ result: 'done', text: 'Tercatat: Anda menangani kasus ini.' });
    // The chat's commit stores the change; applied twice (a redelivered turn), it is stored once.
    for (let i = 0; i < 2; i++) if (acked.result === 'done') await turnCommit(b.container.deps).apply(acked.effects, { contactId: lurahContact!._id, ref: 'scenario:ack#1', now: clock.now(), erased: false });
    expect((await deps.escalation.alerts.get(alert.id))?.history.map((h) => h.action)).toEqual(['open', 'escalate', 'escalate', 'acknowledge']);
    await onboard(b, DEMO_PHONES.kaderMelati);
    const melati = await deps.contacts.findByPhone(DEMO_PHONES.kaderMelati);
    expect(await desk.act(await askerOf(deps, melati!._id), alert.id, { action: 'note', note: 'x' }, 'id', 'scenario:note#1', clock.now())).toEqual({ result: 'error', text: 'Kasus ini di luar wilayah Anda.' });
    expect(await desk.list(await askerOf(deps, melati!._id), 'id')).toEqual({ result: 'none' });
  });

  it('sends the lurah a weekly digest per RW, without names, once per period', async () => {
    const { bot: b, clock, deps } = await start();
    await onboard(b, DEMO_PHONES.lurah);
    await reportSevereWasting(b);
    clock.set(new Date('2026-03-16T00:00:00Z')); // Monday 07:00 WIB
    const digests = new LurahDigestService(deps);
    expect(await digests.sendAll()).toBe(1);
    await digests.sendAll();
    const sent = (await texts(b, DEMO_PHONES.lurah)).filter((t) => t.startsWith('Ringkasan gizi anak'));
    expect(sent).toEqual([
      [
        'Ringkasan gizi anak Kelurahan Margahayu, 9 Maret 2026 s.d. 15 Maret 2026',
        'RW 03: stunting baru 1, kasus berat 1, tindak lanjut terlambat 3, permintaan Pusling 0, kunjungan Pusling 0',
        'Total: stunting baru 1, kasus berat 1, tindak lanjut terlambat 3, permintaan Pusling 0, kunjungan Pusling 0',
      ].join('\n'),
    ]);
  });

  it('a lurah asking for the digest sees today\'s cases too (the last complete week and this week so far)', async () => {
    const { bot: b, clock, deps } = await start();
    await onboard(b, DEMO_PHONES.lurah);
    await reportSevereWasting(b);
    const lurah = (await deps.contacts.findByPhone(DEMO_PHONES.lurah))!;
    const text = await new LurahDigestService(deps).forAsker(await askerOf(deps, lurah._id), 'id', clock.now());
    expect(text).toContain('Ringkasan gizi anak Kelurahan Margahayu, 2 Maret 2026 s.d. 9 Maret 2026 pukul 09.00 WIB');
    expect(text).toContain('Total: stunting baru 1, kasus berat 1');
    expect(text).not.toContain('Tidak ada kasus baru');
  });

  it('resolves the alert when the child recovers, and a worse condition replaces a milder one', async () => {
    const { bot: b, clock, deps } = await start();
    await onboard(b, DEMO_PHONES.kader);
    await reportSevereWasting(b);
    const alert = await urgentAlert(deps);
    const kader = (await deps.contacts.findByPhone(DEMO_PHONES.kader))!;
    const record = measurementRecorder(b.container.deps, turnCommit(b.container.deps));
    const measure = async (date: string, weightKg: number, lengthCm: number) => {
      clock.set(new Date(`${date}T03:00:00Z`));
      const outcome = await record({ childId: 'ch-sari', date, weightKg, lengthCm, measure: 'H', source: 'kader', recordedBy: kader._id, confirmed: true });
      expect(outcome.status).toBe('saved');
    };
    await measure('2026-03-23', 10.6, 83.5); // WHZ ≥ −2: one clear measurement is not yet recovery
    expect((await deps.escalation.alerts.get(alert.id))?.state).toBe('open');
    await measure('2026-04-06', 10.9, 84); // the second one is
    const closed = await deps.escalation.alerts.get(alert.id);
    expect(closed?.state).toBe('resolved');
    expect(closed?.history.at(-1)).toMatchObject({ action: 'resolve', by: { id: 'system', role: 'system' }, reason: 'recovered' });

    const stunting = (await deps.escalation.alerts.unresolvedIn({ posyanduIds: ['psy-mawar'] })).find((a) => a.condition === 'stunting')!;
    await measure('2026-04-20', 10.0, 81); // now below −3 for length: severe stunting
    expect((await deps.escalation.alerts.get(stunting.id))?.history.at(-1)).toMatchObject({ action: 'resolve', reason: 'worsened' });
    const severe = (await deps.escalation.alerts.unresolvedIn({ posyanduIds: ['psy-mawar'] })).find((a) => a.condition === 'severe_stunting');
    expect(severe?.state).toBe('open');
  });
});
