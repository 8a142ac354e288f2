import { describe, expect, it } from 'vitest';
import { ANTENATAL_CLASS, classWeekOn } from '../../../src/domain/pregnancy/index.js';

describe('Kelas Ibu Hamil (Pedoman Pelaksanaan Kelas Ibu Hamil; Buku KIA)', () => {
  it('is for 4 to 36 weeks of pregnancy, at least 4 meetings', () => {
    expect([ANTENATAL_CLASS.fromWeek, ANTENATAL_CLASS.toWeek, ANTENATAL_CLASS.minimumMeetings]).toEqual([4, 36, 4]);
  });

  // Due 2026-12-04: week 0 began 2026-02-27.
  it.each([
    ['2026-03-26', undefined], // 3 weeks 6 days: too early to be sure of the pregnancy
    ['2026-03-27', 4],
    ['2026-08-11', 23],
    ['2026-11-12', 36], // 36 weeks 6 days: the window's last day
    ['2026-11-13', undefined], // 37 weeks: the birth is near
    ['2026-12-20', undefined], // past the due date
  ])('on %s the mother has %s weeks in the window', (day, week) => {
    expect(classWeekOn('2026-12-04', day)).toBe(week);
  });

  it('follows the window it is given', () => {
    expect(classWeekOn('2026-12-04', '2026-08-11', { fromWeek: 24, toWeek: 32, minimumMeetings: 3 })).toBeUndefined();
    expect(classWeekOn('2026-12-04', '2026-08-18', { fromWeek: 24, toWeek: 32, minimumMeetings: 3 })).toBe(24);
  });
});
