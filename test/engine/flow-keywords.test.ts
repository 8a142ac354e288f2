import { describe, expect, it } from 'vitest';
import { newSession, runEngine, validateKeywordTable, type FlowDefinition } from '../../src/engine/index.js';
import { assets, baseFlows, contact } from './fixtures.js';

const now = new Date('2026-03-09T02:00:00Z');
const texts = (r: { messages: Array<{ text: string }> }) => r.messages.map((m) => m.text);

const myData: FlowDefinition = { spec: 2, id: 'my-data', version: 1, roles: ['parent'], start: 'show', steps: { show: { type: 'send', text: 'my_data.shown' } } };
const engine = () => {
  const base = assets([...baseFlows, myData]);
  return { ...base, keywords: { ...base.keywords, flows: { 'my-data': ['LIHAT', 'MY DATA'] } } };
};

describe('flow keywords (LIHAT, CABUT IZIN): a whole message that opens a flow from anywhere', () => {
  it('opens the flow from idle and in the middle of a question, in any case and with punctuation', async () => {
    const idle = await runEngine(engine(), newSession('c1', 'id'), contact(), { type: 'message', text: 'lihat' }, now);
    expect(texts(idle)).toEqual(['my_data.shown']);
    const asked = await runEngine(engine(), newSession('c1', 'id'), contact(), { type: 'message', text: '1' }, now);
    const waiting = await runEngine(engine(), asked.session, contact(), { type: 'message', text: 'halo' }, now);
    expect(waiting.session.wait).toBeDefined();
    const opened = await runEngine(engine(), waiting.session, contact(), { type: 'message', text: ' My data! ' }, now);
    expect(texts(opened)).toEqual(['my_data.shown']);
    expect(opened.session.stack).toEqual([]);
  });

  it('is only for the roles the flow serves and for contacts who consented; words inside a sentence are no keyword', async () => {
    const kader = await runEngine(engine(), newSession('c1', 'id'), contact({ role: 'kader' }), { type: 'message', text: 'LIHAT' }, now);
    expect(texts(kader)).toEqual(['menu.kader']);
    const guest = await runEngine(engine(), newSession('c1', 'id'), contact({ consented: false, role: null }), { type: 'message', text: 'LIHAT' }, now);
    expect(texts(guest)).toEqual(['onboarding.hi']);
    const sentence = await runEngine(engine(), newSession('c1', 'id'), contact(), { type: 'message', text: 'lihat jadwal' }, now);
    expect(texts(sentence)).toEqual(['menu.prompt']);
  });

  it('refuses a keyword file whose flow words are not lists of words', () => {
    const commands = { menu: ['MENU'], cancel: ['BATAL'], help: ['BANTUAN'], language: ['BAHASA'], stop: ['BERHENTI'], start: ['MULAI'] };
    expect(() => validateKeywordTable({ ...commands, flows: { 'my-data': [] } })).toThrow('the flow keyword "my-data" needs a non-empty list of words');
    expect(() => validateKeywordTable({ ...commands, flows: ['LIHAT'] })).toThrow('"flows" must map flow ids to lists of words');
    expect(validateKeywordTable({ ...commands, flows: { 'my-data': ['LIHAT'] } }).flows).toEqual({ 'my-data': ['LIHAT'] });
  });
});
