// Zero-width and other invisible format characters that phones and copy-paste slip into messages.
const INVISIBLE = /[\p{Cf}]/gu;
// Combining marks: accents (Sundanese "é"), but also the variation selector and keycap mark of "2️⃣".
const MARKS = /\p{M}/gu;

/**
 * The form every answer is matched in: compatibility-normalised (full-width digits become ASCII),
 * invisible characters removed, accents folded ("Méi" → "mei", "2️⃣" → "2"), lowercased,
 * whitespace collapsed and trimmed. It is for matching only; never store it as the user's text.
 *
 * @example
 * normalizeInput('  Méi\u200B  2024 '); // 'mei 2024'
 * normalizeInput('IYA\u00A0kak');       // 'iya kak'
 */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
