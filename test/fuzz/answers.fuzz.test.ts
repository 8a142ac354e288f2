import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { parseChoice, parseDate, parsePhone, parseText, parseTime, parseTimeRange, parseYesNo } from '../../src/engine/answers/index.js';
import { saidTime, clockHour } from '../../src/engine/answers/clock-time.js';
import { editDistance, matchForm } from '../../src/engine/answers/match-form.js';
import { monthNumber } from '../../src/engine/answers/month-names.js';
import { countWord } from '../../src/engine/answers/number-words.js';
import { graphemeCount } from '../../src/engine/answers/grapheme-count.js';
import { relativeDate } from '../../src/engine/answers/relative-date.js';
import { normalizeInput } from '../../src/shared/numbers/index.js';
import { expectAnswered } from './answer-texts.js';
import { anyMessage, message } from './inputs.js';

const isoDay = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateOptions = fc.record({ today: isoDay, notAfter: fc.option(isoDay, { nil: undefined }), notBefore: fc.option(isoDay, { nil: undefined }) }).map(({ today, notAfter, notBefore }) => ({
  today,
  ...(notAfter ? { notAfter } : {}),
  ...(notBefore ? { notBefore } : {}),
}));
const choiceOptions = fc
  .uniqueArray(fc.array(fc.oneof(message, fc.constantFrom('Laki-laki', 'Perempuan', '1', '2', 'Ya', 'Tidak', 'Bulan ini')), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
  .map((labelSets) => labelSets.map((labels, i) => ({ id: `o${i}`, labels })));
const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Outcomes a property met, to check afterwards that it reached values and not only refusals. */
function outcomes(): { seen: Set<string>; see: (result: { ok: boolean; reason?: string }) => void } {
  const seen = new Set<string>();
  return { seen, see: (result) => void seen.add(result.ok ? 'ok' : (result.reason ?? '')) };
}

describe('fuzz: answer parsers', () => {
  it('parseText keeps visible text, one space between words, and counts characters within bounds', () => {
    const bounds = fc.record({ minLength: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), maxLength: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }) });
    const { seen, see } = outcomes();
    fc.assert(
      fc.property(anyMessage, bounds, (text, { minLength, maxLength }) => {
        const result = parseText(text, { ...(minLength !== undefined ? { minLength } : {}), ...(maxLength !== undefined ? { maxLength } : {}) });
        expectAnswered(result);
        see(result);
        if (!result.ok) return;
        expect(result.value).not.toMatch(/\p{Cf}|\s\s|^\s|\s$|[\n\t]/u);
        const length = [...new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(result.value)].length;
        if (minLength !== undefined) expect(length).toBeGreaterThanOrEqual(minLength);
        if (maxLength !== undefined) expect(length).toBeLessThanOrEqual(maxLength);
      }),
      { numRuns: 200 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'too_short', 'too_long']));
  });

  it('parseChoice picks one of the options, or says which ones it could mean', () => {
    const { seen, see } = outcomes();
    fc.assert(
      fc.property(fc.oneof(anyMessage, fc.constantFrom('1', '2', 'no 2', 'laki', 'prempuan', 'ya')), choiceOptions, (text, options) => {
        const result = parseChoice(text, options);
        expectAnswered(result);
        see(result);
        if (result.ok) expect(options.map((o) => o.id)).toContain(result.value);
        else if (result.reason === 'ambiguous_choice') {
          const numbers = String(result.params?.choices).split(', ').map(Number);
          expect(numbers.length).toBeGreaterThan(1);
          for (const n of numbers) expect(n >= 1 && n <= options.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'no_such_choice', 'ambiguous_choice']));
  });

  it('parseDate gives a real ISO date within its bounds, or a reason', () => {
    const { seen, see } = outcomes();
    const dateLike = fc.oneof(anyMessage, fc.constantFrom('12-03-2024', '31/02/24', '12 Mrt 24', 'kemarin', '3 hari lalu', 'besok', '2024-02-29', 'tgl 5 agustus', 'march 12, 2024'));
    fc.assert(
      fc.property(dateLike, dateOptions, (text, options) => {
        const result = parseDate(text, options);
        expectAnswered(result);
        see(result);
        if (!result.ok) return;
        expect(DateTime.fromISO(result.value, { zone: 'utc' }).isValid).toBe(true);
        expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (options.notAfter) expect(result.value <= options.notAfter).toBe(true);
        if (options.notBefore) expect(result.value >= options.notBefore).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'not_a_date']));
  });

  it('relativeDate shifts by a whole, small amount', () => {
    fc.assert(
      fc.property(anyMessage, (text) => {
        const relative = relativeDate(normalizeInput(text));
        if (relative) expect(Number.isInteger(relative.amount) && Math.abs(relative.amount) <= 999).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parseTime and parseTimeRange give 24-hour clock times, a range in order', () => {
    const { seen, see } = outcomes();
    const timeLike = fc.oneof(anyMessage, fc.constantFrom('08.00', 'jam 8 pagi', '3 sore', 'setengah 9', '08.00-11.00', 'jam 8 sampai 11', '1-3 siang', '25.00'));
    fc.assert(
      fc.property(timeLike, (text) => {
        const time = parseTime(text);
        expectAnswered(time);
        see(time);
        if (time.ok) expect(time.value).toMatch(clock);
        const range = parseTimeRange(text);
        expectAnswered(range);
        if (range.ok) {
          expect(range.value.start).toMatch(clock);
          expect(range.value.end).toMatch(clock);
          expect(range.value.start < range.value.end).toBe(true);
        }
        const said = saidTime(normalizeInput(text));
        if (said) expect(clockHour(said)).toBeLessThan(24);
      }),
      { numRuns: 300 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'not_a_time'])); 
  });

  it('parsePhone gives an E.164 number or a reason', () => {
    const { seen, see } = outcomes();
    fc.assert(
      fc.property(fc.oneof(anyMessage, fc.constantFrom('0812-3456-7890', '+62 812 3456 7890', '021-5551234', 'no hp saya 081234567890')), fc.boolean(), (text, mobileOnly) => {
        const result = parsePhone(text, { mobileOnly });
        expectAnswered(result);
        see(result);
        if (result.ok) expect(result.value).toMatch(/^\+[1-9]\d{6,14}$/);
      }),
      { numRuns: 300 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'not_a_phone']));
  });

  it('parseYesNo gives a boolean or a reason', () => {
    const { seen, see } = outcomes();
    fc.assert(
      fc.property(anyMessage, (text) => {
        const result = parseYesNo(text);
        expectAnswered(result);
        see(result);
        if (result.ok) expect(typeof result.value).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'not_yes_no', 'empty']));
  });

  it('words that name Object.prototype members are no numbers, months or hours (fast-check found "constructor")', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(countWord(word)).toBeUndefined();
      expect(monthNumber(word)).toBeUndefined();
    }
    expect(parseTime('jam constructor')).toMatchObject({ ok: false });
  });

  it('countWord reads small whole numbers only', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.stringMatching(/^\d{1,5}$/)), (word) => {
        const n = countWord(word);
        if (n !== undefined) expect(Number.isInteger(n) && n >= 0 && n <= 999).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matchForm leaves letters, digits and single spaces, and is idempotent; editDistance is a bounded metric', () => {
    fc.assert(
      fc.property(anyMessage, message, (a, b) => {
        const form = matchForm(a);
        expect(matchForm(form)).toBe(form);
        expect(form).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
        const short = matchForm(b);
        const d = editDistance(form.slice(0, 60), short);
        expect(d).toBe(editDistance(short, form.slice(0, 60)));
        expect(d).toBeLessThanOrEqual(Math.max(Math.min(form.length, 60), short.length));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * What segmenting costs in V8: every segment object it yields holds a fresh copy of the whole input,
 * so the work is the input's length times the segments taken from it.
 */
function segmenterWork(run: () => void): number {
  const segment = Intl.Segmenter.prototype.segment;
  let work = 0;
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
    const segments = segment.call(this, input);
    return {
      *[Symbol.iterator]() {
        for (const s of segments) {
          work += input.length;
          yield s;
        }
      },
    } as unknown as Intl.Segments;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return work;
}

describe('fuzz: answer parsers, found by the properties', () => {
  // A 200,000-letter message ran the test process out of memory: 200,000 copies of 200,000 letters.
  it('regression: parseText counts a long answer with work linear in its length', () => {
    const text = 'a'.repeat(20_000);
    const work = segmenterWork(() => expect(parseText(text, { maxLength: 500 })).toMatchObject({ ok: false, params: { length: 20_000 } }));
    expect(work).toBeLessThan(text.length * 200);
  });
});

describe('fuzz: graphemeCount', () => {
  const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' });
  const clusters = fc.constantFrom('a', 'é', 'e\u0301', '👍🏽', '👩‍👩‍👧', '🇮🇩', '🇮', '2️⃣', 'ക്ഷ', '\r\n', 'a' + '\u0301'.repeat(150), '\uD83D', '\uDC4D');
  it('counts what Intl.Segmenter counts over the whole text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.oneof(clusters, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 400 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(graphemeCount(s)).toBe([...segmenter.segment(s)].length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzz: parseChoice on long replies', () => {
  // A 4,000-letter reply was compared letter by letter with every label (a table of 4,000 × label
  // cells each): a few hundred milliseconds per message, seconds with long child names.
  it('regression: editDistance past its limit needs no table', () => {
    expect(editDistance('perempuan', 'x'.repeat(4000), 2)).toBe(3);
    expect(editDistance('x'.repeat(4000), 'perempuan', 1)).toBe(2);
    expect(editDistance('prempuan', 'perempuan', 2)).toBe(1);
  });

  /** The pairwise rule containedLabels had, as the reference for its one-pass version. */
  function containedReference(reply: string, options: ReadonlyArray<{ id: string; labels: readonly string[] }>): string[] {
    const padded = ` ${reply} `;
    const found: Array<{ id: string; start: number; end: number }> = [];
    for (const option of options) {
      for (const label of option.labels) {
        if (label.length < 2) continue;
        for (let at = padded.indexOf(` ${label} `); at >= 0; at = padded.indexOf(` ${label} `, at + 1)) found.push({ id: option.id, start: at, end: at + label.length });
      }
    }
    const outer = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
    return [...new Set(outer.map((f) => f.id))];
  }

  it('picks what the pairwise rule picked when labels are said inside a reply', () => {
    const words = fc.constantFrom('anak', 'saya', 'laki', 'laki laki', 'perempuan', 'bukan', 'ya', 'anak saya', 'saya anak', 'x');
    const labels = fc.array(fc.array(words, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 3 });
    const options = fc.array(labels, { minLength: 2, maxLength: 4 }).map((sets) => sets.map((l, i) => ({ id: `o${i}`, labels: l })));
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }).map((w) => `zz ${w.join(' ')}`), options, (reply, opts) => {
        // "zz" first keeps exact, numbered and prefix matches out, so the contained-label step decides,
        // unless one label holds every word of the reply (then that label is picked, an earlier step).
        const said = reply.split(' ').filter((w) => w.length >= 3 && w !== 'saya');
        fc.pre(!opts.some((o) => o.labels.some((l) => said.every((w) => l.split(' ').some((lw) => lw === w || (w.length >= 4 && lw.startsWith(w)))))));
        const expected = containedReference(reply, opts);
        const result = parseChoice(reply, opts);
        if (expected.length === 1) expect(result).toEqual({ ok: true, value: expected[0] });
        if (expected.length > 1) expect(result).toMatchObject({ ok: false, reason: 'ambiguous_choice' });
      }),
      { numRuns: 300 },
    );
  });
});
