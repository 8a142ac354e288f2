import vocabulary from '../../../locales/vocabulary/immunisation.json' with { type: 'json' };
import { normalizeInput, parseDate } from '../../engine/answers/index.js';
import { boosterOf, capsuleForAge, doseOfSeries, type GivenItem, type VitaminACapsule } from '../../domain/immunisation/index.js';

/** What a message says was given, and when. */
export interface DoseReading {
  items: GivenItem[];
  /** The day given, when the message says one (ISO date). */
  date?: string;
  /** The message names a day after today. */
  future?: boolean;
  /** The message only says nothing was given ("tidak ada", "belum"). */
  nothing: boolean;
  /** Vitamin A was said but the child is not of an age for a capsule (6–59 months) and no colour was given. */
  vitaminAAge?: boolean;
}

const MAX_WORDS = 40;
const phrases = (list: readonly string[]): string[][] => list.map((p) => normalizeInput(p).split(' '));
const SERIES = Object.entries(vocabulary.series).flatMap(([series, list]) => phrases(list).map((words) => ({ series, words })));
const VITAMIN_A = phrases(vocabulary.vitaminA);
const CAPSULES = Object.entries(vocabulary.capsule).flatMap(([capsule, list]) => phrases(list).map((words) => ({ capsule: capsule as VitaminACapsule, words })));
const BOOSTER = new Set(vocabulary.booster);
const AND = new Set(vocabulary.and);
const NUMBERS: Readonly<Record<string, number>> = vocabulary.numbers;
const NOTHING = new Set(vocabulary.nothing.map(normalizeInput));

/**
 * Reads the doses a parent or kader says a child was given: "sudah imunisasi BCG dan polio 1 tanggal
 * 3 Maret", "DPT 2, PCV 2, rota 2", "MR lanjutan kemarin", "vitamin A biru". A series without a
 * number is its first dose the child has not had (`received`); a vitamin A capsule without a colour
 * is the one for the child's age on the day given. The date may stand anywhere and is read like any
 * date answer; it is never taken for a dose number.
 *
 * @example
 * readDoseText('sudah imunisasi BCG dan polio 1 tanggal 3 Maret', { today: '2026-03-09', birthDate: '2026-01-20', received: new Set() });
 * // { items: [{ kind: 'dose', dose: 'bcg' }, { kind: 'dose', dose: 'polio1' }], date: '2026-03-03', nothing: false }
 */
export function readDoseText(text: string, context: { today: string; birthDate: string; received: ReadonlySet<string> }): DoseReading {
  const clean = normalizeInput(text).replace(/[,;:()]/g, ' ').replace(/(\p{L})-(?=\p{L}|\d)/gu, '$1 ').replace(/\s+/g, ' ').trim();
  if (NOTHING.has(clean)) return { items: [], nothing: true };
  const words = clean.split(' ').slice(0, MAX_WORDS);
  const when = findDate(words, context.today);
  const rest = when ? [...words.slice(0, when.from), ...words.slice(when.to)] : words;
  const reading: DoseReading = { items: [], nothing: false, ...(when?.date ? { date: when.date } : {}), ...(when?.future ? { future: true } : {}) };
  const taken = new Set(context.received);
  const add = (dose: string | null): void => {
    if (dose && !reading.items.some((i) => i.kind === 'dose' && i.dose === dose)) {
      reading.items.push({ kind: 'dose', dose });
      taken.add(dose);
    }
  };
  for (let i = 0; i < rest.length; ) {
    const series = longest(rest, i, SERIES);
    if (series) {
      i += series.words.length;
      if (BOOSTER.has(rest[i] ?? '')) {
        add(boosterOf(series.series));
        i++;
        continue;
      }
      const numbers: number[] = [];
      while (i < rest.length) {
        const n = numberOf(rest[i]!);
        if (n !== undefined) {
          numbers.push(n);
          i++;
        } else if (AND.has(rest[i]!) && numberOf(rest[i + 1] ?? '') !== undefined) i++;
        else break;
      }
      if (numbers.length === 0) add(doseOfSeries(series.series, undefined, taken));
      for (const n of numbers) add(doseOfSeries(series.series, n, taken));
      continue;
    }
    const vitamin = longest(rest, i, VITAMIN_A.map((words) => ({ words })));
    const colour = longest(rest, i, CAPSULES);
    if (vitamin || colour) {
      i += Math.max(vitamin?.words.length ?? 0, colour?.words.length ?? 0);
      const named = colour?.capsule ?? longest(rest, i, CAPSULES)?.capsule;
      if (!colour && named) i += longest(rest, i, CAPSULES)!.words.length;
      const capsule = named ?? capsuleForAge(context.birthDate, reading.date ?? context.today);
      if (capsule && !reading.items.some((item) => item.kind === 'vitamin_a')) reading.items.push({ kind: 'vitamin_a', capsule });
      else if (!capsule) reading.vitaminAAge = true;
      continue;
    }
    i++;
  }
  return reading;
}

function numberOf(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBERS[word];
}

function longest<T extends { words: readonly string[] }>(words: readonly string[], at: number, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (candidate.words.every((w, k) => words[at + k] === w) && (!best || candidate.words.length > best.words.length)) best = candidate;
  }
  return best;
}

/**
 * The longest run of words that reads as a date. A run of bare numbers ("1 2") is not taken: it is
 * more likely dose numbers than the 1st of February; a date needs a month name, a separator
 * ("3/3"), a relative word ("kemarin") or a "tanggal" before it.
 */
function findDate(words: readonly string[], today: string): { from: number; to: number; date?: string; future?: boolean } | undefined {
  let best: { from: number; to: number; date?: string; future?: boolean } | undefined;
  for (let from = 0; from < words.length; from++) {
    for (let to = words.length; to > from; to--) {
      if (best && to - from <= best.to - best.from) break;
      const run = words.slice(from, to).join(' ');
      if (!/\p{L}|[/.-]/u.test(run)) continue;
      const parsed = parseDate(run, { today, notAfter: today });
      if (parsed.ok) best = { from, to, date: parsed.value };
      else if (parsed.reason === 'date_in_future') best = { from, to, future: true };
    }
  }
  return best;
}
