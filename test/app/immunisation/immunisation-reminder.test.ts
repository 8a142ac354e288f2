import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderSender } from '../../../src/app/schedule/reminder-sender.js';
import type { ReminderKind } from '../../../src/domain/schedule/index.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { movingClock } from '../../../src/shared/clock.js';
import { reminderJob } from '../../helpers/next-session.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Sunday 1 February 2026 (a vitamin A month), 09:00 WIB, on a clock that moves on as the work runs.
// Mawar meets Tuesday 10 February 08:00–11:00. Budi turns 12 months on 15 January: PCV 3 is due; Sari
// (2 years 7 months) has every dose but the MR booster; both get the red vitamin A capsule.
const clock = movingClock(new Date('2026-02-01T02:00:00Z'), 1000);
const PHONES = { siti: DEMO_PHONES.parent, rina: '+628111000005', euis: '+628111000006' };

describe('immunisation and vitamin A in the reminders before a session (moving clock)', () => {
  let bot: TestBot;
  let sender: ReminderSender;
  const job = (kind: ReminderKind) => reminderJob(bot, 'psy-mawar', kind, clock.now());
  const texts = async (phone: string): Promise<string[]> => (await bot.history(phone)).map((m) => m.text);

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    sender = new ReminderSender(bot.container.deps);
    // Rina said BERHENTI; Euis only wants the morning reminder.
    await bot.container.deps.contacts.update('c-demo-parent-2', { optedOut: true });
    await bot.container.deps.contacts.update('c-demo-parent-3', { reminderKinds: ['morning_of'] });
  });
  afterAll(() => bot.close());

  it('waits for the end of quiet hours, then sends the first reminder with the doses and capsules due there', async () => {
    const threeDays = await job('three_days_before');
    clock.set(new Date('2026-02-06T16:00:00Z')); // 23:00 WIB: the job ran late, in quiet hours
    expect(await sender.send(threeDays)).toEqual({ status: 'later', later: new Date('2026-02-06T23:00:00Z') });
    expect(await texts(PHONES.siti)).toEqual([]);

    clock.set(new Date('2026-02-07T02:00:00Z'));
    expect(await sender.send(threeDays)).toMatchObject({ status: 'sent' });
    const siti = await texts(PHONES.siti);
    expect(siti).toHaveLength(2);
    expect(siti[1]).toBe(
      [
        'Di posyandu nanti, menurut jadwal imunisasi dan catatan kami:',
        '• Sari: Campak-Rubela (MR) lanjutan, Vitamin A (kapsul merah)',
        '• Budi: PCV 3 (lanjutan), Vitamin A (kapsul merah)',
        'Bawa Buku KIA, ya. Kalau sudah diberikan di tempat lain, kirim "sudah imunisasi …".',
      ].join('\n'),
    );
    expect(await texts(PHONES.rina)).toEqual([]); // opted out: no reminder, no note
    expect(await texts(PHONES.euis)).toEqual([]); // her first reminder is the morning one
  });

  it('later reminders of the same session do not repeat the note; the family that wants only the morning one gets it then, in Sundanese', async () => {
    const evening = await job('evening_before');
    clock.set(new Date('2026-02-09T11:30:00Z'));
    await sender.send(evening);
    const siti = await texts(PHONES.siti);
    expect(siti).toHaveLength(3);
    expect(siti[2]).not.toMatch(/imunisasi/);

    const morning = await job('morning_of');
    clock.set(new Date('2026-02-09T23:00:00Z'));
    await sender.send(morning);
    const euis = await texts(PHONES.euis);
    expect(euis).toHaveLength(2);
    // Asep (21 months, no record): only what is due this month, never every past dose: the red capsule.
    expect(euis[1]).toBe(
      [
        'Di posyandu engké, numutkeun jadwal imunisasi sareng catetan urang:',
        '• Asep: Vitamin A (kapsul beureum)',
        'Candak Buku KIA, nya. Upami parantos dipasihkeun di tempat sanés, kintunkeun "parantos imunisasi …".',
      ].join('\n'),
    );
  });

  it('a capsule recorded by the kader is not asked for again', async () => {
    const { deps } = bot.container;
    await deps.immunisations.insert({
      _id: 'im-test-asep-vita', childId: 'ch-asep', item: { kind: 'vitamin_a', capsule: 'red' }, givenOn: '2026-02-10',
      source: 'kader', recordedBy: 'c-kader', recordedAt: '2026-02-10T02:00:00.000Z', supersededBy: null, corrects: null,
    });
    const { sessionNote } = await import('../../../src/app/immunisation/session-note.js');
    const asep = (await deps.children.get('ch-asep'))!;
    expect(sessionNote(deps.engine.translate, 'su', [asep], await deps.immunisations.ofChildren(['ch-asep']), '2026-02-10')).toBe('');
  });
});
