import { measurementIntent } from '../domain/measurement/index.js';
import type { LoadedFlow, TextReader } from '../engine/index.js';
import { AppError } from '../shared/errors.js';

/**
 * The readers flows name in `reads`: free text the bot takes up wherever it is typed. A measurement
 * with a label or unit ("berat 9,2", "9200 gram") is clear; a lone number ("9,2") is weak, taken only
 * at the menu, where the flow then asks whether it is the weight.
 *
 * @example
 * TEXT_READERS.measurement('lingkar kepala 45'); // 'clear'
 */
export const TEXT_READERS: Readonly<Record<string, TextReader>> = {
  measurement: (text) => {
    const intent = measurementIntent(text);
    return intent === 'labelled' ? 'clear' : intent === 'bare' ? 'weak' : undefined;
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
