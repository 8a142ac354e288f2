import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { ANSWER_WORDS } from '../../shared/vocabulary.js';
import { editDistance, matchForm } from './match-form.js';

/** One option of a choice question: its id and every label it may be called by, in any language. */
export interface ChoiceOption {
  id: string;
  labels: readonly string[];
}

// Words around a chosen number: "no 2", "nomor 2", "pilih yang 2 aja kak", "option 2", "nu ka-2" (locales/vocabulary/answers.json).
const FILLERS: ReadonlySet<string> = new Set(ANSWER_WORDS.choiceFillers);
const KEYCAP_TEN = '\u{1F51F}';

/**
 * Which option a reply picks, by number ("2", "2.", "no 2", "nomor 2", "2️⃣"), by label (any case,
 * accents and punctuation ignored, any of the option's labels), by an unambiguous start of a label
 * ("lak" for "Laki-laki"), by a label said inside a longer reply ("anak saya perempuan"), or by a
 * label with one small typo ("prempuan"), or by words of one label in any order ("grafik" or
 * "bantuan kader" for "Minta bantuan kader"). A label typed exactly wins over a number, so options
 * labelled "1" or "2" work. When the reply fits two options it is `ambiguous_choice`, and the re-ask
 * names their numbers.
 *
 * @example
 * const options = [{ id: 'm', labels: ['Laki-laki', 'Male', 'Lalaki'] }, { id: 'f', labels: ['Perempuan', 'Female', 'Awewe'] }];
 * parseChoice('2️⃣', options);            // { ok: true, value: 'f' }
 * parseChoice('laki', options);          // { ok: true, value: 'm' }
 * parseChoice('anaknya cewek', options); // { ok: false, reason: 'no_such_choice', params: { max: 2, example: '1' } }
 */
export function parseChoice(text: string, options: readonly ChoiceOption[]): AnswerResult<string> {
  const reply = matchForm(text.replaceAll(KEYCAP_TEN, ' 10 '));
  if (reply === '') return fail('empty');
  const labelled = options.map((option) => ({ id: option.id, labels: option.labels.map(matchForm).filter((l) => l !== '') }));
  const byWords = (): string[] => byLabelWords(reply, labelled);
  const steps = [
    () => idsWhere(labelled, (label) => label === reply),
    () => byNumber(reply, labelled),
    () => idsWhere(labelled, (label) => reply.length >= 2 && label.startsWith(reply)),
    byWords,
    () => containedLabels(reply, labelled),
    () => idsWhere(labelled, (label) => label.length >= 5 && reply.length >= 4 && editDistance(label, reply, typos(label)) <= typos(label)),
  ];
  // Words found in several labels ("setuju" in "Setuju" and "Tidak setuju") leave the choice to the
  // later steps; only when none decides is the person asked which of those options they mean.
  let wordsFitSeveral: string[] = [];
  for (const step of steps) {
    const ids = step();
    if (ids.length === 1) return ok(ids[0]!);
    if (ids.length > 1 && step === byWords) wordsFitSeveral = ids;
    else if (ids.length > 1) return fail('ambiguous_choice', { choices: numbersOf(ids, options), example: '1' });
  }
  if (wordsFitSeveral.length > 0) return fail('ambiguous_choice', { choices: numbersOf(wordsFitSeveral, options), example: '1' });
  return fail('no_such_choice', { max: options.length, example: '1' });
}

/**
 * True when a reply names an option outright: its number ("2", "no 2", "2️⃣") or one of its labels
 * whole. A menu uses it to let a flow's own words win over a title that merely shares a word.
 *
 * @example
 * namesOption('2', options); // true
 * namesOption('siaran', [{ id: 'outreach', labels: ['Siaran & jadwal'] }]); // false
 */
export function namesOption(text: string, options: readonly ChoiceOption[]): boolean {
  const reply = matchForm(text.replaceAll(KEYCAP_TEN, ' 10 '));
  if (reply === '') return false;
  const labelled = options.map((option) => ({ id: option.id, labels: option.labels.map(matchForm).filter((l) => l !== '') }));
  return idsWhere(labelled, (label) => label === reply).length > 0 || byNumber(reply, labelled).length > 0;
}

/** Typos forgiven in a label: one, two in long labels. */
function typos(label: string): number {
  return label.length >= 9 ? 2 : 1;
}

/** "1, 3": the numbers of the options a reply could mean, for the re-ask. */
function numbersOf(ids: readonly string[], options: readonly ChoiceOption[]): string {
  return ids
    .map((id) => options.findIndex((o) => o.id === id) + 1)
    .sort((a, b) => a - b)
    .join(', ');
}

function idsWhere(options: ReadonlyArray<{ id: string; labels: string[] }>, test: (label: string) => boolean): string[] {
  return [...new Set(options.filter((option) => option.labels.some(test)).map((option) => option.id))];
}

/**
 * The option a leading number points at, when the other words are fillers ("nomor 2 aja") or the
 * start of that option's label ("2. Perempuan"); a label of another option makes it ambiguous.
 */
function byNumber(reply: string, options: ReadonlyArray<{ id: string; labels: string[] }>): string[] {
  const [first, ...others] = reply.split(' ').filter((word) => !FILLERS.has(word));
  if (first === undefined || !/^\d+$/.test(first)) return [];
  const option = options[Number(first) - 1];
  if (!option) return [];
  const rest = others.join(' ');
  if (rest === '' || option.labels.some((label) => label.startsWith(rest))) return [option.id];
  const other = options.find((o) => o.labels.includes(rest));
  return other ? [option.id, other.id] : [];
}

/**
 * Options one of whose labels holds every word of the reply (fillers aside, each word whole or, from
 * four letters, the start of a label word): "grafik" → "Riwayat & grafik anak".
 */
function byLabelWords(reply: string, options: ReadonlyArray<{ id: string; labels: string[] }>): string[] {
  const words = reply.split(' ').filter((word) => word.length >= 3 && !FILLERS.has(word) && !/^\d+$/.test(word));
  if (words.length === 0) return [];
  return idsWhere(options, (label) => {
    const labelWords = label.split(' ');
    return words.every((word) => labelWords.some((l) => l === word || (word.length >= 4 && l.startsWith(word))));
  });
}

/** Options whose label appears as whole words in the reply; a label inside a longer found label is dropped. */
function containedLabels(reply: string, options: ReadonlyArray<{ id: string; labels: string[] }>): string[] {
  const padded = ` ${reply} `;
  const found: Array<{ id: string; start: number; end: number }> = [];
  for (const option of options) {
    for (const label of option.labels) {
      if (label.length < 2) continue;
      for (let at = padded.indexOf(` ${label} `); at >= 0; at = padded.indexOf(` ${label} `, at + 1)) {
        found.push({ id: option.id, start: at, end: at + label.length });
      }
    }
  }
  // Sorted by start, longest first, a label lies inside a longer one exactly when an earlier, different
  // span reaches its end: one pass instead of comparing every pair (a label typed 1,000 times).
  found.sort((f, g) => f.start - g.start || g.end - f.end);
  const ids = new Set<string>();
  let reach = -1;
  for (let i = 0; i < found.length; ) {
    const { start, end } = found[i]!;
    for (; found[i]?.start === start && found[i]?.end === end; i++) if (reach < end) ids.add(found[i]!.id);
    reach = Math.max(reach, end);
  }
  return [...ids];
}
