import { describe, expect, it } from 'vitest';
import { nextScreeningAnswer } from '../../../src/app/schedule/schedule-answers.js';
import type { PosyanduSchedule } from '../../../src/app/schedule/schedule-records.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema, type IlpService } from '../../../src/domain/schedule/index.js';

const now = new Date('2026-03-09T02:00:00Z');

/** One posyandu whose sessions offer `services`, the 12th of every month. */
function schedules(services: IlpService[]): { get: (id: string) => Promise<PosyanduSchedule | null> } {
  const schedule = scheduleSchema.parse({ posyanduId: 'psy-x', zone: 'Asia/Jakarta', rule: { kind: 'day_of_month', day: 12 }, start: '08:00', end: '11:00', place: 'Balai RW 06', services });
  const record: PosyanduSchedule = { _id: 'psy-x', schedule, reminderPolicy: DEFAULT_REMINDER_POLICY, exceptions: [], revision: 1, updatedAt: now, updatedBy: null };
  return { get: async (id) => (id === 'psy-x' ? record : null) };
}

describe('nextScreeningAnswer: "kapan cek lagi?" from an adult', () => {
  it('gives the next session where the posyandu screens adults or the elderly', async () => {
    for (const services of [['balita', 'usia_produktif'], ['lansia']] as IlpService[][]) {
      const answer = await nextScreeningAnswer({ schedules: schedules(services) }, 'psy-x', 'id', now);
      expect(answer.result).toBe('some');
    }
  });

  it('never sends them to sessions that do not screen adults', async () => {
    expect(await nextScreeningAnswer({ schedules: schedules(['balita', 'ibu_hamil', 'kelas_ibu_hamil']) }, 'psy-x', 'id', now)).toEqual({ result: 'not_held' });
  });

  it('says when there is no posyandu, or no schedule yet', async () => {
    expect(await nextScreeningAnswer({ schedules: schedules(['lansia']) }, null, 'id', now)).toEqual({ result: 'no_posyandu' });
    expect(await nextScreeningAnswer({ schedules: schedules(['lansia']) }, 'psy-other', 'id', now)).toEqual({ result: 'none' });
  });
});
