import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessAnthropometry, classifyGrowth, INDICATORS, kmsHistory, type AnthroInput } from '../../src/domain/growth/index.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Mostly values a child could have, sometimes any finite double. */
const measure = (low: number, high: number) => fc.option(fc.oneof({ weight: 3, arbitrary: fc.double({ min: low, max: high, noNaN: true }) }, { weight: 1, arbitrary: finite }), { nil: undefined });
const isoDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const age = fc.oneof(
  fc.record({ ageDays: fc.oneof(fc.integer({ min: -10, max: 7000 }), finite) }),
  fc.record({ ageMonths: fc.oneof(fc.double({ min: 0, max: 240, noNaN: true }), finite) }),
  fc.record({ birthDate: isoDay, visitDate: isoDay }),
  fc.constant({}),
);
const input = fc
  .tuple(
    age,
    fc.record({
      sex: fc.constantFrom(1 as const, 2 as const),
      weightKg: measure(0.5, 80),
      lenheiCm: measure(30, 200),
      measure: fc.option(fc.constantFrom('L' as const, 'H' as const), { nil: undefined }),
      oedema: fc.boolean(),
      headCm: measure(25, 60),
      armCm: measure(5, 40),
      tricepsMm: measure(2, 40),
      subscapularMm: measure(2, 40),
    }),
  )
  .map(([a, m]) => Object.fromEntries(Object.entries({ ...a, ...m }).filter(([, v]) => v !== undefined)) as unknown as AnthroInput);

describe('fuzz: the growth scorer', () => {
  it('any finite age and measures give finite z-scores, or none for an index that does not apply', () => {
    const scored = new Set<string>();
    fc.assert(
      fc.property(input, (child) => {
        const result = assessAnthropometry(child);
        for (const indicator of INDICATORS) if (result.z[indicator] !== undefined) scored.add(indicator);
        for (const indicator of INDICATORS) {
          for (const z of [result.z[indicator], result.zRounded[indicator]]) {
            if (z !== undefined) expect(Number.isFinite(z), `${indicator} ${z} for ${JSON.stringify(child)}`).toBe(true);
          }
          if (result.zRounded[indicator] !== undefined) expect(typeof result.flags[indicator]).toBe('boolean');
        }
        expect(JSON.stringify(classifyGrowth(result, child.oedema))).not.toMatch(/null/);
      }),
      { numRuns: 300 },
    );
    expect([...scored]).toEqual(expect.arrayContaining(['waz', 'haz', 'whz', 'baz', 'hcz']));
  });

  it('kmsHistory reads any weighings without NaN in what it shows', () => {
    const weighing = fc.record({ date: isoDay, weightKg: fc.oneof(fc.double({ min: 0.5, max: 40, noNaN: true }), finite) });
    fc.assert(
      fc.property(fc.constantFrom(1 as const, 2 as const), isoDay, fc.array(weighing, { maxLength: 8 }), (sex, birthDate, weighings) => {
        for (const entry of kmsHistory({ sex, birthDate }, weighings)) {
          if (entry.gainGrams !== undefined) expect(Number.isFinite(entry.gainGrams)).toBe(true);
          expect(typeof entry.bgm).toBe('boolean');
        }
      }),
      { numRuns: 200 },
    );
  });

  // Found by the property above: a length of 5e-324 cm gave a BMI of Infinity and BAZ Infinity; a
  // 0.5 cm length measured lying after two years became −0.2 cm and gave HAZ NaN.
  it('regression: a derived BMI or length outside the positive finite range leaves its indices out', () => {
    const tiny = assessAnthropometry({ sex: 1, ageDays: 0, weightKg: 0.5, lenheiCm: 5e-324 });
    expect(tiny.z.baz).toBeUndefined();
    const older = assessAnthropometry({ sex: 2, ageMonths: 100, weightKg: 20, lenheiCm: 5e-324 });
    expect(older.z.baz).toBeUndefined();
    const lying = assessAnthropometry({ sex: 1, ageDays: 800, weightKg: 12, lenheiCm: 0.5, measure: 'L' });
    expect(lying.z.haz).toBeUndefined();
    expect(lying.z.baz).toBeUndefined();
    expect(lying.z.waz).toBeTypeOf('number');
    // and a length of 3.4e306 cm gave a finite HAZ that rounding (× 100) turned into Infinity.
    const huge = assessAnthropometry({ sex: 1, ageDays: 0, lenheiCm: 3.403222563173847e306 });
    expect(Number.isFinite(huge.zRounded.haz)).toBe(true);
  });
});
