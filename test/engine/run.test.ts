import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction, newSession, runEngine, type EngineInput, type SessionState } from '../../src/engine/index.js';
import type { AskStep, FlowDefinition } from '../../src/engine/definition/types.js';
import { ageCheck, assets, baseFlows, contact, loaded } from './fixtures.js';

const now = new Date('2026-03-09T02:00:00Z');
const texts = (r: { messages: Array<{ text: string }> }) => r.messages.map((m) => m.text);

async function conversation(inputs: string[], start: SessionState = newSession('c1', 'id'), engine = assets()) {
  let session = start;
  const turns = [];
  for (const text of inputs) {
    const result = await runEngine(engine, session, contact(), { type: 'message', text }, now);
    session = result.session;
    turns.push(result);
  }
  return { session, turns };
}

describe('runEngine', () => {
  it('starts the menu, waits for a choice, enters a sub-flow and comes back after it', async () => {
    const { session, turns } = await conversation(['halo', '1', '8']);
    expect(texts(turns[0]!)).toEqual(['menu.prompt']);
    expect(turns[0]!.messages[0]!.choices).toEqual([{ id: 'age', label: 'menu.age' }, { id: 'loop', label: 'menu.loop' }]);
    expect(texts(turns[1]!)).toEqual(['age.prompt']);
    expect(texts(turns[2]!)).toEqual(['age.baby', 'menu.thanks']);
    expect(session.stack).toEqual([]);
    expect(session.vars).toMatchObject({ choice: 'age', age: 8, checked: { months: 8 } });
  });

  it('re-asks with the parser reason as hint; on the third wrong answer offers help and keeps the place', async () => {
    const { session, turns } = await conversation(['halo', '1', 'banyak', '99', 'entah']);
    expect(texts(turns[2]!)).toEqual(['answer.error.not_a_number', 'age.prompt']);
    expect(texts(turns[3]!)[0]).toMatch(/^answer\.error\.(out_of_range|above_max)$/);
    expect(texts(turns[4]!)).toEqual(['engine.too_many_attempts', 'age.prompt']);
    expect(session.wait).toMatchObject({ attempts: 0 });
    const answered = await runEngine(assets(), session, contact(), { type: 'message', text: '8' }, now);
    expect(texts(answered)).toEqual(['age.baby', 'menu.thanks']);
  });

  it('schedules a timeout per question and resumes at the timeout step only for the current token', async () => {
    const { session, turns } = await conversation(['halo', '1']);
    const effect = turns[1]!.effects.find((e) => e.type === 'schedule_timeout');
    expect(effect).toEqual({ type: 'schedule_timeout', token: 'c1:2', at: '2026-03-09T02:30:00.000Z' });
    const stale = await runEngine(assets(), session, contact(), { type: 'timeout', token: 'c1:1' }, now);
    expect(stale.messages).toEqual([]);
    expect(stale.session).toEqual(session);
    const fired = await runEngine(assets(), session, contact(), { type: 'timeout', token: 'c1:2' }, now);
    expect(texts(fired)).toEqual(['age.late', 'menu.thanks']);
  });

  it('ends quietly when a question without a timeout step expires', async () => {
    const { session } = await conversation(['halo']);
    const fired = await runEngine(assets(), session, contact(), { type: 'timeout', token: session.wait!.token }, now);
    expect(fired.messages).toEqual([]);
    expect(fired.session.stack).toEqual([]);
    expect(fired.effects).toContainEqual({ type: 'event', name: 'session_expired', data: { flow: 'menu-parent', step: 'ask' } });
  });

  it('reads a message after a question expired as a new message, even when the timeout never ran', async () => {
    const { session } = await conversation(['halo']);
    const late = new Date(session.wait!.expiresAt);
    const answered = await runEngine(assets(), session, contact(), { type: 'message', text: '1' }, new Date(late.getTime() - 1));
    expect(texts(answered)).toEqual(['age.prompt']);
    const expired = await runEngine(assets(), session, contact(), { type: 'message', text: '1' }, late);
    expect(expired.effects).toContainEqual({ type: 'event', name: 'session_expired', data: { flow: 'menu-parent', step: 'ask' } });
    expect(texts(expired)).toEqual(['menu.prompt']);
  });

  it('leaves an expired question with its own timeout step to that step', async () => {
    const { session } = await conversation(['halo', '1']);
    const later = new Date(new Date(session.wait!.expiresAt).getTime() + 60_000);
    const answered = await runEngine(assets(), session, contact(), { type: 'message', text: '8' }, later);
    expect(texts(answered)).toEqual(['age.baby', 'menu.thanks']);
  });

  it.each<[string, string[], string[]]>([
    ['BATAL cancels the waiting question', ['halo', 'batal'], ['engine.cancelled']],
    ['BANTUAN helps and repeats the question', ['halo', 'bantuan'], ['help.parent', 'menu.prompt']],
    ['MENU restarts the menu', ['halo', '1', 'menu'], ['menu.prompt']],
    ['BAHASA opens the language flow', ['halo', '/bahasa'], ['language.prompt']],
    ['BERHENTI stops', ['halo', 'berhenti'], ['engine.stopped']],
  ])('%s', async (_name, inputs, last) => {
    const { turns } = await conversation(inputs);
    expect(texts(turns.at(-1)!)).toEqual(last);
  });

  it('after BERHENTI questions are still answered (only reminders and broadcasts stop); MULAI opts in again; both are effects', async () => {
    let session = newSession('c1', 'id');
    const stop = await runEngine(assets(), session, contact(), { type: 'message', text: 'STOP' }, now);
    expect(stop.effects).toContainEqual({ type: 'opt_out' });
    expect(stop.contact.optedOut).toBe(true);
    session = stop.session;
    const asked = await runEngine(assets(), session, stop.contact, { type: 'message', text: 'kapan posyandu?' }, now);
    expect(texts(asked)).toEqual(['schedule.hi']);
    expect(asked.contact.optedOut).toBe(true);
    expect(asked.effects).not.toContainEqual({ type: 'opt_in' });
    const back = await runEngine(assets(), session, stop.contact, { type: 'message', text: 'mulai' }, now);
    expect(back.effects).toContainEqual({ type: 'opt_in' });
    expect(texts(back)).toEqual(['menu.prompt']);
  });

  it('tells a contact who stopped and withdrew consent how to come back, whatever they type', async () => {
    const withdrawn = contact({ consented: false, optedOut: true });
    const result = await runEngine(assets(), newSession('c1', 'id'), withdrawn, { type: 'message', text: 'kapan posyandu' }, now);
    expect(texts(result)).toEqual(['engine.opted_out']);
  });

  it('sends a contact without consent to onboarding whatever they type', async () => {
    const result = await runEngine(assets(), newSession('c1', 'id'), contact({ consented: false, role: null }), { type: 'message', text: 'kapan posyandu' }, now);
    expect(texts(result)).toEqual(['onboarding.hi']);
  });

  it('starts a flow from a trigger phrase, respecting the roles a flow allows', async () => {
    const parent = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'Bu, kapan posyandu bulan ini?' }, now);
    expect(texts(parent)).toEqual(['schedule.hi']);
    const notForParents = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'cuaca hari ini' }, now);
    expect(texts(notForParents)).toEqual(['menu.prompt']);
    const kader = await runEngine(assets(), newSession('c1', 'id'), contact({ role: 'kader' }), { type: 'message', text: 'cuaca hari ini?' }, now);
    expect(texts(kader)).toEqual(['weather.hi']);
  });

  it('stops a looping flow at the step limit', async () => {
    const { turns, session } = await conversation(['halo', '2']);
    expect(texts(turns[1]!)).toEqual(['engine.error']);
    expect(turns[1]!.effects).toContainEqual({ type: 'event', name: 'step_limit', data: { flow: 'menu-parent', step: 'loop' } });
    expect(session.stack).toEqual([]);
  });

  it('keeps a waiting session on the revision it started with after the flow file changed', async () => {
    const { session } = await conversation(['halo', '1']);
    const changed = baseFlows.map((f) =>
      f.id === 'ask-age' ? { ...f, version: 2, start: 'new_start', steps: { new_start: { type: 'send' as const, text: 'age.new' } } } : f,
    );
    const old = baseFlows.find((f) => f.id === 'ask-age')!;
    const withHistory = assets(changed, [{ revision: loaded(old).revision, definition: old }]);
    const result = await runEngine(withHistory, session, contact(), { type: 'message', text: '30' }, now);
    expect(texts(result)).toEqual(['age.child', 'menu.thanks']);
  });

  it('restarts kindly when the pinned revision is gone and its step no longer exists', async () => {
    const { session } = await conversation(['halo', '1']);
    const changed = baseFlows.map((f) => (f.id === 'ask-age' ? { ...f, version: 2, start: 'other', steps: { other: { type: 'send' as const, text: 'age.new' } } } : f));
    const result = await runEngine(assets(changed), session, contact(), { type: 'message', text: '30' }, now);
    expect(texts(result)).toEqual(['engine.flow_changed', 'menu.prompt']);
  });

  it('turns an action failure into a kind error and an event, not a crash', async () => {
    const failing = assets(baseFlows, [], [defineAction({ ...ageCheck, run: () => Promise.reject(new Error('database down')) })]);
    const { turns } = await conversation(['halo', '1', '8'], newSession('c1', 'id'), failing);
    expect(texts(turns[2]!)).toEqual(['engine.error']);
    expect(turns[2]!.effects).toContainEqual({ type: 'event', name: 'action_failed', data: { action: 'age.check', error: 'database down' } });
  });

  it('answers an argument its schema refuses with the step\'s error path, naming the argument but not the value', async () => {
    const wantsText = defineAction({ ...ageCheck, args: z.object({ months: z.string() }), run: () => ({ result: 'baby' }) });
    const { turns } = await conversation(['halo', '1', '8'], newSession('c1', 'id'), assets(baseFlows, [], [wantsText]));
    expect(texts(turns[2]!)).toEqual(['engine.error']);
    const failed = turns[2]!.effects.find((e) => e.type === 'event' && e.name === 'action_failed');
    expect(failed).toMatchObject({ data: { action: 'age.check', error: expect.stringMatching(/arguments it cannot take: months: .*expected string/) } });
    expect(JSON.stringify(failed)).not.toMatch(/\b8\b/);
    expect(turns[2]!.session.stack).toEqual([]);
  });

  it('gives an action its arguments as the schema read them', async () => {
    const seen: unknown[] = [];
    const reading = defineAction({ ...ageCheck, args: z.object({ months: z.number().transform((m) => m / 12) }), run: ({ args }) => (seen.push(args.months), { result: 'child' }) });
    await conversation(['halo', '1', '18'], newSession('c1', 'id'), assets(baseFlows, [], [reading]));
    expect(seen).toEqual([1.5]);
  });

  it('is pure: the session and contact passed in are not modified', async () => {
    const session = newSession('c1', 'id');
    const before = structuredClone(session);
    const input: EngineInput = { type: 'message', text: 'halo' };
    await runEngine(assets(), session, contact(), input, now);
    expect(session).toEqual(before);
  });
});

