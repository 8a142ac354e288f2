import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import type { Indicator } from '../../domain/growth/index.js';
import type { GrowthAssessment } from './assessment.js';
import { formatDay, formatDecimal } from './format.js';
import { nextStep } from './next-step.js';
import { valuePhrases, type TypedValues } from './value-phrases.js';

const SHOWN: readonly Indicator[] = ['waz', 'haz', 'whz', 'baz', 'hcz', 'acz'];

/**
 * The result as a kader reads it: values, each z-score with 2 decimals and its Permenkes category,
 * KMS status with the gain against the KBM, BGM, warnings and the follow-up.
 *
 * @example
 * kaderResultText(t, 'id', { name: 'Budi', age: '13 bulan' }, { weightKg: 8.5 }, assessment);
 * // "Budi (13 bulan) – 9 Maret 2026\nBB 8,5 kg\nBB/U: -1,23 – Berat badan normal\nKMS: N – Naik (+300 g; KBM 200 g)\nBGM: tidak\n…"
 */
export function kaderResultText(t: Translate, lang: Lang, child: { name: string; age: string }, values: TypedValues, a: GrowthAssessment): string {
  const z = (value: number): string => formatDecimal(value, lang, 2, true);
  const lines = [
    t(lang, 'growth.kader.result.header', { name: child.name, age: child.age, date: formatDay(a.date, lang) }),
    valuePhrases(t, lang, values, a.measure, 'kader').join(' · '),
  ];
  if (a.measureInferred) lines.push(t(lang, `growth.kader.measure_inferred.${a.measure ?? 'L'}`));
  for (const indicator of SHOWN) {
    const value = a.z[indicator];
    if (value === undefined) continue;
    const category = (a.categories as Partial<Record<Indicator, string>>)[indicator];
    const label = t(lang, `growth.indicator.${indicator}`);
    lines.push(category ? `${label}: ${z(value)} – ${t(lang, `growth.category.${indicator}.${category}`)}` : `${label}: ${z(value)}`);
  }
  if (a.kms) {
    const gain = a.kms.gainGrams === undefined ? '' : ` ${t(lang, 'growth.kader.kms_gain', { gain: signed(a.kms.gainGrams), kbm: a.kms.kbmGrams ?? 0 })}`;
    lines.push(`${t(lang, 'growth.kader.kms', { status: a.kms.status, label: t(lang, `growth.kms.${a.kms.status}`) })}${gain}`);
  }
  if (a.z.waz !== undefined || a.oedema) lines.push(t(lang, a.belowRedLine ? 'growth.kader.bgm.yes' : 'growth.kader.bgm.no'));
  if (a.oedema) lines.push(t(lang, 'growth.kader.oedema'));
  if (a.hazFalling) {
    const w = a.hazFalling;
    lines.push(`⚠ ${t(lang, 'growth.warning.haz_falling', { fromHaz: z(w.fromHaz), toHaz: z(w.toHaz), days: w.days })}`);
  }
  lines.push(t(lang, `growth.kader.next.${nextStep(a)}`));
  return lines.join('\n');
}

function signed(grams: number): string {
  return grams > 0 ? `+${grams}` : String(grams);
}
