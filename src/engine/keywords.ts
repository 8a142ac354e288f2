/** The global commands that work anywhere in a conversation. */
export type Keyword = 'menu' | 'cancel' | 'help' | 'language' | 'stop' | 'start';

/** Words per command, in every language; loaded from `flows/_keywords.yaml`. */
export type KeywordTable = Readonly<Record<Keyword, readonly string[]>>;

const KEYWORDS: readonly Keyword[] = ['menu', 'cancel', 'help', 'language', 'stop', 'start'];

/** Uppercase, no surrounding punctuation, a leading slash allowed (Telegram commands). */
export function keywordForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()
    .replace(/^\/+/, '')
    .replace(/@\w+$/, '')
    .replace(/[.!?,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .toUpperCase();
}

/**
 * A message is a keyword only when it is the whole message, so "batal imunisasi" typed as an answer
 * is not taken for BATAL.
 *
 * @example
 * matchKeyword(' batal! ', table); // 'cancel'
 * matchKeyword('/bantuan', table);  // 'help'
 */
export function matchKeyword(text: string, table: KeywordTable): Keyword | undefined {
  const form = keywordForm(text);
  return KEYWORDS.find((keyword) => table[keyword].some((word) => keywordForm(word) === form));
}

export function validateKeywordTable(raw: unknown): KeywordTable {
  if (typeof raw !== 'object' || raw === null) throw new Error('the keyword file must map each command to a list of words');
  const table = raw as Record<string, unknown>;
  for (const keyword of KEYWORDS) {
    const words = table[keyword];
    if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string')) {
      throw new Error(`the keyword "${keyword}" needs a non-empty list of words`);
    }
  }
  return table as unknown as KeywordTable;
}
