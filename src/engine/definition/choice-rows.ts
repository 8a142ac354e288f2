import type { Step } from './types.js';

/**
 * The most options a question with fixed choices may show. A WhatsApp Cloud interactive list holds
 * at most 10 rows (`LIMITS.rows` in the Cloud channel; a test keeps the two equal); an eleventh menu
 * entry would push the whole menu out of the list, so the loader refuses it: split the menu instead.
 */
export const MAX_CHOICE_ROWS = 10;

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
