import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLines } from '../../../src/app/growth/value-phrases.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';

const t = createTranslator(loadCatalog(join(import.meta.dirname, '../../../locales')));

describe('a value given again for the same day', () => {
  const change = [{ field: 'weight' as const, from: 11.8, to: 11.9 }];

  it('today says "hari ini"', () => {
    expect(changeLines(t, 'id', change, 'H', 'kader')).toEqual(['Hasil hari ini diperbarui: BB 11,8 kg menjadi BB 11,9 kg (yang lama tetap tersimpan).']);
  });

  it('a past day, recorded afterwards, says that day in every language', () => {
    expect(changeLines(t, 'id', change, 'H', 'kader', '8 Maret 2026')).toEqual(['Hasil tanggal 8 Maret 2026 diperbarui: BB 11,8 kg menjadi BB 11,9 kg (yang lama tetap tersimpan).']);
    expect(changeLines(t, 'en', change, 'H', 'kader', '8 March 2026')[0]).toContain('8 March 2026');
    expect(changeLines(t, 'su', change, 'H', 'kader', '8 Maret 2026')[0]).toContain('kaping 8 Maret 2026');
  });
});
