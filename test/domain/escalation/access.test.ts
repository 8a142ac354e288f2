import { describe, expect, it } from 'vitest';
import { alertVisibility, inArea, type Actor, type Area, type Visibility } from '../../../src/domain/escalation/index.js';
import { AREA, KADER, LURAH, PARENT, TPG } from './fixtures.js';

const ELSEWHERE: Area = { posyanduId: 'psy-mawar', kelurahanId: 'kel-lain', rw: '02', puskesmasId: 'pkm-lain' };

describe('alertVisibility', () => {
  it.each<[string, Actor, Area, Visibility]>([
    ['kader of the posyandu sees the child', KADER, AREA, 'full'],
    ['puskesmas of the area sees the child', TPG, AREA, 'full'],
    ['lurah sees only counts and places', LURAH, AREA, 'anonymous'],
    ['parent never sees alerts', PARENT, AREA, 'none'],
    ['kader outside the area', KADER, ELSEWHERE, 'none'],
    ['puskesmas outside the area', TPG, ELSEWHERE, 'none'],
    ['lurah outside the area', LURAH, ELSEWHERE, 'none'],
    ['actor with no areas', { role: 'puskesmas' }, AREA, 'none'],
    ['lurah with a puskesmas id only', { role: 'lurah', puskesmasIds: ['pkm-jatimulya'] }, AREA, 'none'],
  ])('%s', (_name, actor, area, expected) => {
    expect(alertVisibility(actor, area)).toBe(expected);
  });

  it('a kader cannot match a record that has no posyandu', () => {
    const { posyanduId: _ignored, ...rwOnly } = AREA;
    expect(inArea(KADER, rwOnly)).toBe(false);
    expect(inArea(LURAH, rwOnly)).toBe(true);
  });
});
