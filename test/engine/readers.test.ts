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

describe('a reply that fits the open question but another flow reads (item: "berat 9,2" typed as a name)', () => {
  const ask = (reading?: 'switch' | 'offer' | 'answer'): FlowDefinition => ({
    spec: 2,
    id: 'note',
    version: 1,
    start: 'ask',
    steps: {
      ask: { type: 'ask', prompt: 'note.prompt', answer: { type: 'text', minLength: 1, maxLength: 200 }, save: 'note', next: 'done', ...(reading ? { reading } : {}) },
      done: { type: 'send', text: 'note.done' },
    },
  });
  const at = async (reading?: 'switch' | 'offer' | 'answer') => {
    const started = { ...assets([...baseFlows, measure, ask(reading)]), readers };
    const run = (text: string, session: SessionState) => runEngine(started, session, contact(), { type: 'message', text }, now);
    const open = await runEngine(started, newSession('c1', 'id'), contact(), { type: 'start', flow: 'note' }, now);
    return { open, run };
  };

  it('a text question offers the other flow by default, naming the reader, with two choices', async () => {
    const { open, run } = await at();
    const offered = await run('anak 9 kg', open.session);
    expect(offered.messages).toEqual([{ text: 'engine.offer.weight', choices: [{ id: 'switch', label: 'engine.offer.switch' }, { id: 'keep', label: 'engine.offer.keep' }], question: expect.any(String) }]);
    expect(offered.session.vars.note).toBeUndefined();
    expect(offered.effects).toContainEqual(expect.objectContaining({ type: 'schedule_timeout', token: offered.session.wait!.token }));
  });

  it('yes to the offer goes to the other flow with the words carried over', async () => {
    const { open, run } = await at();
    const offered = await run('anak 9 kg', open.session);
    const moved = await run('ya', offered.session);
    expect(texts(moved)).toEqual(['measure.hi']);
    expect(moved.session.vars).toEqual({ trigger_text: 'anak 9 kg' });
  });

  it('"2" (that was my answer) keeps the words as the answer and goes on', async () => {
    const { open, run } = await at();
    const offered = await run('anak 9 kg', open.session);
    const kept = await run('2', offered.session);
    expect(texts(kept)).toEqual(['note.done']);
    expect(kept.session.vars.note).toBe('anak 9 kg');
  });

  it('a reply that picks neither is asked again; a new measurement goes over with both texts', async () => {
    const { open, run } = await at();
    const offered = await run('anak 9 kg', open.session);
    const again = await run('hmm', offered.session);
    expect(texts(again)).toEqual(['answer.error.no_such_choice', 'engine.offer.weight']);
    const moved = await run('10 kg', again.session);
    expect(texts(moved)).toEqual(['measure.hi']);
    expect(moved.session.vars.trigger_text).toBe('anak 9 kg\n10 kg');
  });

  it('`switch` takes it up at once, `answer` keeps it, and plain words stay the answer', async () => {
    const switched = await at('switch');
    expect(texts(await switched.run('anak 9 kg', switched.open.session))).toEqual(['measure.hi']);
    const answered = await at('answer');
    expect((await answered.run('anak 9 kg', answered.open.session)).session.vars.note).toBe('anak 9 kg');
    const plain = await at();
    expect((await plain.run('Posyandu buka jam 8', plain.open.session)).session.vars.note).toBe('Posyandu buka jam 8');
  });
});
