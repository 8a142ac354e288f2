import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The growth texts: the pending file while it exists, else the growth.* keys of the merged catalog. */
const load = (lang: string): Record<string, string> => {
  const pending = new URL(`../../../locales/pending/growth.${lang}.json`, import.meta.url);
  const file = existsSync(pending) ? pending : new URL(`../../../locales/${lang}.json`, import.meta.url);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('growth.')));
};
const locales = { id: load('id'), en: load('en'), su: load('su') };
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const CODES = {
  waz: ['severely_underweight', 'underweight', 'normal', 'risk_of_overweight'],
  haz: ['severely_stunted', 'stunted', 'normal', 'tall'],
  whz: ['severely_wasted', 'wasted', 'normal', 'possible_risk_of_overweight', 'overweight', 'obese'],
  baz: ['severely_wasted', 'wasted', 'normal', 'possible_risk_of_overweight', 'overweight', 'obese', 'severely_thin', 'thin'],
};
const REQUIRED = [
  ...Object.entries(CODES).flatMap(([indicator, codes]) => codes.map((code) => `growth.category.${indicator}.${code}`)),
  ...['N', 'T', '2T', 'O', 'B', 'bgm'].map((status) => `growth.kms.${status}`),
  ...['implausible_z', 'weight_jump', 'weight_drop', 'lenhei_shrink', 'lenhei_jump', 'weight_decimal_slip', 'lenhei_decimal_slip']
    .map((code) => `growth.check.${code}`),
  'growth.warning.haz_falling',
];

describe('growth texts', () => {
  it('has a text for every category, KMS status, check and warning code in id, en and su', () => {
    for (const texts of Object.values(locales)) {
      for (const key of REQUIRED) expect(texts[key], key).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('has the same keys and placeholders in every language', () => {
    const keys = Object.keys(locales.id).sort();
    for (const texts of [locales.en, locales.su]) {
      expect(Object.keys(texts).sort()).toEqual(keys);
      for (const key of keys) expect(placeholders(texts[key] ?? ''), key).toEqual(placeholders(locales.id[key] ?? ''));
    }
  });
});
