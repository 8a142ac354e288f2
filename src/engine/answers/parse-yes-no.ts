import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';

// Indonesian (with chat spellings), English, Sundanese. "sudah"/"belum" answer "have you …?" questions.
const YES = [
  'ya', 'iya', 'iye', 'y', 'yoi', 'betul', 'benar', 'bener', 'setuju', 'boleh', 'ok', 'oke', 'okay', 'okey', 'okeh', 'sip',
  'siap', 'tentu', 'pasti', 'mau', 'bisa', 'baik', 'sudah', 'udah', 'sdh', 'dah', 'yes', 'yep', 'yup', 'yeah', 'yea', 'sure',
  'agree', 'correct', 'muhun', 'sumuhun', 'enya', 'leres', 'mangga', 'atos', 'parantos', 'tos', 'sampun',
];
const NO = [
  'tidak', 'tdk', 'tak', 'gak', 'ga', 'gk', 'g', 'nggak', 'ngga', 'ngak', 'enggak', 'engga', 'enggk', 'ndak', 'nda', 'kagak',
  'tidk', 'jangan', 'jgn', 'belum', 'blm', 'blum', 'bukan', 'bkn', 'ogah', 'no', 'nope', 'n', 'never',
  'teu', 'henteu', 'hente', 'moal', 'ulah', 'acan', 'sanes',
];
// "Tidak tahu" is not a no: doubt gets a re-ask, not a guess.
const UNSURE =
  /\b(?:not sure|unsure|don'?t know|dunno|maybe|mungkin|entah|lupa|(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|belum|blm|kurang) (?:tahu|tau|yakin|ingat|inget)|teu (?:terang|apal|yakin|emut|inget|nyaho))\b/;
// A question back is no answer: "apa ya?" ends in "ya" as a filler, and must never be read as consent.
const QUESTION = /\b(?:apa|apaan|kenapa|mengapa|bagaimana|gimana|gmn|maksudnya|maksud|what|why|how|naon|kunaon|kumaha)\b/;
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
