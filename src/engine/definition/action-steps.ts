import type { z } from 'zod';
import type { ActionSignature } from '../action.js';
import type { ActionStep, ValueRef } from './types.js';

/** A value read from the session when the step runs; the action's schema checks it then. */
function isReference(value: ValueRef): boolean {
  return typeof value === 'string' && value.startsWith('@');
}

const list = (names: readonly string[]): string => (names.length ? names.map((n) => `"${n}"`).join(', ') : 'none');

/**
 * Checks an action step against the action's declaration: the action exists, every argument is one
 * it takes, none it needs is left out, literal values fit, and every `on:` result is one it gives.
 * References (`@vars.x`) are checked by the schema when the step runs.
 *
 * @example
 * actionStepProblems({ type: 'action', action: 'age.check', on: { old: 'x' } }, signature);
 * // ['action "age.check" has no result "old" (it gives "baby", "child")', 'argument "months" is missing']
 */
export function actionStepProblems(step: ActionStep, signature: ActionSignature | undefined): string[] {
  if (!signature) return [`action "${step.action}" is not registered`];
  const problems: string[] = [];
  const shape: Readonly<Record<string, z.ZodType>> = signature.args.shape;
  const given = step.args ?? {};
  for (const [name, value] of Object.entries(given)) {
    const field = shape[name];
    if (!field) problems.push(`action "${step.action}" takes no argument "${name}" (it takes ${list(Object.keys(shape))})`);
    else if (!isReference(value)) {
      const parsed = field.safeParse(value);
      if (!parsed.success) problems.push(`argument "${name}" of action "${step.action}" does not fit: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
  }
  for (const [name, field] of Object.entries(shape)) {
    if (!(name in given) && !field.safeParse(undefined).success) problems.push(`argument "${name}" of action "${step.action}" is missing`);
  }
  for (const result of Object.keys(step.on ?? {})) {
    if (!signature.results.includes(result)) problems.push(`action "${step.action}" has no result "${result}" (it gives ${list(signature.results)})`);
  }
  return problems;
}
