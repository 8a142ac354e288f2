// Reading measurements typed in a message: anthropometry in free text, and writing numbers back.
export { parseMeasurementText, type MeasurementProblem, type MeasurementProblemCode, type MeasurementText } from './parse-measurement-text.js';
export type { MeasurePosition, MeasurementField } from './measurement-words.js';
export { formatNumberId } from './format-number-id.js';
export { measurementIntent, numbersAsRead, type MeasurementIntent } from './measurement-intent.js';
