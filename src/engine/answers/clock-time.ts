import { countWord } from './number-words.js';

/** Part of the day a time was said in; it turns a 12-hour "jam 3 sore" into 15:00. */
export type DayPart = 'am' | 'pm' | 'morning' | 'midday' | 'afternoon' | 'night';

/** A time as typed, before the part of the day (if any) is applied. */
export interface SaidTime {
  hour: number;
  minute: number;
  part?: DayPart;
  /** Typed with a leading zero ("08.00"): the 24-hour clock, never shifted to the afternoon. */
  zeroPadded?: boolean;
}

const PARTS: Readonly<Record<string, DayPart>> = {
  am: 'am', 'a.m': 'am', 'a.m.': 'am',
  pm: 'pm', 'p.m': 'pm', 'p.m.': 'pm',
  pagi: 'morning', subuh: 'morning', isuk: 'morning', 'isuk-isuk': 'morning', morning: 'morning',
  siang: 'midday', beurang: 'midday', noon: 'midday',
  sore: 'afternoon', sonten: 'afternoon', petang: 'afternoon', afternoon: 'afternoon',
  malam: 'night', malem: 'night', wengi: 'night', peuting: 'night', night: 'night', evening: 'night',
};

const HOUR_WORDS: Readonly<Record<string, number>> = { sebelas: 11, 'dua belas': 12, eleven: 11, twelve: 12, sawelas: 11, 'dua welas': 12 };

const LEADING = /^(?:(?:jam|jm|pukul|pkl|pk|tabuh|at|around|sekitar|kira2|kira-kira|kurang lebih|mulai|dari|from|ti)\.?\s?)+/;
// Time zones, "o'clock", a friendly "ya", and the "-an" of "jam 8an" (about eight).
const TRAILING = /(?:\s(?:wib|wita|wit|o'?clock|ya|teh|nya)|(?<=\d)-?an)$/;
const DIGITS = /^(\d{1,2})(?:\s?[.:h]\s?(\d{2}))?(?:\s?(a\.?m\.?|p\.?m\.?|[\p{L}-]+))?$/u;
const FOUR_DIGITS = /^(\d{2})(\d{2})(?:\s?([\p{L}.-]+))?$/u;
const HALF_BEFORE = /^setengah (\S+)(?: ([\p{L}-]+))?$/u;
const WORD_HOUR = /^(\p{L}+(?: belas| welas)?)(?: ([\p{L}-]+))?$/u;

/**
 * The hour, minute and part of the day of one typed time, or undefined.
 *
 * @example
 * saidTime('jam 8 pagi');          // { hour: 8, minute: 0, part: 'morning' }
 * saidTime('13.30');               // { hour: 13, minute: 30 }
 * saidTime('setengah 9');          // { hour: 8, minute: 30 } (Indonesian "half to nine")
 */
export function saidTime(text: string): SaidTime | undefined {
  let rest = text.replace(LEADING, '').replace(/ in the /, ' ');
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(TRAILING, '');
  }
  const digits = DIGITS.exec(rest) ?? FOUR_DIGITS.exec(rest);
  if (digits) {
    const time = build(Number(digits[1]), Number(digits[2] ?? 0), digits[3]);
    return time && digits[1]?.startsWith('0') ? { ...time, zeroPadded: true } : time;
  }
  const half = HALF_BEFORE.exec(rest);
  if (half) {
    const hour = hourWord(half[1] ?? '');
    return hour === undefined ? undefined : build(hour === 0 ? 23 : hour - 1, 30, half[2]);
  }
  const word = WORD_HOUR.exec(rest);
  const hour = word ? hourWord(word[1] ?? '') : undefined;
  return word && hour !== undefined ? build(hour, 0, word[2]) : undefined;
}

function hourWord(word: string): number | undefined {
  const named = Object.hasOwn(HOUR_WORDS, word) ? HOUR_WORDS[word] : undefined;
  return named ?? (word === 'a' || word === 'an' ? undefined : countWord(word));
}

function build(hour: number, minute: number, partWord: string | undefined): SaidTime | undefined {
  if (minute > 59 || hour > 24) return undefined;
  if (partWord === undefined) return { hour, minute };
  const part = PARTS[partWord.replace(/\.$/, '')];
  return part ? { hour, minute, part } : undefined;
}

/**
 * The 24-hour clock hour of a said time: "3 sore" is 15, "7 malam" 19, "2 malam" 02, "12 siang" 12.
 * Hours of 13 and above are already on the 24-hour clock and kept.
 *
 * @example
 * clockHour({ hour: 1, minute: 0, part: 'midday' }); // 13
 * clockHour({ hour: 8, minute: 0 });                  // 8
 */
export function clockHour({ hour, part }: SaidTime): number {
  if (hour === 24) return 0;
  if (hour > 12 || part === undefined) return hour;
  switch (part) {
    case 'am':
    case 'morning':
      return hour === 12 ? 0 : hour;
    case 'pm':
      return hour === 12 ? 12 : hour + 12;
    case 'midday':
      return hour >= 10 ? hour : hour + 12;
    case 'afternoon':
      return hour === 12 ? 12 : hour + 12;
    case 'night':
      if (hour === 12) return 0;
      return hour >= 6 ? hour + 12 : hour;
  }
}
