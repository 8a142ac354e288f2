import type { Step } from './types.js';

/**
 * The most options a question with fixed choices may show. A WhatsApp Cloud interactive list holds
 * at most 10 rows (`LIMITS.rows` in the Cloud channel; a test keeps the two equal); an eleventh menu
 * entry would push the whole menu out of the list, so the loader refuses it: split the menu instead.
 */
export const MAX_CHOICE_ROWS = 10;

/**
 * How long a fixed choice's title and description may be in any language: a WhatsApp Cloud list
 * row's title and description limits (`LIMITS.rowTitle`, `LIMITS.rowDescription`; a test keeps them
 * equal). A longer title pushes the whole question out of the list into numbered text.
 */
export const MAX_CHOICE_TEXT = { title: 24, description: 72 } as const;

/**
 * Why a step's fixed choices cannot be shown as one WhatsApp list, or nothing. Choices read from a
 * variable at run time (children, posyandu) are not counted here; the channel falls back to numbered
 * text for those.
 *
 * @example
 * choiceRowProblems({ type: 'ask', prompt: 'p', save: 's', next: 'n', answer: { type: 'choice', options: elevenOptions } });
 * // ['has 11 choices; a WhatsApp list shows at most 10 rows: move some into a sub-menu']
 */
export function choiceRowProblems(step: Step): string[] {
  if (step.type !== 'ask' || step.answer.type !== 'choice' || !Array.isArray(step.answer.options)) return [];
  const count = step.answer.options.length;
  return count > MAX_CHOICE_ROWS ? [`has ${count} choices; a WhatsApp list shows at most ${MAX_CHOICE_ROWS} rows: move some into a sub-menu`] : [];
}

/** A locale key's text in every language, by language code; absent keys give no entry. */
export type TextsOf = (key: string) => ReadonlyArray<{ lang: string; text: string }>;

/**
 * Why a step's fixed choices would not fit a WhatsApp list row in some language: a title over 24
 * characters or a description over 72 (characters as people see them, so an emoji counts once).
 *
 * @example
 * choiceTextProblems(menuStep, (key) => [{ lang: 'en', text: 'Send a broadcast to posyandu families' }]);
 * // ['choice "broadcast": title "menu.kader.broadcast" in en has 37 characters (at most 24): shorten it, move the rest into a description']
 */
export function choiceTextProblems(step: Step, textsOf: TextsOf): string[] {
  if (step.type !== 'ask' || step.answer.type !== 'choice' || !Array.isArray(step.answer.options)) return [];
  const problems: string[] = [];
  for (const option of step.answer.options) {
    const parts = [{ part: 'title', key: option.label, max: MAX_CHOICE_TEXT.title }, ...(option.description ? [{ part: 'description', key: option.description, max: MAX_CHOICE_TEXT.description }] : [])];
    for (const { part, key, max } of parts) {
      for (const { lang, text } of textsOf(key)) {
        const length = [...text].length;
        if (length > max) problems.push(`choice "${option.id}": ${part} "${key}" in ${lang} has ${length} characters (at most ${max}): ${part === 'title' ? 'shorten it, move the rest into a description' : 'shorten it'}`);
      }
    }
  }
  return problems;
}
