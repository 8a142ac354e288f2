import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActionRegistry, defineAction, loadFlows, MAX_CHOICE_ROWS, migrateFlow, type FlowProblem } from '../../src/engine/index.js';
import { isAppError } from '../../src/shared/errors.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const register = defineAction({
  name: 'children.register',
  args: z.object({ name: z.string(), sex: z.enum(['1', '2']), birthDate: z.string() }),
  results: ['saved', 'duplicate'],
  run: () => ({ result: 'saved' }),
});
const context = { actions: new ActionRegistry([register]), hasKey: (key: string) => key.startsWith('ok.') };

function problemsOf(dir: string): FlowProblem[] {
  try {
    loadFlows(join(fixtures, 'flows-broken', dir), context);
  } catch (error) {
    if (isAppError(error, 'FLOW_INVALID')) return (error.context.problems as FlowProblem[]).map((p) => ({ ...p, file: p.file.split('/').pop()! }));
    throw error;
  }
  throw new Error(`${dir} loaded, but it is broken`);
}

describe('loading flows', () => {
  it.each<[string, Omit<Partial<FlowProblem>, 'reason'> & { reason: RegExp }]>([
    ['missing-step', { file: 'greet.yaml', step: 'hello', reason: /goes to step "goodbye", which does not exist/ }],
    ['unknown-action', { file: 'save.yaml', step: 'store', reason: /action "children.teleport" is not registered/ }],
    ['missing-key', { file: 'ask.yaml', step: 'question', reason: /locale key "missing.prompt" is missing/ }],
    ['bad-yaml', { file: 'broken.yaml', reason: /cannot be parsed/ }],
    ['bad-shape', { file: 'ask.yaml', step: 'question', reason: /must have required property 'save'/ }],
    ['unreachable', { file: 'orphan.yaml', step: 'lonely', reason: /cannot be reached/ }],
    ['duplicate-id', { file: 'b.yaml', reason: /flow id "same" is also used by/ }],
    ['unknown-subflow', { file: 'outer.yaml', step: 'inner', reason: /sub-flow "does-not-exist" does not exist/ }],
    ['renamed-result', { file: 'register.yaml', step: 'store', reason: /action "children.register" has no result "stored" \(it gives "saved", "duplicate"\)/ }],
    ['unknown-argument', { file: 'register.yaml', step: 'store', reason: /action "children.register" takes no argument "birth"/ }],
    ['missing-argument', { file: 'register.yaml', step: 'store', reason: /argument "birthDate" of action "children.register" is missing/ }],
    ['bad-literal-argument', { file: 'register.yaml', step: 'store', reason: /argument "sex" of action "children.register" does not fit/ }],
    ['instead-choice', { file: 'confirm.yaml', step: 'question', reason: /"instead" cannot be a choice/ }],
    ['instead-missing-step', { file: 'confirm.yaml', step: 'question', reason: /goes to step "recheck", which does not exist/ }],
    ['too-many-choices', { file: 'menu.yaml', step: 'ask', reason: /has 11 choices; a WhatsApp list shows at most 10 rows/ }],
  ])('refuses a flow with %s, naming file, step and reason', (dir, expected) => {
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ ...expected, reason: expect.stringMatching(expected.reason) }));
  });

  it('refuses a choice whose title or description would not fit a WhatsApp list row in one of the languages', () => {
    const texts: Record<string, Record<string, string>> = {
      'ok.short': { id: 'Jadwal posyandu', su: 'Jadwal posyandu', en: 'Posyandu schedule' },
      'ok.short.desc': { id: 'Pindah, batal, atur rutin', su: 'Ngalihkeun, ngabatalkeun', en: 'Move, cancel' },
      // 24 characters in Indonesian (fits), 37 in English (does not).
      'ok.long': { id: 'Kirim siaran ke posyandu', su: 'Kirim siaran', en: 'Send a broadcast to posyandu families' },
      'ok.long.desc': { id: 'x'.repeat(72), su: 'y'.repeat(73), en: 'z' },
    };
    const textsOf = (key: string) => Object.entries(texts[key] ?? {}).map(([lang, text]) => ({ lang, text }));
    let problems: FlowProblem[] = [];
    try {
      loadFlows(join(fixtures, 'flows-broken', 'long-choice-title'), { ...context, textsOf });
      expect.unreachable();
    } catch (error) {
      if (!isAppError(error, 'FLOW_INVALID')) throw error;
      problems = error.context.problems as FlowProblem[];
    }
    expect(problems.map((p) => p.reason)).toEqual([
      'choice "long": title "ok.long" in en has 37 characters (at most 24): shorten it, move the rest into a description',
      'choice "wordy": description "ok.long.desc" in su has 73 characters (at most 72): shorten it',
    ]);
    expect(problems.every((p) => p.step === 'ask')).toBe(true);
    // Without the texts (a loader given no catalog) the lengths are not checked.
    expect(() => loadFlows(join(fixtures, 'flows-broken', 'long-choice-title'), context)).not.toThrow();
  });

  it('says every problem in the error message, so start-up output is enough to fix them', () => {
    try {
      loadFlows(join(fixtures, 'flows-broken', 'missing-step'), context);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/greet\.yaml step "hello": goes to step "goodbye"/);
    }
  });

  it('migrates a spec 1 flow to the current spec when loading', () => {
    const [flow] = loadFlows(join(fixtures, 'flows-legacy'), context);
    expect(flow!.definition.spec).toBe(2);
    expect(flow!.definition.steps.hello).toEqual({ type: 'send', text: 'ok.hello', next: 'name' });
    expect(flow!.definition.steps.name).toMatchObject({ type: 'ask', save: 'name' });
    expect(flow!.revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('leaves a current-spec flow unchanged when migrating', () => {
    const current = { spec: 2, id: 'x', version: 1, start: 'a', steps: { a: { type: 'send', text: 'k' } } };
    expect(migrateFlow(current)).toBe(current);
  });

  it('loads the real flows against the real actions and Indonesian texts', async () => {
    const { loadCatalog } = await import('../../src/i18n/catalog.js');
    const { actionCatalog } = await import('../../src/app/actions/index.js');
    const catalog = loadCatalog('locales');
    const flows = loadFlows('flows', { actions: actionCatalog(), hasKey: (key) => key in catalog.id });
    expect(flows.map((f) => f.definition.id)).toEqual(expect.arrayContaining(['onboarding', 'language', 'menu-parent', 'menu-kader', 'menu-lurah', 'menu-puskesmas']));
  });

  it('counts menu rows as the WhatsApp Cloud list does, and the kader menu still fits', async () => {
    const { LIMITS } = await import('../../src/channels/whatsapp-cloud/cloud-payloads.js');
    expect(MAX_CHOICE_ROWS).toBe(LIMITS.rows);
    const { loadCatalog } = await import('../../src/i18n/catalog.js');
    const { actionCatalog } = await import('../../src/app/actions/index.js');
    const catalog = loadCatalog('locales');
    const kader = loadFlows('flows', { actions: actionCatalog(), hasKey: (key) => key in catalog.id }).find((f) => f.definition.id === 'menu-kader')!;
    const ask = kader.definition.steps.ask;
    expect(ask?.type === 'ask' && ask.answer.type === 'choice' && Array.isArray(ask.answer.options) ? ask.answer.options.length : 0).toBeLessThanOrEqual(MAX_CHOICE_ROWS);
  });
});
