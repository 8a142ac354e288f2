/** The global commands that work anywhere in a conversation. */
export type Keyword = 'menu' | 'cancel' | 'help' | 'language' | 'stop' | 'start';

/**
 * Words per command, in every language; loaded from `flows/_keywords.yaml`. `flows` maps a flow id
 * to words that open it from anywhere (LIHAT, CABUT IZIN): a right must not hide behind a menu.
 */
export type KeywordTable = Readonly<Record<Keyword, readonly string[]>> & { readonly flows?: Readonly<Record<string, readonly string[]>> };

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

/**
 * The flow a whole message opens, when it is one of the flow keywords.
 *
 * @example
 * matchFlowKeyword('lihat', { ...table, flows: { 'my-data': ['LIHAT'] } }); // 'my-data'
 */
export function matchFlowKeyword(text: string, table: KeywordTable): string | undefined {
  const form = keywordForm(text);
  return Object.entries(table.flows ?? {}).find(([, words]) => words.some((word) => keywordForm(word) === form))?.[0];
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
  const flows = table.flows;
  if (flows !== undefined) {
    if (typeof flows !== 'object' || flows === null || Array.isArray(flows)) throw new Error('"flows" must map flow ids to lists of words');
    for (const [flow, words] of Object.entries(flows)) {
      if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string')) throw new Error(`the flow keyword "${flow}" needs a non-empty list of words`);
    }
  }
  return table as unknown as KeywordTable;
}
