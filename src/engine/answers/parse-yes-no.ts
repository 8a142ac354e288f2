import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';
import { ANSWER_WORDS } from '../../shared/vocabulary.js';

// The words are data (locales/vocabulary/answers.json). "sudah"/"belum" answer "have you …?" questions.
const { yes: YES, no: NO, unsure, questions } = ANSWER_WORDS;
const alternatives = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// "Tidak tahu" is not a no: doubt gets a re-ask, not a guess.
const UNSURE = new RegExp(`\\b(?:${alternatives(unsure.phrases)}|(?:${alternatives(unsure.negations)}) (?:${alternatives(unsure.knowing)}))\\b`);
// A question back is no answer: "apa ya?" ends in "ya" as a filler, and must never be read as consent.
const QUESTION = new RegExp(`\\b(?:${alternatives(questions)})\\b`);
const YES_EMOJI = /[👍👌✅✔☑🙆🆗]/u;
const NO_EMOJI = /[👎❌✖🙅⛔🚫❎]/u;

/** "iyaaa" → "iya", "okeee" → "oke", "gaaak" → "gak": chat stretches letters for tone. */
function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ...YES.map((w) => [squeeze(w), true] as const),
  ...NO.map((w) => [squeeze(w), false] as const),
]);

/**
 * Reads a yes or no in Indonesian, English or Sundanese, tolerating stretched letters ("iyaaa"),
 * punctuation, emoji (👍 ✅ / 👎 ❌) and more words ("ya setuju", "saya tidak mau"). The first
 * yes-or-no word decides, so "tidak setuju" is no and "oke tidak masalah" is yes. Doubt ("tidak tahu",
 * "mungkin", "teu terang") and a question back ("apa ya?", "maksudnya?") are neither.
 *
 * @example
 * parseYesNo('Iyaa 👍');      // { ok: true, value: true }
 * parseYesNo('gak mau');     // { ok: true, value: false }
 * parseYesNo('muhun');       // { ok: true, value: true }
 * parseYesNo('mungkin');     // { ok: false, reason: 'not_yes_no' }
 */
export function parseYesNo(text: string): AnswerResult<boolean> {
  const normalized = normalizeInput(text);
  if (normalized === '') return fail('empty');
  if (UNSURE.test(normalized) || QUESTION.test(normalized)) return fail('not_yes_no');
  for (const word of normalized.split(/[^\p{L}\p{N}\p{Extended_Pictographic}]+|(?=\p{Extended_Pictographic})/u)) {
    if (YES_EMOJI.test(word)) return ok(true);
    if (NO_EMOJI.test(word)) return ok(false);
    const meaning = WORDS.get(squeeze(word));
    if (meaning !== undefined) return ok(meaning);
  }
  return fail('not_yes_no');
}
