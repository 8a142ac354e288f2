import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_ERROR_REASONS,
  parseChoice,
  parseDate,
  parseNumber,
  parsePhone,
  parseText,
  parseTime,
  parseTimeRange,
  parseYesNo,
  type AnswerErrorReason,
  type AnswerResult,
} from '../../../src/engine/answers/index.js';
import { LANGS } from '../../../src/shared/lang.js';

// The re-ask texts, wherever they live now: merged into the main catalog, or still pending.
const texts = Object.fromEntries(LANGS.map((lang) => [lang, answerTexts(lang)]));

function answerTexts(lang: string): Record<string, string> {
  const files = [`locales/${lang}.json`, `locales/pending/answers.${lang}.json`].filter((file) => existsSync(file));
  const merged: Record<string, string> = Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  return Object.fromEntries(Object.entries(merged).filter(([key]) => key.startsWith('answer.error.')));
}
const today = '2026-03-12';
const sex = [{ id: 'm', labels: ['Laki-laki'] }, { id: 'f', labels: ['Perempuan'] }];

// One real failure per reason, so the texts are checked against the params the parsers really send.
const samples: Record<AnswerErrorReason, AnswerResult<unknown>> = {
  empty: parseNumber(' ', { unit: 'kg' }),
  not_a_number: parseNumber('berat', { unit: 'kg' }),
  ambiguous_number: parseNumber('8 atau 9', { unit: 'kg' }),
  not_a_whole_number: parseNumber('2,5', { unit: 'person', integer: true }),
  out_of_range: parseNumber('80', { unit: 'kg', min: 1, max: 40 }),
  below_min: parseNumber('0', { unit: 'cm', min: 40 }),
  above_max: parseNumber('300', { unit: 'cm', max: 130 }),
  unknown_unit: parseNumber('18 lbs', { unit: 'kg' }),
  wrong_unit: parseNumber('72 cm', { unit: 'kg' }),
  not_a_date: parseDate('kapan', { today }),
  no_such_date: parseDate('31-02-2024', { today }),
  date_in_future: parseDate('besok', { today, notAfter: today }),
  date_too_late: parseDate('01-01-2027', { today, notAfter: '2026-12-31' }),
  date_too_old: parseDate('01-01-1990', { today, notBefore: '2020-01-01' }),
  not_a_time: parseTime('pagi'),
  not_a_time_range: parseTimeRange('jam 8'),
  no_such_choice: parseChoice('5', sex),
  ambiguous_choice: parseChoice('laki-laki atau perempuan', sex),
  not_yes_no: parseYesNo('mungkin'),
  not_a_phone: parsePhone('12345'),
  not_a_mobile: parsePhone('021-5551234'),
  too_short: parseText('A', { minLength: 2 }),
  too_long: parseText('abcdef', { maxLength: 3 }),
};

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');

describe('answer.error texts', () => {
  it.each(LANGS)('%s has exactly one text per reason', (lang) => {
    expect(Object.keys(texts[lang] ?? {}).sort()).toEqual(ANSWER_ERROR_REASONS.map((r) => `answer.error.${r}`).sort());
  });

  it.each(ANSWER_ERROR_REASONS)('%s: the sample fails with that reason and every placeholder gets a param', (reason) => {
    const sample = samples[reason];
    expect(sample).toMatchObject({ ok: false, reason });
    const params = sample.ok ? {} : (sample.params ?? {});
    for (const lang of LANGS) {
      const text = texts[lang]?.[`answer.error.${reason}`] ?? '';
      expect(text.length, `${lang} ${reason}`).toBeGreaterThan(0);
      for (const name of placeholders(text)) expect(Object.keys(params), `${lang} ${reason} {${name}}`).toContain(name);
    }
  });

  it.each(LANGS)('%s: the words quoted as examples are accepted', (lang) => {
    const t = texts[lang] ?? {};
    for (const word of quoted(t['answer.error.not_a_date'] ?? '')) expect(parseDate(word, { today }).ok, word).toBe(true);
    for (const word of quoted(t['answer.error.not_a_time'] ?? '')) expect(parseTime(word).ok, word).toBe(true);
    const [yes = '', no = ''] = quoted(t['answer.error.not_yes_no'] ?? '');
    expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    expect(parseYesNo(no)).toEqual({ ok: true, value: false });
  });

  it('the examples the parsers offer are accepted by the same parser', () => {
    const example = (result: AnswerResult<unknown>): string => String((!result.ok && result.params?.example) || '');
    expect(parseNumber(example(samples.out_of_range), { unit: 'kg', min: 1, max: 40 }).ok).toBe(true);
    expect(parseDate(example(samples.not_a_date), { today }).ok).toBe(true);
    expect(parseTime(example(samples.not_a_time)).ok).toBe(true);
    expect(parseTimeRange(example(samples.not_a_time_range)).ok).toBe(true);
    expect(parsePhone(example(samples.not_a_phone)).ok).toBe(true);
    expect(parseChoice(example(samples.no_such_choice), sex).ok).toBe(true);
  });
});
