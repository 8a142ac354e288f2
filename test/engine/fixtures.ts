import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ActionRegistry, DEFAULT_LIMITS, FlowLibrary, defineAction, type ContactView, type DeclaredAction, type EngineAssets, type FlowDefinition, type LoadedFlow } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/catalog.js';

/** Texts for the pure engine tests: the key itself with its params, so assertions read plainly. */
const messages: Record<string, string> = new Proxy({}, { get: (_t, key: string) => (key.startsWith('answer.error.') ? `${key}` : key), has: () => true });

export const contact = (over: Partial<ContactView> = {}): ContactView => ({
  id: 'c1',
  lang: 'id',
  role: 'parent',
  consented: true,
  optedOut: false,
  timezone: 'Asia/Jakarta',
  facts: {},
  ...over,
});

export function loaded(definition: FlowDefinition): LoadedFlow {
  return { definition, file: `${definition.id}.yaml`, revision: createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 12) };
}

const flow = (id: string, steps: FlowDefinition['steps'], extra: Partial<FlowDefinition> = {}): FlowDefinition => ({ spec: 2, id, version: 1, start: Object.keys(steps)[0]!, steps, ...extra });

export const baseFlows: FlowDefinition[] = [
  flow('onboarding', { hi: { type: 'send', text: 'onboarding.hi' } }),
  flow('language', { ask: { type: 'ask', prompt: 'language.prompt', answer: { type: 'choice', options: [{ id: 'id', label: 'lang.id' }, { id: 'en', label: 'lang.en' }] }, save: 'lang', next: 'done' }, done: { type: 'send', text: 'language.done' } }),
  flow('menu-parent', {
    ask: { type: 'ask', prompt: 'menu.prompt', answer: { type: 'choice', options: [{ id: 'age', label: 'menu.age' }, { id: 'loop', label: 'menu.loop' }] }, save: 'choice', next: 'route' },
    route: { type: 'branch', cases: [{ when: { var: '@vars.choice', equals: 'age' }, next: 'age' }], default: 'loop' },
    age: { type: 'subflow', flow: 'ask-age', next: 'thanks' },
    thanks: { type: 'send', text: { key: 'menu.thanks', params: { age: '@vars.age' } } },
    loop: { type: 'branch', cases: [], default: 'loop' },
  }),
  flow('menu-kader', { hi: { type: 'send', text: 'menu.kader' } }),
  flow('menu-lurah', { hi: { type: 'send', text: 'menu.lurah' } }),
  flow('menu-puskesmas', { hi: { type: 'send', text: 'menu.puskesmas' } }),
  flow('ask-age', {
    ask: { type: 'ask', prompt: 'age.prompt', answer: { type: 'number', unit: 'month', min: 0, max: 60, integer: true }, save: 'age', next: 'check', timeout: { minutes: 30, next: 'late' } },
    check: { type: 'action', action: 'age.check', args: { months: '@vars.age' }, save: 'checked', on: { baby: 'baby', child: 'child' } },
    baby: { type: 'send', text: 'age.baby' },
    child: { type: 'send', text: 'age.child' },
    late: { type: 'send', text: 'age.late' },
  }),
  flow('weather', { hi: { type: 'send', text: 'weather.hi' } }, { triggers: ['cuaca hari ini', 'cuaca'], roles: ['kader'] }),
  flow('schedule', { hi: { type: 'send', text: 'schedule.hi' } }, { triggers: ['kapan posyandu'] }),
];

export const ageCheck = defineAction({
  name: 'age.check',
  args: z.object({ months: z.number() }),
  results: ['baby', 'child'],
  run: ({ args }) => ({ result: args.months < 12 ? 'baby' : 'child', data: { months: args.months } }),
});

export const actions: DeclaredAction[] = [ageCheck];

/** Assets for the pure engine tests; `replacing` actions take the place of the fixtures' ones of the same name. */
export function assets(flows: FlowDefinition[] = baseFlows, history: Array<{ revision: string; definition: FlowDefinition }> = [], replacing: DeclaredAction[] = []): EngineAssets {
  return {
    library: new FlowLibrary(flows.map(loaded), history),
    translate: createTranslator({ id: messages, en: messages, su: messages }),
    keywords: { menu: ['MENU'], cancel: ['BATAL', 'CANCEL'], help: ['BANTUAN'], language: ['BAHASA'], stop: ['BERHENTI', 'STOP'], start: ['MULAI', 'START'] },
    actions: new ActionRegistry([...actions.filter((a) => !replacing.some((r) => r.name === a.name)), ...replacing]),
    routes: { onboarding: 'onboarding', language: 'language', menu: { parent: 'menu-parent', kader: 'menu-kader', lurah: 'menu-lurah', puskesmas: 'menu-puskesmas' } },
    limits: { ...DEFAULT_LIMITS, maxStepsPerTurn: 20 },
  };
}
