import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** The three Indonesian time zones, by the names people use and by their IANA names. */
const ZONES: Record<string, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
  'ASIA/JAKARTA': 'Asia/Jakarta',
  'ASIA/MAKASSAR': 'Asia/Makassar',
  'ASIA/JAYAPURA': 'Asia/Jayapura',
};

/**
 * The IANA zone for WIB/WITA/WIT or an IANA name of one of them; undefined for anything else
 * (Asia/Pontianak is WIB too, but the bot keeps to the three names schedules are written for).
 *
 * @example
 * toTimezone('wita'); // 'Asia/Makassar'
 * toTimezone('Europe/Paris'); // undefined
 */
export function toTimezone(text: string): string | undefined {
  return ZONES[text.trim().toUpperCase()];
}

/**
 * An RW number as written locally, two digits at least: "3", "03" and "RW 3" are all "03".
 *
 * @example
 * toRw('RW 3'); // '03'
 * toRw('1a'); // undefined
 */
export function toRw(text: string): string | undefined {
  const match = /^(?:RW\s*)?(\d{1,3})$/i.exec(text.trim());
  return match ? match[1]!.padStart(2, '0') : undefined;
}

const MOBILE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/**
 * A staff phone number in E.164, mobile only (the bot reaches staff on WhatsApp or Telegram).
 *
 * @example
 * toPhone('0812-3456-7890'); // '+6281234567890'
 * toPhone('021-5551234'); // undefined (a landline)
 */
export function toPhone(text: string): string | undefined {
  const phone = parsePhoneNumberFromString(text.trim(), 'ID');
  if (!phone?.isValid()) return undefined;
  const type = phone.getType();
  return type === undefined || MOBILE.has(type) ? phone.number : undefined;
}
