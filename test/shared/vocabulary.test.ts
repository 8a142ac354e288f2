import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS, MEASUREMENT_WORDS, MONTH_WORDS, NUMBER_WORDS, UNIT_WORDS, answersSchema, checkVocabulary, measurementSchema, monthsSchema, unitsSchema } from '../../src/shared/vocabulary.js';

describe('the vocabulary in locales/vocabulary', () => {
  it('is loaded and checked at start-up', () => {
    expect(ANSWER_WORDS.yes).toContain('muhun');
    expect(MEASUREMENT_WORDS.labels.weight).toContain('beurat');
    expect(NUMBER_WORDS.values.salapan).toBe(9);
    expect(NUMBER_WORDS.counts.tilu).toBe(3);
    expect(MONTH_WORDS.names[1]).toContain('pebruari');
    expect(MONTH_WORDS.abbreviations.agt).toBe(8);
    expect(UNIT_WORDS.kg).toContain('kilo');
    expect(UNIT_WORDS.foreign).toContain('lbs');
  });

  it('refuses a month list that is not twelve months, or an abbreviation for month 13', () => {
    expect(() => checkVocabulary('months.json', monthsSchema, { ...MONTH_WORDS, names: MONTH_WORDS.names.slice(1) })).toThrow(/months\.json.*names/);
    expect(() => checkVocabulary('months.json', monthsSchema, { ...MONTH_WORDS, abbreviations: { des: 13 } })).toThrow(/months\.json.*abbreviations\.des/);
  });

  it('refuses a unit word given to two units ("m" as metre and as month)', () => {
    const broken = { ...UNIT_WORDS, month: [...UNIT_WORDS.month, 'm'] };
    expect(() => checkVocabulary('units.json', unitsSchema, broken, (v) => Object.values(v))).toThrow(/"m" is listed with two meanings/);
  });

  it('refuses a word no reply could match (capitals, accents) and names the file and place', () => {
    const broken = { ...MEASUREMENT_WORDS, positions: { lying: ['Ngagolér'], standing: ['berdiri'] } };
    expect(() => checkVocabulary('measurement.json', measurementSchema, broken)).toThrow(/measurement\.json.*positions\.lying\.0/);
  });

  it('refuses a missing list', () => {
    const { questions: _questions, ...broken } = ANSWER_WORDS;
    expect(() => checkVocabulary('answers.json', answersSchema, broken)).toThrow(/answers\.json.*questions/);
  });

  it('refuses a word listed with two meanings (yes and no)', () => {
    const broken = { ...ANSWER_WORDS, no: [...ANSWER_WORDS.no, 'iya'] };
    expect(() => checkVocabulary('answers.json', answersSchema, broken, (v) => [v.yes, v.no])).toThrow(/"iya" is listed with two meanings/);
  });
});
