import { existsSync, readFileSync } from 'node:fs';
import type { ChartTranslate } from '../../src/charts/index.js';
import { interpolate } from '../../src/i18n/catalog.js';
import type { Lang } from '../../src/shared/lang.js';

/** The chart texts of `lang`: the pending file while it exists, else the merged locale file. */
export function chartMessages(lang: Lang): Record<string, string> {
  const pending = `locales/pending/chart.${lang}.json`;
  const all = JSON.parse(readFileSync(existsSync(pending) ? pending : `locales/${lang}.json`, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('chart.')));
}

export function chartTranslator(lang: Lang): ChartTranslate {
  const messages = chartMessages(lang);
  return (key, params) => interpolate(messages[key] ?? key, params ?? {});
}
