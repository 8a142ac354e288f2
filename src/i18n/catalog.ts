import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/errors.js';
import { LANGS, type Lang } from '../shared/lang.js';

/** Messages by dotted key, per language. Indonesian is the source every other language follows. */
export type Messages = Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<Lang, Messages>>;
export type Params = Readonly<Record<string, string | number>>;

/** Translates a key; a key missing in a language falls back to Indonesian, then to the key itself. */
export type Translate = (lang: Lang, key: string, params?: Params) => string;

/**
 * @example
 * const catalog = loadCatalog('locales');
 * const t = createTranslator(catalog);
 * t('en', 'engine.cancelled'); // "Cancelled. …"
 */
export function loadCatalog(dir: string): Catalog {
  const entries = LANGS.map((lang) => {
    const file = join(dir, `${lang}.json`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new AppError('LOCALE_KEY_MISSING', `Cannot read locale file ${file}: fix its JSON.`, { file }, { cause });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new AppError('LOCALE_KEY_MISSING', `Locale file ${file} must hold one object of "key": "text".`, { file });
    }
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') {
        throw new AppError('LOCALE_KEY_MISSING', `Locale ${lang} key ${key} must be a string.`, { file, key });
      }
    }
    return [lang, parsed as Messages] as const;
  });
  return Object.fromEntries(entries) as Catalog;
}

export function createTranslator(catalog: Catalog): Translate {
  return (lang, key, params) => {
    const template = catalog[lang][key] ?? catalog.id[key] ?? key;
    return params ? interpolate(template, params) : template;
  };
}

/** Replaces `{name}` with the parameter; an unknown placeholder stays visible so tests catch it. */
export function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
