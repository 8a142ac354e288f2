import { scheduleSchema, type Schedule, type ScheduleInput } from '../../../src/domain/schedule/index.js';

/** A "second Tuesday, 08:00–11:00 WIB" posyandu; tests override what they need. */
export function makeSchedule(overrides: Partial<ScheduleInput> = {}): Schedule {
  return scheduleSchema.parse({
    posyanduId: 'bekasi-rw05',
    zone: 'Asia/Jakarta',
    rule: { kind: 'nth_weekday', n: 2, weekday: 2 },
    start: '08:00',
    end: '11:00',
    place: 'Balai RW 05',
    services: ['balita', 'ibu_hamil'],
    ...overrides,
  });
}

export const utc = (iso: string): Date => new Date(iso);
