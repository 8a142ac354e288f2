import { describe, expect, it } from 'vitest';
import { dosesFor, ROUTINE_SCHEDULE } from '../../../src/domain/immunisation/doses.js';
import schedule from '../../../src/domain/immunisation/schedule.json' with { type: 'json' };

const statusOf = (birth: string, today: string, received: string[] = []) =>
  Object.fromEntries(dosesFor(birth, today, new Set(received)).map((d) => [d.id, d.status]));

describe('routine immunisation schedule data', () => {
  it('names its source, year and the review it still needs', () => {
    expect(schedule.source).toMatch(/Permenkes No\. 12 Tahun 2017/);
    expect(schedule.year).toBeGreaterThanOrEqual(2017);
    expect(schedule.reviewed).toMatch(/checked against the current Kemenkes schedule/);
  });

  it('holds every dose once, in order of age', () => {
    const ids = ROUTINE_SCHEDULE.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ages = ROUTINE_SCHEDULE.map((d) => d.ageMonths);
    expect(ages).toEqual([...ages].sort((a, b) => a - b));
    expect(ROUTINE_SCHEDULE.filter((d) => d.ageMonths === 18).map((d) => d.id)).toEqual(['dpt_hb_hib4', 'mr2']);
  });
});

describe('dosesFor', () => {
  it('a newborn on its first day: HB0 due, everything else upcoming', () => {
    const s = statusOf('2026-03-01', '2026-03-01');
    expect(s.hb0).toBe('due');
    expect(Object.values(s).filter((v) => v !== 'upcoming')).toEqual(['due']);
  });

  it('HB0 is late after 7 days, not before', () => {
    expect(statusOf('2026-03-01', '2026-03-08').hb0).toBe('due');
    expect(statusOf('2026-03-01', '2026-03-09').hb0).toBe('late');
  });

  it('at 2 months and a few days: the 2-month doses are due, the 1-month doses late', () => {
    const s = statusOf('2026-01-10', '2026-03-12', ['hb0']);
    expect(s).toMatchObject({ hb0: 'done', bcg: 'late', polio1: 'late', dpt_hb_hib1: 'due', polio2: 'due', pcv1: 'due', rota1: 'due', dpt_hb_hib2: 'upcoming', mr1: 'upcoming' });
  });

  it('a dose turns late on the day a full month has passed after its age', () => {
    expect(statusOf('2026-01-10', '2026-04-09').dpt_hb_hib1).toBe('due');
    expect(statusOf('2026-01-10', '2026-04-10').dpt_hb_hib1).toBe('late');
  });

  it('a received dose is done even when it would be late, and one not yet due stays done too', () => {
    const s = statusOf('2025-01-10', '2026-03-12', ['bcg', 'mr2']);
    expect(s.bcg).toBe('done');
    expect(s.mr2).toBe('done');
    expect(s.mr1).toBe('late');
  });

  it('at 18 months the boosters are due', () => {
    const s = statusOf('2024-09-05', '2026-03-12');
    expect(s).toMatchObject({ dpt_hb_hib4: 'due', mr2: 'due', pcv3: 'late' });
  });

  it('gives the day the recommended age is reached, end of month kept by luxon', () => {
    const d = dosesFor('2026-01-31', '2026-01-31', new Set()).find((x) => x.id === 'pcv1');
    expect(d?.dueDate).toBe('2026-03-31');
    expect(dosesFor('2026-01-31', '2026-01-31', new Set()).find((x) => x.id === 'bcg')?.dueDate).toBe('2026-02-28');
  });
});
