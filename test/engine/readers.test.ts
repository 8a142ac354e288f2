import { describe, expect, it } from 'vitest';
import { newSession, runEngine, type FlowDefinition, type SessionState, type TextReader } from '../../src/engine/index.js';
import { matchReader } from '../../src/engine/triggers.js';
import { assets, baseFlows, contact, loaded } from './fixtures.js';

const now = new Date('2026-03-09T02:00:00Z');
const texts = (r: { messages: Array<{ text: string }> }) => r.messages.map((m) => m.text);

// A stand-in for the measurement reader: "kg" is sure, a lone number is weak.
const readers: Record<string, TextReader> = { weight: (text) => (/\bkg\b/.test(text) ? 'clear' : /^\d+$/.test(text.trim()) ? 'weak' : undefined) };
const measure: FlowDefinition = { spec: 2, id: 'measure', version: 1, reads: 'weight', roles: ['parent'], start: 'hi', steps: { hi: { type: 'send', text: 'measure.hi' } } };
const engine = { ...assets([...baseFlows, measure]), readers };

async function say(text: string, session: SessionState = newSession('c1', 'id')) {
  return runEngine(engine, session, contact(), { type: 'message', text }, now);
}

describe('flows started by a reader', () => {
  it('takes up a measurement typed with no question open, handing the words to the flow', async () => {
    const moved = await say('anak 9 kg');
    expect(texts(moved)).toEqual(['measure.hi']);
    expect(moved.session.vars).toEqual({ trigger_text: 'anak 9 kg' });
  });

  it('takes up a lone number with no question open', async () => {
    expect(texts(await say('9'))).toEqual(['measure.hi']);
  });

  it('at the menu, a sure reading wins over a menu label the text also holds', async () => {
    const menu = await say('halo');
    expect(texts(await say('menu.age 9 kg', menu.session))).toEqual(['measure.hi']);
  });

  it('at the menu, a valid choice wins over a weak reading, and an invalid one is taken up', async () => {
    const menu = await say('halo');
    expect(texts(await say('1', menu.session))).toEqual(['age.prompt']);
    expect(texts(await say('99', menu.session))).toEqual(['measure.hi']);
  });

  it('in another question, only a sure reading leaves it; a weak one is a wrong answer', async () => {
    const age = await say('1', (await say('halo')).session);
    const weak = await say('99', age.session);
    expect(texts(weak)).toEqual(['answer.error.out_of_range', 'age.prompt']);
    expect(texts(await say('9 kg', age.session))).toEqual(['measure.hi']);
  });

  it('comes before trigger words, and keeps to the roles a flow allows', async () => {
    expect(texts(await say('kapan posyandu 9 kg'))).toEqual(['measure.hi']);
    const flows = [...baseFlows, measure].map(loaded);
    expect(matchReader('9 kg', flows, 'kader', readers, true)).toBeUndefined();
    expect(matchReader('9 kg', flows, 'parent', {}, true)).toBeUndefined();
  });
});