describe('runEngine variables', () => {
  it('hands the words that started a flow to it as trigger_text, and starts the next flow without old variables', async () => {
    const started = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'kapan posyandu besok?' }, now);
    expect(started.session.vars).toEqual({ trigger_text: 'kapan posyandu besok?' });
    const waiting = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'halo' }, now);
    const answered = await runEngine(assets(), waiting.session, contact(), { type: 'message', text: '1' }, now);
    expect(answered.session.vars).toMatchObject({ choice: 'age' });
    const menu = await runEngine(assets(), answered.session, contact(), { type: 'message', text: 'menu' }, now);
    expect(menu.session.vars).toEqual({});
  });
});

describe('runEngine triggers while a question waits', () => {
  it('starts the flow a non-answer asks for, instead of counting a wrong answer', async () => {
    const waiting = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'halo' }, now);
    const moved = await runEngine(assets(), waiting.session, contact(), { type: 'message', text: 'kapan posyandu?' }, now);
    expect(texts(moved)).toEqual(['schedule.hi']);
    expect(moved.session.vars).toEqual({ trigger_text: 'kapan posyandu?' });
  });

  it('still takes a valid answer that happens to contain trigger words', async () => {
    const waiting = await runEngine(assets(), newSession('c1', 'id'), contact(), { type: 'message', text: 'halo' }, now);
    const answered = await runEngine(assets(), waiting.session, contact(), { type: 'message', text: '1' }, now);
    expect(texts(answered)).toEqual(['age.prompt']);
  });
});

