import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS, MEASUREMENT_WORDS, NUMBER_WORDS, answersSchema, checkVocabulary, measurementSchema } from '../../src/shared/vocabulary.js';

describe('the vocabulary in locales/vocabulary', () => {
  it('is loaded and checked at start-up', () => {
    expect(ANSWER_WORDS.yes).toContain('muhun');
    expect(MEASUREMENT_WORDS.labels.weight).toContain('beurat');
    expect(NUMBER_WORDS.values.salapan).toBe(9);
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
