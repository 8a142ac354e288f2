import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Posyandu } from '../../src/app/registry/registry-records.js';
import type { PosyanduSchedule } from '../../src/app/schedule/schedule-records.js';
import { changeFromFlow } from '../../src/app/schedule/change-from-flow.js';
import { changeLines } from '../../src/app/schedule/change-words.js';
import { changeSchedule, scheduleChangeSchema } from '../../src/app/schedule/schedule-change.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema } from '../../src/domain/schedule/index.js';
import type { Json } from '../../src/engine/index.js';
import { createTranslator, type Translate } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/shared/lang.js';
import { catalog } from './answer-texts.js';
import { message } from './inputs.js';

const NOW = new Date('2026-03-09T02:00:00Z');
const posyandu: Posyandu = { _id: 'psy-mawar', name: 'Mawar', address: 'Balai RW 03', kelurahanId: 'k', puskesmasId: 'p', rws: ['03'], timezone: 'Asia/Jakarta' };
const record: PosyanduSchedule = {
  _id: 'psy-mawar',
  schedule: scheduleSchema.parse({ posyanduId: 'psy-mawar', zone: 'Asia/Jakarta', rule: { kind: 'nth_weekday', n: 2, weekday: 2 }, start: '08:00', end: '11:00', place: 'Balai RW 03', services: ['balita'] }),
  reminderPolicy: DEFAULT_REMINDER_POLICY,
  exceptions: [],
  revision: 1,
  updatedAt: NOW,
  updatedBy: null,
};

const isoDay = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const clock = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
/** Mostly the shape the flow gives, sometimes any JSON. */
const mostly = <T extends Json>(valid: fc.Arbitrary<T>): fc.Arbitrary<Json> => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: anyJson });
const args: fc.Arbitrary<Record<string, Json>> = fc.record({
  kind: mostly(fc.constantFrom('move', 'cancel', 'rule')),
  sessionId: mostly(fc.oneof(fc.constantFrom('psy-mawar@2026-03-10', 'psy-mawar@2026-04-14', 'psy-melati@2026-03-10'), isoDay.map((d) => `psy-mawar@${d}`))),
  date: mostly(fc.oneof(isoDay, fc.constantFrom('2026-03-12', '2026-03-20'))),
  time: mostly(fc.oneof(fc.record({ start: clock, end: clock }), fc.constantFrom({ start: '08:00', end: '11:00' }))),
  place: mostly(message),
  note: mostly(message),
  rule_kind: mostly(fc.constantFrom('day_of_month', 'nth_weekday', 'last_weekday')),
  day: mostly(fc.integer({ min: -1, max: 32 }).map(String)),
  n: mostly(fc.integer({ min: -1, max: 6 }).map(String)),
  weekday: mostly(fc.integer({ min: 0, max: 8 })),
});

/** The real catalog, noting every key asked in a language that does not have it. */
function strictTranslator(): { translate: Translate; missing: string[] } {
  const plain = createTranslator(catalog);
  const missing: string[] = [];
  return {
    missing,
    translate: (lang, key, params) => {
      if (catalog[lang][key] === undefined) missing.push(`${lang}:${key}`);
      return plain(lang, key, params);
    },
  };
}

describe('fuzz: schedule changes from the JADWAL flow', () => {
  it('flow answers give a valid change or none; a change that applies is told in every language', () => {
    const told = new Set<string>();
    fc.assert(
      fc.property(args, (flowArgs) => {
        const change = changeFromFlow(flowArgs);
        if (!change) return;
        expect(scheduleChangeSchema.safeParse(change).success).toBe(true);
        const outcome = changeSchedule(record, posyandu, change, NOW);
        if (!outcome.ok) {
          expect(['no_session', 'past', 'too_far', 'closed_weekday', 'invalid']).toContain(outcome.problem);
          return;
        }
        const { translate, missing } = strictTranslator();
        for (const lang of LANGS) {
          const lines = changeLines(translate, lang, change, outcome.record, outcome.session, NOW);
          for (const line of lines) expect(line).toMatch(/\S/);
        }
        expect(missing).toEqual([]);
        told.add(change.kind);
      }),
      { numRuns: 300 },
    );
    // The property reached every kind of change, not only refusals.
    expect([...told].sort()).toEqual(['cancel', 'move', 'rule']);
  });
});
