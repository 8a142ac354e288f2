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

describe('flow keywords (LIHAT, CABUT IZIN, HAPUS DATA): a whole message that opens a flow from anywhere', () => {
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

  it('opens a flow for every role (HAPUS DATA) for anyone: over registration\'s open question, which a no goes back to and an erasure ends', async () => {
    const forget: FlowDefinition = {
      spec: 2, id: 'delete-data', version: 1, start: 'sure',
      steps: {
        sure: { type: 'ask', prompt: 'delete.confirm', answer: { type: 'yesno' }, save: 'sure', next: 'check' },
        check: { type: 'branch', cases: [{ when: { var: '@vars.sure', equals: true }, next: 'done' }], default: 'kept' },
        kept: { type: 'send', text: 'delete.kept' },
        done: { type: 'send', text: 'delete.done', next: 'gone' },
        gone: { type: 'end', then: 'stop' },
      },
    };
    const registering: FlowDefinition = { spec: 2, id: 'onboarding', version: 1, start: 'where', steps: { where: { type: 'ask', prompt: 'onboarding.where', answer: { type: 'yesno' }, save: 'where', next: 'thanks' }, thanks: { type: 'send', text: 'onboarding.thanks' } } };
    const base = assets([...baseFlows.filter((f) => f.id !== 'onboarding'), registering, forget]);
    const withForget = { ...base, keywords: { ...base.keywords, flows: { 'delete-data': ['HAPUS DATA'] } } };
    const newcomer = contact({ consented: true, role: null });
    const say = (session: Parameters<typeof runEngine>[1], text: string, who = newcomer) => runEngine(withForget, session, who, { type: 'message', text }, now);

    const asked = await say(newSession('c1', 'id'), 'halo');
    expect(texts(asked)).toEqual(['onboarding.where']);
    const opened = await say(asked.session, 'hapus data');
    expect(texts(opened)).toEqual(['delete.confirm']);
    const kept = await say(opened.session, 'tidak');
    expect(texts(kept)).toEqual(['delete.kept', 'onboarding.where']);
    expect(kept.session.stack.map((f) => f.flow)).toEqual(['onboarding']);

    const again = await say(kept.session, 'hapus data');
    const erased = await say(again.session, 'ya');
    expect(texts(erased)).toEqual(['delete.done']);
    expect(erased.session.stack).toEqual([]);

    // Someone who withdrew consent (and so stopped everything) can still ask, and answer the question it asks.
    const withdrawn = contact({ consented: false, optedOut: true, role: 'parent' });
    const gone = await say(newSession('c1', 'id'), 'hapus data', withdrawn);
    expect(texts(gone)).toEqual(['delete.confirm']);
    expect(texts(await say(gone.session, 'ya', withdrawn))).toEqual(['delete.done']);
    expect(texts(await say(newSession('c1', 'id'), 'halo', withdrawn))).toEqual(['engine.opted_out']);
  });

  it('refuses a keyword file whose flow words are not lists of words', () => {
    const commands = { menu: ['MENU'], cancel: ['BATAL'], help: ['BANTUAN'], language: ['BAHASA'], stop: ['BERHENTI'], start: ['MULAI'] };
    expect(() => validateKeywordTable({ ...commands, flows: { 'my-data': [] } })).toThrow('the flow keyword "my-data" needs a non-empty list of words');
    expect(() => validateKeywordTable({ ...commands, flows: ['LIHAT'] })).toThrow('"flows" must map flow ids to lists of words');
    expect(validateKeywordTable({ ...commands, flows: { 'my-data': ['LIHAT'] } }).flows).toEqual({ 'my-data': ['LIHAT'] });
  });
});
