import type { AnswerSpec, AskStep } from './definition/types.js';

/**
 * The question asked when a reply fits the open question but another flow's reader also recognises
 * it: "Sepertinya ini hasil timbang. Mau lapor hasil timbang? 1. Ya 2. Bukan, itu jawabannya". A plain
 * yes or no picks too, and so do the words of a label ("bukan").
 */
export const OFFER_ANSWER: Extract<AnswerSpec, { type: 'choice' }> = {
  type: 'choice',
  options: [
    { id: 'switch', label: 'engine.offer.switch', means: 'yes' },
    { id: 'keep', label: 'engine.offer.keep', means: 'no' },
  ],
};

/** The offer's `reads` when trigger words asked for another flow: `engine.offer.request`, "Sepertinya ini permintaan lain". */
export const REQUEST = 'request';

/** The locale key of the offer's prompt, one per reader (`engine.offer.measurement`), or `engine.offer.request`. */
export function offerPromptKey(reads: string): string {
  return `engine.offer.${reads}`;
}

/**
 * What a reply another flow's reader recognises means at this question (see `AskStep.reading`).
 *
 * @example
 * readingAt({ type: 'ask', prompt: 'p', save: 'name', next: 'n', answer: { type: 'text' } });                      // 'offer'
 * readingAt({ type: 'ask', prompt: 'p', save: 'name', next: 'n', answer: { type: 'text' }, reading: 'switch' });   // 'switch'
 * readingAt({ type: 'ask', prompt: 'p', save: 'kid', next: 'n', answer: { type: 'choice', options: [] } });        // 'offer'
 * readingAt({ type: 'ask', prompt: 'p', save: 'ok', next: 'n', answer: { type: 'yesno' } });                        // 'answer'
 */
export function readingAt(step: AskStep): 'switch' | 'offer' | 'answer' {
  // A choice picked by a word of a longer message ("budi bb 11,2 tb 84" at "Anak yang mana?") must not
  // drop the rest; a yes/no hears its rest on its own (see `yesNoRest`).
  return step.reading ?? (step.answer.type === 'text' || step.answer.type === 'choice' ? 'offer' : 'answer');
}
