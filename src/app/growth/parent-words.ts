import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { GrowthAssessment } from './assessment.js';
import { formatDay } from './format.js';
import { nextStep } from './next-step.js';
import { valuePhrases, type TypedValues } from './value-phrases.js';

/** Thinness codes of IMT/U after 5 years read like wasting to a family. */
const THINNESS_AS: Record<string, string> = { severely_thin: 'severely_wasted', thin: 'wasted' };

/**
 * What the measurements mean, for a parent: the values, one plain line per finding (no z-scores, no
 * jargon, no blame) and the ONE next step that matters (`nextStep`).
 *
 * @example
 * parentResultText(t, 'id', 'Budi', { weightKg: 8.5, lengthCm: 72 }, assessment);
 * // "Terima kasih, hasil Budi tanggal 9 Maret 2026 sudah dicatat: berat 8,5 kg, panjang 72 cm.\n\nArtinya:\n• …"
 */
export function parentResultText(t: Translate, lang: Lang, name: string, values: TypedValues, a: GrowthAssessment): string {
  const recorded = t(lang, 'growth.parent.recorded', { name, date: formatDay(a.date, lang), values: valuePhrases(t, lang, values, a.measure, 'parent').join(', ') });
  return [recorded, '', parentMeaningText(t, lang, name, a)].join('\n');
}

/**
 * "Artinya:" with one plain line per finding, then the one next step; used after a report and under a
 * history (for the latest visit).
 *
 * @example
 * parentMeaningText(t, 'id', 'Sari', assessment); // "Artinya:\n• Sari lebih pendek …\n\nLangkah berikutnya: …"
 */
export function parentMeaningText(t: Translate, lang: Lang, name: string, a: GrowthAssessment, heading = 'growth.parent.meaning'): string {
  const meaning = meaningLines(t, lang, name, a).map((line) => `• ${line}`);
  const next = t(lang, `growth.parent.next.${nextStep(a)}`, { name });
  return [...(meaning.length ? [t(lang, heading), ...meaning, ''] : []), next].join('\n');
}

function meaningLines(t: Translate, lang: Lang, name: string, a: GrowthAssessment): string[] {
  const { waz, haz, whz, baz } = a.categories;
  const lines: string[] = [];
  if (a.oedema) lines.push(t(lang, 'growth.parent.oedema', { name }));
  if (waz && !a.oedema) lines.push(t(lang, `growth.parent.waz.${waz}`, { name }));
  if (haz) lines.push(t(lang, `growth.parent.haz.${haz}`, { name }));
  const thinness = whz ?? baz;
  if (thinness && !a.oedema) lines.push(t(lang, `growth.parent.whz.${THINNESS_AS[thinness] ?? thinness}`, { name }));
  if (a.kms && ['N', 'T', '2T'].includes(a.kms.status)) lines.push(t(lang, `growth.parent.kms.${a.kms.status}`, { name, gain: a.kms.gainGrams ?? 0 }));
  if (a.hazFalling) lines.push(t(lang, 'growth.parent.haz_falling', { name }));
  return lines;
}
