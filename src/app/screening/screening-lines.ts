import { formatNumberId } from '../../domain/measurement/index.js';
import type { ScreeningReading, ScreeningText } from '../../domain/screening/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDecimal } from '../growth/format.js';

/**
 * One line per value measured, with its category, in the reader's language:
 * "• Tensi 150/95 mmHg: hipertensi derajat 1".
 *
 * @example
 * valueLines(t, 'id', { waistCm: 92 }, reading); // '• Lingkar perut 92 cm: obesitas sentral (batas 90 cm laki-laki, 80 cm perempuan)'
 */
export function valueLines(translate: Translate, lang: Lang, values: ScreeningText, reading: ScreeningReading): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const lines: string[] = [];
  if (values.bloodPressure && reading.bloodPressure) {
    lines.push(t('screening.line.bp', { value: `${values.bloodPressure.systolic}/${values.bloodPressure.diastolic}`, category: t(`screening.bp.${reading.bloodPressure}`) }));
  }
  if (values.sugar && reading.sugar) {
    lines.push(t(`screening.line.sugar_${values.sugar.kind}`, { value: formatNumberId(values.sugar.mgDl, 0), category: t(`screening.sugar.${reading.sugar}`) }));
  }
  if (values.weightKg !== undefined) lines.push(t('screening.line.weight', { value: formatNumberId(values.weightKg, values.weightKg % 1 ? 1 : 0) }));
  if (values.heightCm !== undefined) lines.push(t('screening.line.height', { value: formatNumberId(values.heightCm, values.heightCm % 1 ? 1 : 0) }));
  const forAge = reading.bmi?.forAge;
  if (reading.bmi && forAge) lines.push(t('screening.line.bmi_for_age', { value: formatNumberId(reading.bmi.value, 1), z: formatDecimal(forAge.z, lang, 2, true), category: t(`growth.category.baz.${forAge.category}`) }));
  else if (reading.bmi) lines.push(t('screening.line.bmi', { value: formatNumberId(reading.bmi.value, 1), category: t(`screening.bmi.${reading.bmi.category}`) }));
  if (values.waistCm !== undefined) {
    const value = formatNumberId(values.waistCm, values.waistCm % 1 ? 1 : 0);
    // Under 16 the adult cut-offs do not apply: the value is said, with no category.
    if (reading.centralObesity === undefined) lines.push(t('screening.line.waist_young', { value }));
    else lines.push(t('screening.line.waist', { value, category: t(reading.centralObesity ? 'screening.waist.central' : 'screening.waist.normal') }));
  }
  return lines.join('\n');
}

/** The locale key of what to do next, by outcome: `urgent` first (see `readScreening`). */
export function adviceKey(audience: 'kader' | 'person', reading: ScreeningReading): string {
  return `screening.${audience}.${reading.urgent ? 'urgent' : reading.outcome}`;
}
