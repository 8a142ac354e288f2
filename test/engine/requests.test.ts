import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../src/engine/index.js';
import { matchRequest } from '../../src/engine/triggers.js';
import { loaded } from './fixtures.js';

const flow = (id: string, triggers: string[]): FlowDefinition => ({ spec: 2, id, version: 1, triggers, roles: ['kader'], start: 'hi', steps: { hi: { type: 'send', text: 'x' } } });
const flows = [flow('broadcast', ['siaran', 'kirim siaran']), flow('sweeping', ['anak yang belum ditimbang', 'belum ditimbang'])].map((f) => loaded(f));

describe('matchRequest: trigger words that make up the reply, not a mention of them', () => {
  it.each([
    ['SIARAN', 'broadcast'],
    ['kirim siaran dong', 'broadcast'],
    ['anak yang belum ditimbang', 'sweeping'],
    ['anak yang belum ditimbang?', 'sweeping'],
  ])('%j asks for %s', (text, id) => {
    expect(matchRequest(text, flows, 'kader')).toBe(id);
  });

  it.each(['Budi', 'Besok anak yang belum ditimbang bulan lalu mohon datang ke posyandu jam 08.00.', 'siaranto'])('%j is an answer', (text) => {
    expect(matchRequest(text, flows, 'kader')).toBeUndefined();
  });

  it('only for the roles the flow serves', () => {
    expect(matchRequest('SIARAN', flows, 'parent')).toBeUndefined();
  });
});
