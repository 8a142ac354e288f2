import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';

export interface PhoneOptions {
  /** Country of numbers typed without a country code; Indonesia unless told. */
  defaultCountry?: CountryCode;
  /** Refuse numbers known to be landlines (WhatsApp and SMS need a mobile); true unless told. */
  mobileOnly?: boolean;
}

const EXAMPLE = { example: '0812-3456-7890' };
// Types a mobile can have; undefined (type not decidable from the number) passes too.
const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/**
 * Reads a phone number and returns it in E.164 form. Accepts "0812-3456-7890", "+62 812 3456 7890",
 * "62812…" without the plus, "812…" without the trunk zero, and numbers inside a sentence ("no hp
 * saya 0812…"). Uses the full libphonenumber metadata so landlines are told apart from mobiles.
 *
 * @example
 * parsePhone('0812-3456-7890');  // { ok: true, value: '+6281234567890' }
 * parsePhone('6281234567890');   // { ok: true, value: '+6281234567890' }
 * parsePhone('021-5551234');     // { ok: false, reason: 'not_a_mobile', … }
 * parsePhone('08123');           // { ok: false, reason: 'not_a_phone', … }
 */
export function parsePhone(text: string, options: PhoneOptions = {}): AnswerResult<string> {
  const { defaultCountry = 'ID', mobileOnly = true } = options;
  // "(0)" is a habit from business cards: "+62 (0)812…".
  const cleaned = text.normalize('NFKC').replace(/\(0\)/g, '').trim();
  if (cleaned === '') return fail('empty');
  const candidates = [cleaned, missingPlus(cleaned)].filter((c): c is string => c !== undefined);
  for (const candidate of candidates) {
    const phone = parsePhoneNumberFromString(candidate, defaultCountry);
    if (!phone?.isValid()) continue;
    const type = phone.getType();
    if (mobileOnly && type !== undefined && !MOBILE_TYPES.has(type)) return fail('not_a_mobile', EXAMPLE);
    return ok(phone.number);
  }
  return fail('not_a_phone', EXAMPLE);
}

/** "6281…" typed without its plus: worth a second try as "+6281…". */
function missingPlus(text: string): string | undefined {
  const digits = text.replace(/[\s().-]/g, '');
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
}
