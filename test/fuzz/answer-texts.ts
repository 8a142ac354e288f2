import { expect } from 'vitest';
import { ANSWER_ERROR_REASONS, type AnswerResult } from '../../src/shared/numbers/index.js';
import { loadCatalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/shared/lang.js';

export const catalog = loadCatalog('locales');

/** The `{name}` placeholders of a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * A key the user would read, with these params, has a text in every language of its own (no fallback
 * to Indonesian) and every placeholder of each text is filled.
 */
export function expectTextInEveryLanguage(key: string, params: Readonly<Record<string, unknown>> = {}): void {
  for (const lang of LANGS) {
    const template = catalog[lang][key];
    expect(template, `${lang}: ${key}`).toBeTypeOf('string');
    for (const name of placeholders(template!)) expect(params, `${lang}: ${key} needs {${name}}`).toHaveProperty(name);
  }
}

/** An answer parser's result: a value, or a reason the engine can re-ask with, in every language. */
export function expectAnswered<T>(result: AnswerResult<T>): void {
  if (result.ok) return;
  expect(ANSWER_ERROR_REASONS).toContain(result.reason);
  expectTextInEveryLanguage(`answer.error.${result.reason}`, result.params);
  for (const value of Object.values(result.params ?? {})) {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else expect(value).not.toMatch(/NaN|Infinity|undefined/);
  }
}
