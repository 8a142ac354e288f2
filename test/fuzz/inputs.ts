import fc from 'fast-check';

/**
 * What people (and attackers) type: any Unicode, numbers written every way, unit and label words,
 * and long repeats. Shared by the property tests under test/fuzz.
 */

// Digits of other scripts: full-width (NFKC folds them) and Arabic-Indic, Persian, Devanagari, Bengali (it does not).
const DIGIT_SCRIPTS = ['0123456789', '０１２３４５６７８９', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '०१२३४५६७८९', '০১২৩৪৫৬৭৮৯'];

/** Number-shaped words that trip naive parsers: exponents, infinities, signed zeros, separators. */
export const TRICKY_NUMBERS = [
  '1e309', '-1e309', '1e-400', '1E5', '0x10', '0b11', 'Infinity', '-Infinity', 'NaN', '-0', '+0', '−5', '٫5', '8٫5',
  '9'.repeat(400), `0.${'0'.repeat(400)}1`, `1.${'000.'.repeat(120)}000`, '1.2.3', ',5', '.5', '5.', '5,', '--5', '5-',
  '１２', '８，５', '٣', '۸٫۵', '१२', '½', '²', 'Ⅻ', '⑫', '𝟖', '8\u00a0500', '8\u202f500', '8\u200b5',
];

/** Words the parsers know: units, labels, parts of the day, months, fillers, yes/no. */
export const KNOWN_WORDS = [
  'kg', 'gram', 'gr', 'ons', 'cm', 'mm', 'm', 'senti', 'kilo', 'lbs', 'inch', 'bulan', 'bln', 'tahun', 'minggu', 'hari', 'x', '°c',
  'bb', 'tb', 'pb', 'lk', 'lila', 'berat', 'tinggi', 'panjang', 'lingkar', 'kepala', 'lengan', 'berdiri', 'berbaring', 'edema', 'tidak',
  'jam', 'pukul', 'pagi', 'siang', 'sore', 'malam', 'wib', 'setengah', 'sampai', 's/d', '-', 'an',
  'maret', 'mei', 'agustus', 'desember', 'kemarin', 'lusa', 'besok', 'lalu', 'lagi', 'yang', 'se',
  'no', 'nomor', 'ya', 'iya', 'gak', 'tdk', 'mungkin', 'tahu', '👍', '👎', '2️⃣', '🔟', 'laki', 'perempuan',
  '+62', '0812', '(0)', '62', '3456', '7890',
];

const digitRun = fc
  .tuple(fc.constantFrom(...DIGIT_SCRIPTS), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }))
  .map(([script, ds]) => ds.map((d) => [...script][d]).join(''));

const numberLike = fc.oneof(
  fc.constantFrom(...TRICKY_NUMBERS),
  digitRun,
  fc.tuple(digitRun, fc.constantFrom('.', ',', ':', '-', '/', 'e', 'E', ' '), digitRun).map((parts) => parts.join('')),
  fc.double().map(String),
  fc.integer().map(String),
);

/** One token of a message: a known word, a number, a separator, or any grapheme. */
export const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_WORDS) },
  { weight: 3, arbitrary: numberLike },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '.', ',', ';', ':', '=', '/', '(', ')', '!', '?', '"', "'", '\u200b', '\u00a0') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** A message: tokens joined by spaces or glued, or plain random Unicode. */
export const message = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.tuple(token, fc.constantFrom(' ', '', ' ')), { maxLength: 8 }).map((ts) => ts.map(([t, s]) => t + s).join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** A long message (a few thousand characters, a channel's limit): a short one repeated. */
export const longMessage = fc
  .tuple(message.filter((m) => m.length > 0), fc.integer({ min: 200, max: 4096 }))
  .map(([m, length]) => m.repeat(Math.ceil(length / m.length)).slice(0, Math.max(length, m.length)));

/** Short and long messages, mostly short. */
export const anyMessage = fc.oneof({ weight: 5, arbitrary: message }, { weight: 1, arbitrary: longMessage });
