import { countWord } from './number-words.js';

/** A date said relative to today: shift by days, weeks, months or years (negative is the past). */
export interface RelativeDate {
  unit: 'days' | 'weeks' | 'months' | 'years';
  amount: number;
}

// Whole phrases, longest first so "kemarin lusa" is not read as "kemarin".
const PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['kemarin lusa', -2], ['kemaren lusa', -2], ['day before yesterday', -2], ['the day before yesterday', -2],
  ['kamari mangkukna', -2], ['mangkukna', -2],
  ['day after tomorrow', 2], ['the day after tomorrow', 2],
  ['hari ini', 0], ['dinten ieu', 0], ['poe ieu', 0], ['today', 0], ['ayeuna', 0], ['sekarang', 0], ['skrg', 0], ['now', 0],
  ['tadi pagi', 0], ['tadi siang', 0], ['tadi sore', 0], ['tadi', 0], ['barusan', 0], ['this morning', 0], ['tadi isuk', 0],
  ['kemarin', -1], ['kemaren', -1], ['kmrn', -1], ['kmrin', -1], ['kmren', -1], ['kmarin', -1], ['yesterday', -1], ['kamari', -1],
  ['besok', 1], ['besuk', 1], ['bsk', 1], ['esok', 1], ['tomorrow', 1], ['isukan', 1], ['enjing', 1],
  ['lusa', 2], ['pageto', 2],
];

const NIGHT_BEFORE = ['tadi malam', 'semalam', 'last night', 'tadi wengi', 'tadi peuting'];

const UNITS: Readonly<Record<string, RelativeDate['unit']>> = {
  hari: 'days', hr: 'days', day: 'days', days: 'days', poe: 'days', dinten: 'days',
  minggu: 'weeks', mgg: 'weeks', pekan: 'weeks', week: 'weeks', weeks: 'weeks', minggon: 'weeks',
  bulan: 'months', bln: 'months', month: 'months', months: 'months', sasih: 'months',
  tahun: 'years', thn: 'years', th: 'years', year: 'years', years: 'years', taun: 'years',
};

const PAST = ['yang lalu', 'yg lalu', 'lalu', 'sebelumnya', 'kebelakang', 'ago', 'kapengker', 'katukang', 'ka tukang', 'kaliwat'];
const FUTURE = ['lagi', 'kedepan', 'ke depan', 'deui', 'from now', 'later'];

// "3 hari lalu", "seminggu yang lalu", "a week ago", "tilu poe kapengker", "2 minggu lagi", "in 3 days".
const AMOUNT_UNIT = /^(?:(in|dalam) )?(?:(se)(hari|minggu|pekan|bulan|tahun)|(\S+) ?(\p{L}+))(?: (.+))?$/u;

/**
 * A relative date phrase in Indonesian, English or Sundanese, or undefined. Words said after the
 * phrase ("kemarin sore", "kemarin bu") are ignored; "tadi pagi" and the like mean today.
 *
 * @example
 * relativeDate('kemarin lusa');     // { unit: 'days', amount: -2 }
 * relativeDate('seminggu lalu');    // { unit: 'weeks', amount: -1 }
 * relativeDate('3 hari yang lalu'); // { unit: 'days', amount: -3 }
 * relativeDate('12 maret');         // undefined
 */
export function relativeDate(text: string): RelativeDate | undefined {
  // "Last night" is yesterday or today depending on the hour it is said: ask for the date instead.
  if (NIGHT_BEFORE.some((phrase) => text === phrase || text.startsWith(`${phrase} `))) return undefined;
  for (const [phrase, days] of PHRASES) {
    if (text === phrase || text.startsWith(`${phrase} `)) return { unit: 'days', amount: days };
  }
  const match = AMOUNT_UNIT.exec(text);
  if (!match) return undefined;
  const [, inWord, se, seUnit, amountWord, unitWord, rest = ''] = match;
  const amount = se ? 1 : countWord(amountWord ?? '');
  const unit = UNITS[(se ? seUnit : unitWord) ?? ''];
  if (amount === undefined || unit === undefined) return undefined;
  if (inWord) return rest === '' ? { unit, amount } : undefined;
  if (PAST.some((word) => rest === word || rest.startsWith(`${word} `))) return { unit, amount: -amount };
  if (FUTURE.some((word) => rest === word || rest.startsWith(`${word} `))) return { unit, amount };
  return undefined;
}
