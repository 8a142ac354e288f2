import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/conditions.js';
import { matchKeyword, type KeywordTable } from '../../src/engine/keywords.js';
import type { Condition } from '../../src/engine/index.js';
import { contact } from './fixtures.js';

const table: KeywordTable = { menu: ['MENU', 'MENU UTAMA'], cancel: ['BATAL', 'CANCEL'], help: ['BANTUAN', 'TULUNG'], language: ['BAHASA'], stop: ['BERHENTI', 'STOP', 'EUREUN'], start: ['MULAI', 'START'] };

describe('keywords', () => {
  it.each<[string, string | undefined]>([
    ['MENU', 'menu'],
    ['  menu utama ', 'menu'],
    ['Batal!', 'cancel'],
    ['/start', 'start'],
    ['/bantuan@PosyanduBot', 'help'],
    ['eureun', 'stop'],
    ['\u200Bbahasa', 'language'],
    ['batal imunisasi', undefined],
    ['menunggu', undefined],
    ['', undefined],
  ])('%j → %s', (text, keyword) => {
    expect(matchKeyword(text, table)).toBe(keyword);
  });
});

describe('conditions', () => {
  const scope = { vars: { n: 3, role: 'kader', list: [1, 2], none: null }, contact: contact({ role: 'kader' }) };
  it.each<[Condition, boolean]>([
    [{ var: '@vars.role', equals: 'kader' }, true],
    [{ var: '@contact.role', equals: 'parent' }, false],
    [{ var: '@vars.role', notEquals: 'kader' }, false],
    [{ var: '@vars.n', in: [1, 2, 3] }, true],
    [{ var: '@vars.n', gt: 2, lte: 3 }, true],
    [{ var: '@vars.n', lt: 3 }, false],
    [{ var: '@vars.list', gte: 2 }, true],
    [{ var: '@vars.none', exists: true }, false],
    [{ var: '@vars.missing', exists: false }, true],
    [{ all: [{ var: '@vars.n', equals: 3 }, { var: '@vars.role', equals: 'kader' }] }, true],
    [{ any: [{ var: '@vars.n', equals: 4 }, { not: { var: '@vars.role', equals: 'lurah' } }] }, true],
  ])('%j → %s', (condition, expected) => {
    expect(evaluate(condition, scope)).toBe(expected);
  });
});
