import { describe, expect, it } from 'vitest';
import { rescreenDue } from '../../../src/domain/screening/index.js';

describe('when an adult is checked again (Juknis Posbindu PTM: monthly with a risk factor, yearly otherwise)', () => {
  it.each([
    ['advice, four weeks on', 'advice', '2026-11-10', '2026-12-08', 'monthly'],
    ['advice, 25 days on (the boundary)', 'advice', '2026-11-10', '2026-12-05', 'monthly'],
    ['advice, 24 days on', 'advice', '2026-11-10', '2026-12-04', null],
    ['referred, a month on', 'refer', '2026-11-10', '2026-12-10', 'monthly'],
    ['normal, a month on', 'normal', '2026-11-10', '2026-12-08', null],
    ['normal, eleven months on (the boundary)', 'normal', '2026-01-10', '2026-12-10', 'yearly'],
    ['normal, a day short of eleven months', 'normal', '2026-01-10', '2026-12-09', null],
    ['normal, two years on', 'normal', '2024-12-01', '2026-12-08', 'yearly'],
    ['the same day', 'advice', '2026-12-08', '2026-12-08', null],
    ['a session before the screening', 'advice', '2026-12-08', '2026-11-10', null],
    ['an unreadable day', 'advice', 'kemarin', '2026-12-08', null],
  ] as const)('%s', (_name, outcome, day, session, expected) => {
    expect(rescreenDue({ outcome, day }, session)).toBe(expected);
  });
});
