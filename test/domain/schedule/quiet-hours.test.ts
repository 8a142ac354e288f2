import { describe, expect, it } from 'vitest';
import { nextAllowedSendTime, type QuietHours } from '../../../src/domain/schedule/index.js';

describe('nextAllowedSendTime', () => {
  const cases: Array<[string, string, string, QuietHours | undefined, string]> = [
    ['daytime is allowed', '2026-03-09T03:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T03:00:00.000Z'],
    ['20:59 WIB is allowed', '2026-03-09T13:59:00Z', 'Asia/Jakarta', undefined, '2026-03-09T13:59:00.000Z'],
    ['21:00 WIB moves to 06:00 next day', '2026-03-09T14:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['22:00 WIB across midnight', '2026-03-09T15:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['02:00 WIB moves to 06:00 same day', '2026-03-09T19:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['05:59:30 WIB moves to 06:00', '2026-03-09T22:59:30Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['06:00 WIB is allowed', '2026-03-09T23:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['23:00 WITA on New Year\'s Eve → 06:00 WITA 1 Jan', '2026-12-31T15:00:00Z', 'Asia/Makassar', undefined, '2026-12-31T22:00:00.000Z'],
    // 22:00 UTC is 07:00 WIT (allowed) but 05:00 WIB (quiet): the zone decides.
    ['07:00 WIT is allowed', '2026-03-09T22:00:00Z', 'Asia/Jayapura', undefined, '2026-03-09T22:00:00.000Z'],
    ['05:00 WIB at the same instant', '2026-03-09T22:00:00Z', 'Asia/Jakarta', undefined, '2026-03-09T23:00:00.000Z'],
    ['21:30 WIT → 06:00 WIT', '2026-03-09T12:30:00Z', 'Asia/Jayapura', undefined, '2026-03-09T21:00:00.000Z'],
    ['daytime window 12:00–13:00', '2026-03-09T05:30:00Z', 'Asia/Jakarta', { start: '12:00', end: '13:00' }, '2026-03-09T06:00:00.000Z'],
    ['after a daytime window', '2026-03-09T06:30:00Z', 'Asia/Jakarta', { start: '12:00', end: '13:00' }, '2026-03-09T06:30:00.000Z'],
    ['start equal to end: no quiet hours', '2026-03-09T15:00:00Z', 'Asia/Jakarta', { start: '00:00', end: '00:00' }, '2026-03-09T15:00:00.000Z'],
    ['custom 22:00–05:00 at 21:30 is allowed', '2026-03-09T14:30:00Z', 'Asia/Jakarta', { start: '22:00', end: '05:00' }, '2026-03-09T14:30:00.000Z'],
  ];
  it.each(cases)('%s', (_name, at, zone, quiet, expected) => {
    expect(nextAllowedSendTime(new Date(at), zone, quiet).toISOString()).toBe(expected);
  });

  it('does not change the Date it was given', () => {
    const at = new Date('2026-03-09T15:00:00Z');
    nextAllowedSendTime(at, 'Asia/Jakarta');
    expect(at.toISOString()).toBe('2026-03-09T15:00:00.000Z');
  });
});
