/** The languages the bot speaks: Indonesian (source), English, Sundanese. */
export const LANGS = ['id', 'en', 'su'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
