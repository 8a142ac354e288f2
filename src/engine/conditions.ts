import type { Condition, Json } from './definition/types.js';
import { resolveRef, type Scope } from './refs.js';

function same(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Evaluates a branch condition against the scope.
 *
 * @example
 * evaluate({ var: '@contact.role', equals: 'kader' }, scope); // true for a kader
 */
export function evaluate(condition: Condition, scope: Scope): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, scope));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, scope));
  if ('not' in condition) return !evaluate(condition.not, scope);
  const value = resolveRef(condition.var, scope);
  const present = value !== undefined && value !== null;
  if (condition.exists !== undefined && condition.exists !== present) return false;
  if ('equals' in condition && !same(value, condition.equals)) return false;
  if ('notEquals' in condition && same(value, condition.notEquals)) return false;
  if (condition.in && !condition.in.some((candidate) => same(value, candidate))) return false;
  const n = typeof value === 'number' ? value : Array.isArray(value) ? value.length : undefined;
  if (condition.lt !== undefined && !(n !== undefined && n < condition.lt)) return false;
  if (condition.lte !== undefined && !(n !== undefined && n <= condition.lte)) return false;
  if (condition.gt !== undefined && !(n !== undefined && n > condition.gt)) return false;
  if (condition.gte !== undefined && !(n !== undefined && n >= condition.gte)) return false;
  return true;
}
