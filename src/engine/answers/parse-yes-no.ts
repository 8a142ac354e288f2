import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';
import { ANSWER_WORDS } from '../../shared/vocabulary.js';

// The words are data (locales/vocabulary/answers.json). "sudah"/"belum" answer "have you …?" questions.
const { yes: YES, no: NO, unsure, questions, afterYes } = ANSWER_WORDS;
// "ya, dan tanggal 21 April": words joining the yes to what follows are not part of it.
const JOINING = new RegExp(`^(?:(?:${afterYes.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b[^\\p{L}\\p{N}]*)+`, 'u');
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

/** Words a question adds to the ordinary yes and no ("kirim" where yes means send). */
export interface YesNoWords {
  yes?: readonly string[];
  no?: readonly string[];
}

/**
 * Reads a yes or no in Indonesian, English, Sundanese or Javanese, tolerating stretched letters
 * ("iyaaa"), punctuation, emoji (👍 ✅ / 👎 ❌) and more words ("ya setuju", "saya tidak mau"). The
 * first yes-or-no word decides, so "tidak setuju" is no and "oke tidak masalah" is yes. Doubt ("tidak
 * tahu", "mungkin", "teu terang") and a question back ("apa ya?", "maksudnya?") are neither. A
 * question may add its own words: `{ yes: ['kirim'] }` at "Kirim siaran ini?".
 *
 * @example
 * parseYesNo('Iyaa 👍');      // { ok: true, value: true }
 * parseYesNo('gak mau');     // { ok: true, value: false }
 * parseYesNo('muhun');       // { ok: true, value: true }
 * parseYesNo('kirim', { yes: ['kirim'] }); // { ok: true, value: true }
 * parseYesNo('mungkin');     // { ok: false, reason: 'not_yes_no' }
 */
export function parseYesNo(text: string, extra: YesNoWords = {}): AnswerResult<boolean> {
  const read = readYesNo(text, extra);
  return read.ok ? ok(read.value.yes) : read;
}

/**
 * The yes or no and the words typed after it ("ya, tanggal 21 April" → yes and "tanggal 21 april"),
 * so the next question can take them instead of asking for what was already said.
 *
 * @example
 * yesNoRest('ya, tgl 21 april'); // 'tgl 21 april'
 * yesNoRest('iya 8,7');          // '8,7'
 * yesNoRest('ya');               // ''
 */
export function yesNoRest(text: string, extra: YesNoWords = {}): string {
  const read = readYesNo(text, extra);
  return read.ok ? read.value.rest : '';
}

function readYesNo(text: string, extra: YesNoWords): AnswerResult<{ yes: boolean; rest: string }> {
  const normalized = normalizeInput(text);
  if (normalized === '') return fail('empty');
  if (UNSURE.test(normalized) || QUESTION.test(normalized)) return fail('not_yes_no');
  const words = wordsOf(extra);
  const pieces = normalized.split(/([^\p{L}\p{N}\p{Extended_Pictographic}]+|(?=\p{Extended_Pictographic}))/u);
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i] ?? '';
    const rest = (): string => pieces.slice(i + 1).join('').replace(/^[^\p{L}\p{N}]+/u, '').replace(JOINING, '').trim();
    if (YES_EMOJI.test(word)) return ok({ yes: true, rest: rest() });
    if (NO_EMOJI.test(word)) return ok({ yes: false, rest: rest() });
    const meaning = words.get(squeeze(word));
    if (meaning !== undefined) return ok({ yes: meaning, rest: rest() });
  }
  return fail('not_yes_no');
}

const EXTRA = new WeakMap<YesNoWords, ReadonlyMap<string, boolean>>();

/** The ordinary words with a question's own added (cached per question spec). */
function wordsOf(extra: YesNoWords): ReadonlyMap<string, boolean> {
  if (!extra.yes && !extra.no) return WORDS;
  let words = EXTRA.get(extra);
  if (!words) {
    words = new Map([...WORDS, ...(extra.yes ?? []).map((w) => [squeeze(normalizeInput(w)), true] as const), ...(extra.no ?? []).map((w) => [squeeze(normalizeInput(w)), false] as const)]);
    EXTRA.set(extra, words);
  }
  return words;
}
