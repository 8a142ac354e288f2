import { Ajv, type ErrorObject } from 'ajv';
import type { ActionCatalog } from '../action.js';
import { actionStepProblems } from './action-steps.js';
import { choiceRowProblems, choiceTextProblems, type TextsOf } from './choice-rows.js';
import { offerPromptKey } from '../offer.js';
import { flowSchema } from './schema.js';
import type { Condition, FlowDefinition, MessageRef, Step } from './types.js';

/** One thing wrong with a flow, located by file and step. */
export interface FlowProblem {
  file: string;
  flow?: string;
  step?: string;
  reason: string;
}

/** What a flow may refer to outside itself: other flows, declared actions, locale keys. */
export interface FlowContext {
  flowIds: ReadonlySet<string>;
  actions: ActionCatalog;
  hasKey: (key: string) => boolean;
  /** A key's text in every language: given, choices' titles and descriptions must fit a WhatsApp list row. */
  textsOf?: TextsOf;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const checkShape = ajv.compile(flowSchema);

function describeSchemaError(error: ErrorObject): { step?: string; reason: string } {
  const match = /^\/steps\/([^/]+)/.exec(error.instancePath);
  const where = error.instancePath || '(top level)';
  return { ...(match?.[1] ? { step: match[1] } : {}), reason: `${where} ${error.message ?? 'is invalid'}` };
}

/**
 * Checks a flow's shape against the JSON Schema.
 *
 * @example
 * validateShape({ spec: 2 }, 'flows/x.yaml'); // [{ file: 'flows/x.yaml', reason: "(top level) must have required property 'id'" }, …]
 */
export function validateShape(raw: unknown, file: string): FlowProblem[] {
  if (checkShape(raw)) return [];
  // oneOf failures repeat once per alternative; keep the most specific messages.
  const errors = (checkShape.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'const' && e.keyword !== 'if');
  const unique = new Map<string, FlowProblem>();
  for (const error of errors.length ? errors : (checkShape.errors ?? [])) {
    const problem = { file, ...describeSchemaError(error) };
    unique.set(`${problem.step}|${problem.reason}`, problem);
  }
  return [...unique.values()].slice(0, 10);
}

function targetsOf(step: Step): string[] {
  switch (step.type) {
    case 'send':
      return step.next ? [step.next] : [];
    case 'ask':
      return [step.next, ...(step.timeout?.next ? [step.timeout.next] : []), ...(step.instead ? [step.instead.next] : [])];
    case 'branch':
      return [...step.cases.map((c) => c.next), step.default];
    case 'action':
      return [...Object.values(step.on ?? {}), ...(step.default ? [step.default] : [])];
    case 'subflow':
      return step.next ? [step.next] : [];
    case 'end':
      return [];
  }
}

function keysOf(step: Step): string[] {
  const messageKey = (ref: MessageRef) => (typeof ref === 'string' ? ref : ref.key);
  switch (step.type) {
    case 'send':
      return [messageKey(step.text)];
    case 'ask': {
      const options = step.answer.type === 'choice' && Array.isArray(step.answer.options) ? step.answer.options : [];
      return [messageKey(step.prompt), ...(step.hint ? [step.hint] : []), ...(step.unsaved ? [messageKey(step.unsaved)] : []), ...options.flatMap((o) => [o.label, ...(o.description ? [o.description] : [])])];
    }
    default:
      return [];
  }
}

function conditionProblems(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionProblems);
  if ('any' in condition) return condition.any.flatMap(conditionProblems);
  if ('not' in condition) return conditionProblems(condition.not);
  return typeof condition.var === 'string' && condition.var.startsWith('@') ? [] : [`condition var must be a reference like "@vars.x"`];
}

/**
 * Checks what the schema cannot: step links, reachability, sub-flows, locale keys, actions with
 * their arguments and results, and menus that fit a WhatsApp list.
 *
 * @example
 * validateReferences(flow, 'flows/onboarding.yaml', context); // [] when the flow is sound
 */
export function validateReferences(flow: FlowDefinition, file: string, context: FlowContext): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const at = (step: string | undefined, reason: string) => problems.push({ file, flow: flow.id, ...(step ? { step } : {}), reason });
  if (!flow.steps[flow.start]) at(undefined, `start step "${flow.start}" does not exist`);
  // A reply this flow's reader recognises at another question may be offered here: that needs its words.
  if (flow.reads && !context.hasKey(offerPromptKey(flow.reads))) at(undefined, `reads "${flow.reads}": locale key "${offerPromptKey(flow.reads)}" ("Mau lapor …?", asked when such a reply fits another question) is missing`);
  for (const [id, step] of Object.entries(flow.steps)) {
    for (const target of targetsOf(step)) if (!flow.steps[target]) at(id, `goes to step "${target}", which does not exist`);
    for (const key of keysOf(step)) if (!context.hasKey(key)) at(id, `locale key "${key}" is missing in locales/id.json`);
    if (step.type === 'subflow' && !context.flowIds.has(step.flow)) at(id, `sub-flow "${step.flow}" does not exist`);
    if (step.type === 'action') for (const reason of actionStepProblems(step, context.actions.signature(step.action))) at(id, reason);
    if (step.type === 'action' && !step.on && !step.default) at(id, 'action step needs "on" results or a "default" next step');
    if (step.type === 'branch') for (const c of step.cases) for (const reason of conditionProblems(c.when)) at(id, reason);
    // The options of a choice read instead would never be shown.
    if (step.type === 'ask' && step.instead?.answer.type === 'choice') at(id, '"instead" cannot be a choice: its options are never shown');
    for (const reason of choiceRowProblems(step)) at(id, reason);
    if (context.textsOf) for (const reason of choiceTextProblems(step, context.textsOf)) at(id, reason);
  }
  const reached = new Set<string>();
  const queue = [flow.start];
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id) || !flow.steps[id]) continue;
    reached.add(id);
    queue.push(...targetsOf(flow.steps[id]));
  }
  for (const id of Object.keys(flow.steps)) if (!reached.has(id)) at(id, 'step cannot be reached from the start step');
  return problems;
}
