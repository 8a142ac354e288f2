import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderListsSection } from '../../../src/app/pws/lists-html.js';
import { parseMonth } from '../../../src/domain/pws/month.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';

const translate = createTranslator(loadCatalog(join(import.meta.dirname, '../../../locales')));

describe('the lists to act on, as HTML', () => {
  it('names a Pusling request\'s kelurahan by its name, never its id', () => {
    const html = renderListsSection(
      { month: parseMonth('2026-03')!, flagged: [], alerts: [], pusling: [{ requestId: 'pr-1', kelurahanId: 'kel-margahayu', rw: '06', state: 'scheduled', requestedOn: '2026-03-02', visitOn: '2026-03-20' }] },
      (id) => (id === 'kel-margahayu' ? 'Margahayu' : id),
      translate,
      'id',
      'Asia/Jakarta',
    );
    expect(html).toContain('RW 06 · Margahayu');
    expect(html).not.toContain('kel-margahayu');
  });
});
