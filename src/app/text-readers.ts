import { measurementIntent } from '../domain/measurement/index.js';
import type { LoadedFlow, TextReader } from '../engine/index.js';
import { AppError } from '../shared/errors.js';

/**
 * The readers flows name in `reads`: free text the bot takes up wherever it is typed. A measurement
 * with a label or unit ("berat 9,2", "9200 gram") is clear, and so is a number said with words that
 * point at a child ("anak saya 9,2", "delapan koma lima"): it must win over the menu item "Anak saya".
 * Digits alone ("9,2", "2") are weak, taken only at the menu when no choice has that number; the
 * flow then asks whether it is the weight.
 *
 * @example
 * TEXT_READERS.measurement('lingkar kepala 45'); // 'clear'
 * TEXT_READERS.measurement('anak saya 9,2');     // 'clear'
 * TEXT_READERS.measurement('9,2');               // 'weak'
 */
export const TEXT_READERS: Readonly<Record<string, TextReader>> = {
  measurement: (text) => {
    const intent = measurementIntent(text);
    if (intent === 'labelled') return 'clear';
    if (intent === 'bare') return /\p{L}/u.test(text) ? 'clear' : 'weak';
    return undefined;
  },
};

/** Start-up stops when a flow names a reader that does not exist, as for a missing action. */
export function checkReaders(flows: readonly LoadedFlow[], readers: Readonly<Record<string, TextReader>>): void {
  for (const { definition, file } of flows) {
    if (definition.reads && !(definition.reads in readers)) {
      throw new AppError('FLOW_INVALID', `${file}: reads "${definition.reads}", which is not a known reader (${Object.keys(readers).join(', ')}).`, { file });
    }
  }
}
