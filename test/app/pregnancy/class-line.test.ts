/**
 * Kelas Ibu Hamil in what a pregnant mother reads: the next session of her posyandu that holds the
 * class while she is in its weeks, her weeks then; nothing once the birth is near; the class at a
 * session in its reminder; to ask the kader where the posyandu has no class on its schedule.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classLine, sessionClassNote } from '../../../src/app/pregnancy/class-line.js';
import { upcoming, type ScheduleParts } from '../../../src/app/schedule/sessions.js';
import { scheduleSchema } from '../../../src/domain/schedule/index.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';
import { demoSchedules } from '../../../src/main/demo-data.js';

const t = createTranslator(loadCatalog(join(import.meta.dirname, '../../../locales')));
const melati: ScheduleParts = { schedule: scheduleSchema.parse(demoSchedules.find((s) => s.posyanduId === 'psy-melati')), exceptions: [] };
const noClass: ScheduleParts = { ...melati, schedule: { ...melati.schedule, services: ['balita', 'ibu_hamil'] } };
// Monday 9 March 2026, 09:00 WIB; Melati meets on the 12th.
const now = new Date('2026-03-09T02:00:00Z');

describe('classLine', () => {
  it('names the next session holding the class and the weeks the mother will have then', () => {
    expect(classLine(t, 'id', '2026-09-17', melati, now)).toBe(
      'Kelas Ibu Hamil berikutnya di posyandu Anda: Kamis 12 Maret, jam 08.00–11.00 WIB di Balai RW 06; usia kehamilan Anda saat itu 13 minggu. Ikuti minimal 4 kali selama hamil, dan ajak suami atau keluarga.',
    );
    expect(classLine(t, 'en', '2026-09-17', melati, now)).toContain('Thursday 12 March, 08:00–11:00 WIB at Balai RW 06; you will be 13 weeks pregnant then');
    expect(classLine(t, 'su', '2026-09-17', melati, now)).toContain('Kemis 12 Maret, tabuh 08.00–11.00 WIB di Balai RW 06; yuswa kakandungan Anjeun harita 13 minggu');
  });

  it('skips a session before the class\'s weeks begin and a cancelled one', () => {
    // Due 1 December: 2 weeks on 12 March, 6 weeks on 13 April (the 12th is a Sunday).
    expect(classLine(t, 'id', '2026-12-01', melati, now)).toContain('Senin 13 April');
    const cancelled: ScheduleParts = { ...melati, exceptions: [{ kind: 'cancelled', originalDate: '2026-04-12' }] };
    expect(classLine(t, 'id', '2026-12-01', cancelled, now)).toContain('Selasa 12 Mei');
  });

  it('says nothing of the class once the birth is near', () => {
    expect(classLine(t, 'id', '2026-03-20', melati, now)).toBe('');
  });

  it('asks the kader where the posyandu holds no class or the mother has no posyandu', () => {
    const askKader = 'Ikuti juga Kelas Ibu Hamil di posyandu; tanyakan jadwalnya ke kader, atau ketik KAPAN POSYANDU.';
    expect(classLine(t, 'id', '2026-09-17', noClass, now)).toBe(askKader);
    expect(classLine(t, 'id', '2026-09-17', null, now)).toBe(askKader);
  });
});

describe('sessionClassNote', () => {
  const [session] = upcoming(melati, now, 1);

  it('tells a mother in the class\'s weeks that the session holds it', () => {
    expect(sessionClassNote(t, 'id', '2026-09-17', session!)).toBe(
      'Di posyandu ini ada Kelas Ibu Hamil; usia kehamilan Anda saat itu 13 minggu. Ikuti minimal 4 kali selama hamil, ajak suami atau keluarga, dan bawa Buku KIA.',
    );
  });

  it('is empty outside the weeks or at a session without the class', () => {
    expect(sessionClassNote(t, 'id', '2026-12-01', session!)).toBe('');
    const [plain] = upcoming(noClass, now, 1);
    expect(sessionClassNote(t, 'id', '2026-09-17', plain!)).toBe('');
  });
});
