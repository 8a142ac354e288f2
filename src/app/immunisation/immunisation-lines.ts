import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { dosesFor, type DoseState } from '../../domain/immunisation/index.js';

export interface ImmunisationLines {
  /** Doses recorded as given (reported by the parent or recorded by the kader). */
  done: string;
  /** Doses whose window has passed: with no record yet, the parent checks the Buku KIA for them. */
  past: string;
  due: string;
  /** The next age group still to come, if any. */
  next: string;
}

/**
 * What the national schedule expects of a child today, in the contact's language, one line per age
 * (doses of the same age share a line). Doses in `received` (the records in force) are `done`; the
 * others past their window are `past`, to check against the Buku KIA or catch up.
 *
 * @example
 * immunisationLines(t, 'id', '2024-09-02', '2026-03-09').due;
 * // "• umur 18 bulan: DPT-HB-Hib lanjutan, MR lanjutan"
 */
export function immunisationLines(t: Translate, lang: Lang, birthDate: string, today: string, received: ReadonlySet<string> = new Set()): ImmunisationLines {
  const doses = dosesFor(birthDate, today, received);
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
    done: lines(doses.filter((d) => d.status === 'done')),
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
