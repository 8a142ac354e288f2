import { parseText } from './parse-text.js';
import { parseYesNo } from './parse-yes-no.js';

// A nickname or a full name: "Budi", "Siti Aisyah", "Muh. Rizki", "Nur'aini".
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;
const MAX_WORDS = 3;

/**
 * Reads a reply as a person's name, for a choice that may be answered by one ("Budi" at "Daftarkan
 * anak Anda: 1/2/3"): one to three words of letters, no digits, no yes or no ("gak", "iya" answer
 * something else). The flow still confirms it; this only keeps a name from being a wrong answer.
 *
 * @example
 * readName('budi');        // 'budi'
 * readName('Siti Aisyah'); // 'Siti Aisyah'
 * readName('4');           // undefined
 * readName('nggak');       // undefined
 */
export function readName(text: string): string | undefined {
  const read = parseText(text, { minLength: 2, maxLength: 40 });
  if (!read.ok) return undefined;
  const words = read.value.split(' ');
  if (words.length > MAX_WORDS || !words.every((word) => NAME_WORD.test(word)) || parseYesNo(read.value).ok) return undefined;
  return read.value;
}
