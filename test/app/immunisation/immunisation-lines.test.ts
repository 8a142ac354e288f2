import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { immunisationLines } from '../../../src/app/immunisation/immunisation-lines.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';
import { ROUTINE_SCHEDULE } from '../../../src/domain/immunisation/index.js';

const catalog = loadCatalog(join(import.meta.dirname, '../../../locales'));
const t = createTranslator(catalog);

describe('immunisationLines', () => {
  it('a newborn: HB0 due now, the 1-month doses next, nothing past', () => {
    const lines = immunisationLines(t, 'id', '2026-03-07', '2026-03-09');
    expect(lines).toEqual({ done: '', past: '', due: '• saat lahir (dalam 24 jam): Hepatitis B (HB0)', next: '• umur 1 bulan: BCG, Polio tetes 1' });
  });

  it('at 2 months in English: HB0 and the 1-month doses past, the 2-month doses due, 3 months next', () => {
    const lines = immunisationLines(t, 'en', '2026-01-05', '2026-03-09');
    expect(lines.past).toBe('• at birth (within 24 hours): Hepatitis B (HB0)\n• at 1 month: BCG, Oral polio 1');
    expect(lines.due).toBe('• at 2 months: DPT-HB-Hib 1, Oral polio 2, PCV 1, Rotavirus 1');
    expect(lines.next).toBe('• at 3 months: DPT-HB-Hib 2, Oral polio 3, PCV 2, Rotavirus 2');
  });

  it('every dose of the schedule has its own name in every language (no fallback to Indonesian)', () => {
    for (const lang of ['id', 'su', 'en'] as const) {
      for (const dose of ROUTINE_SCHEDULE) expect(catalog[lang][`immunisation.dose.${dose.id}`], `${lang} ${dose.id}`).toBeTruthy();
    }
  });
});

describe('immunisationLines with records', () => {
  it('recorded doses are done; the rest of their age stays past', () => {
    const lines = immunisationLines(t, 'id', '2026-01-05', '2026-03-09', new Set(['hb0', 'bcg']));
    expect(lines.done).toBe('• saat lahir (dalam 24 jam): Hepatitis B (HB0)\n• umur 1 bulan: BCG');
    expect(lines.past).toBe('• umur 1 bulan: Polio tetes 1');
    expect(lines.due).toBe('• umur 2 bulan: DPT-HB-Hib 1, Polio tetes 2, PCV 1, Rotavirus 1');
  });
});