describe('runEngine: leaving a question that holds what was given but not recorded', () => {
  // The age question as a flow would mark a measurement's confirmation: leaving it says so.
  const flows: FlowDefinition[] = baseFlows.map((f) => (f.id === 'ask-age' ? { ...f, steps: { ...f.steps, ask: { ...(f.steps.ask as AskStep), unsaved: { key: 'age.unsaved', params: { age: '@vars.choice' } } } } } : f));
  const engine = assets(flows);

  it.each<[string, string, string[]]>([
    ['words of another flow', 'kapan posyandu', ['age.unsaved', 'schedule.hi']],
    ['MENU', 'MENU', ['age.unsaved', 'menu.prompt']],
    ['BAHASA', '/bahasa', ['age.unsaved', 'language.prompt']],
    // Cancelling is the person's own word that nothing is kept.
    ['BATAL', 'BATAL', ['engine.cancelled']],
  ])('%s: says it before going on', async (_name, text, expected) => {
    const { turns } = await conversation(['halo', '1', text], newSession('c1', 'id'), engine);
    expect(texts(turns[2]!)).toEqual(expected);
  });

  it('says nothing at a question that holds nothing, nor when the answer comes', async () => {
    expect(texts((await conversation(['halo', 'kapan posyandu'], newSession('c1', 'id'), engine)).turns[1]!)).toEqual(['schedule.hi']);
    expect(texts((await conversation(['halo', '1', '8'], newSession('c1', 'id'), engine)).turns[2]!)).toEqual(['age.baby', 'menu.thanks']);
  });
});
