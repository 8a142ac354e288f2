import type { Lang } from '../../shared/lang.js';
import type { IlpService } from './schedule.js';

// Vocabulary, not sentences: Intl has no Sundanese calendar names and no ILP service names, so the
// words are kept here; the sentences around them live in locales/.

/** Sundanese weekday names, Monday first (luxon weekday 1–7). */
export const SUNDANESE_WEEKDAYS = ['Senén', 'Salasa', 'Rebo', 'Kemis', 'Jumaah', 'Saptu', 'Minggu'] as const;

/** Sundanese month names as used in Sundanese-language media (LBSS spelling). */
export const SUNDANESE_MONTHS = [
  'Januari',
  'Pébruari',
  'Maret',
  'April',
  'Méi',
  'Juni',
  'Juli',
  'Agustus',
  'Séptémber',
  'Oktober',
  'Nopémber',
  'Désémber',
] as const;

const SERVICE_NAMES: Record<Lang, Record<IlpService, string>> = {
  id: {
    balita: 'balita',
    ibu_hamil: 'ibu hamil',
    kelas_ibu_hamil: 'Kelas Ibu Hamil',
    remaja: 'remaja',
    usia_produktif: 'usia produktif',
    lansia: 'lansia',
  },
  en: {
    balita: 'children under five',
    ibu_hamil: 'pregnant women',
    kelas_ibu_hamil: 'a class for pregnant women (Kelas Ibu Hamil)',
    remaja: 'teenagers',
    usia_produktif: 'adults',
    lansia: 'older people',
  },
  su: {
    balita: 'balita',
    ibu_hamil: 'ibu reuneuh',
    kelas_ibu_hamil: 'Kelas Ibu Reuneuh',
    remaja: 'rumaja',
    usia_produktif: 'usia produktif',
    lansia: 'lansia',
  },
};

const AND: Record<Lang, string> = { id: 'dan', en: 'and', su: 'jeung' };

/**
 * The services as a natural list in a language.
 *
 * @example
 * serviceList(['balita', 'ibu_hamil', 'lansia'], 'id'); // 'balita, ibu hamil dan lansia'
 */
export function serviceList(services: readonly IlpService[], lang: Lang): string {
  const names = services.map((s) => SERVICE_NAMES[lang][s]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${AND[lang]} ${names[names.length - 1]}`;
}
