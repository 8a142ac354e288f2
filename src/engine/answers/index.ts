// The answer parsers of the flow engine: pure, each returns a value or a reason to re-ask.
export { ANSWER_ERROR_REASONS, type AnswerErrorReason, type AnswerParams, type AnswerResult } from '../../shared/numbers/answer-result.js';
export type { NumberUnit } from '../../shared/numbers/units.js';
export { normalizeInput } from '../../shared/numbers/normalize-input.js';
export { parseNumber, type NumberOptions } from '../../shared/numbers/parse-number.js';
export { parseDate, type DateOptions } from './parse-date.js';
export { findDateIn, type DateInText } from './find-date.js';
export { parseTime, parseTimeRange, type TimeRange } from './parse-time.js';
export { namesOption, parseChoice, type ChoiceOption } from './parse-choice.js';
export { parseYesNo, yesNoRest, type YesNoWords } from './parse-yes-no.js';
export { parsePhone, type PhoneOptions } from './parse-phone.js';
export { parseText, type TextOptions } from './parse-text.js';
export { readName } from './parse-name.js';
