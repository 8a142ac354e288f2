import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { dosesFor, type DoseState } from '../../domain/immunisation/index.js';

export interface ImmunisationLines {
  /** Doses whose window has passed: with no record yet, the parent checks the Buku KIA for them. */
  past: string;
  due: string;
  /** The next age group still to come, if any. */
  next: string;
}

/**
 * What the national schedule expects of a child today, in the contact's language, one line per age
 * (doses of the same age share a line). No dose is recorded yet, so none is `done`.
 *
 * @example
 * immunisationLines(t, 'id', '2024-09-02', '2026-03-09').due;
 * // "• umur 18 bulan: DPT-HB-Hib lanjutan, MR lanjutan"
 */
export function immunisationLines(t: Translate, lang: Lang, birthDate: string, today: string): ImmunisationLines {
  const doses = dosesFor(birthDate, today, new Set());
  const nextAge = doses.find((d) => d.status === 'upcoming')?.ageMonths;
  const lines = (chosen: DoseState[]): string => {
    const ages = [...new Set(chosen.map((d) => d.ageMonths))];
    return ages
      .map((age) => t(lang, 'immunisation.line', {
        age: ageText(t, lang, age),
        doses: chosen.filter((d) => d.ageMonths === age).map((d) => t(lang, `immunisation.dose.${d.id}`)).join(', '),
      }))
      .join('\n');
  };
  return {
    past: lines(doses.filter((d) => d.status === 'late')),
    due: lines(doses.filter((d) => d.status === 'due')),
    next: lines(doses.filter((d) => d.status === 'upcoming' && d.ageMonths === nextAge)),
  };
}

/** "1 month" is singular in English; the other languages say it as any number. */
function ageText(t: Translate, lang: Lang, months: number): string {
  if (months === 0) return t(lang, 'immunisation.at_birth');
  return months === 1 ? t(lang, 'immunisation.at_one_month') : t(lang, 'immunisation.at_months', { months });
}
