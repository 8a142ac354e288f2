import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { Measurement } from '../children/child-records.js';
import { formatDay } from './format.js';
import { valuePhrases } from './value-phrases.js';

/** How many visits a history message lists; the charts show them all. */
export const HISTORY_LINES = 6;

function kmsOf(m: Measurement): string | undefined {
  const kms = m.result.kms as { status?: unknown } | null | undefined;
  return typeof kms?.status === 'string' ? kms.status : undefined;
}

/**
 * The latest visits in plain words, newest first: date in the contact's language, values, whether the
 * weight went up (KMS N/T/2T as stored at save time) and where it was measured.
 *
 * @example
 * historyLines(t, 'id', measurements);
 * // "• 9 Maret 2026: berat 9,3 kg, panjang 76 cm – berat naik (posyandu)\n• 9 Februari 2026: …"
 */
export function historyLines(t: Translate, lang: Lang, measurements: readonly Measurement[]): string {
  return [...measurements]
    .reverse()
    .slice(0, HISTORY_LINES)
    .map((m) => {
      const status = kmsOf(m);
      const trend = status === 'N' || status === 'T' || status === '2T' ? t(lang, `growth.history.kms.${status}`) : '';
      return t(lang, 'growth.history.line', {
        date: formatDay(m.date, lang),
        values: valuePhrases(t, lang, m, m.measure, 'parent').join(', '),
        trend: trend ? ` – ${trend}` : '',
        where: t(lang, `growth.history.source.${m.source}`),
      });
    })
    .join('\n');
}
