import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The one form a phone number is stored and looked up in: E.164. "+62812…", "62812…" (how WhatsApp
 * writes it) and "0812…" are one number, so they must be one contact and one lookup key. Digits
 * without a plus or a trunk zero are read as international first, as WhatsApp sends them. Text that
 * is no valid number keeps its digits and a leading plus, so it still equals itself written with spaces.
 *
 * @example
 * normalPhone('0811-1000-001');  // '+628111000001'
 * normalPhone('628111000001');   // '+628111000001'
 * normalPhone('+62 811 1000 001'); // '+628111000001'
 */
export function normalPhone(text: string): string {
  const compact = text.normalize('NFKC').replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  const candidates = /^[1-9]/.test(compact) ? [`+${compact}`, compact] : [compact];
  for (const candidate of candidates) {
    const phone = parsePhoneNumberFromString(candidate, 'ID');
    if (phone?.isValid()) return phone.number;
  }
  return compact;
}
