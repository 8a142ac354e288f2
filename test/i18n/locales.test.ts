import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/shared/lang.js';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const catalog = loadCatalog('locales');
const sources = [...files('src', /\.ts$/), ...files('flows', /\.ya?ml$/)].map((f) => readFileSync(f, 'utf8')).join('\n');
/** Keys built at run time, like `help.${role}` or `answer.error.${reason}`: their literal prefixes. */
const dynamicPrefixes = [...sources.matchAll(/[`'"]([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.)\$\{/g)].map((m) => m[1]!);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it.each(LANGS.filter((l) => l !== 'id'))('%s has exactly the keys of Indonesian', (lang) => {
    expect(Object.keys(catalog[lang]).sort()).toEqual(Object.keys(catalog.id).sort());
  });

  it.each(LANGS.filter((l) => l !== 'id'))('%s uses the same placeholders as Indonesian in every text', (lang) => {
    const mismatched = Object.keys(catalog.id).filter((key) => JSON.stringify(placeholders(catalog.id[key]!)) !== JSON.stringify(placeholders(catalog[lang][key] ?? '')));
    expect(mismatched).toEqual([]);
  });

  it('has no key that nobody uses (flows, code, or a prefix code builds keys from)', () => {
    const unused = Object.keys(catalog.id).filter((key) => !sources.includes(key) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });

  it('has every key the flows use, in every language', () => {
    const used = new Set<string>();
    for (const file of files('flows', /^[^_].*\.ya?ml$/)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:text|prompt|label|key|hint):\s*"?([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"?/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const lang of LANGS) expect([...used].filter((key) => catalog[lang][key] === undefined), lang).toEqual([]);
  });
});
