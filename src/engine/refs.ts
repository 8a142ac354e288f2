import type { Params, Translate } from '../i18n/catalog.js';
import type { Lang } from '../shared/lang.js';
import type { Json, MessageRef, ValueRef, Vars } from './definition/types.js';
import type { ContactView } from './session.js';

/** What `@` references can read: `@vars.*` and `@contact.*`. */
export interface Scope {
  vars: Vars;
  contact: ContactView;
}

function walk(value: Json | undefined, path: string[]): Json | undefined {
  let current: Json | undefined = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(part)] : current[part];
  }
  return current;
}

/**
 * Resolves a value: strings starting with `@` read the scope, anything else is a literal.
 *
 * @example
 * resolveRef('@vars.child.name', { vars: { child: { name: 'Ani' } }, contact }); // 'Ani'
 */
export function resolveRef(ref: ValueRef, scope: Scope): Json | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('@')) return ref;
  const [root, ...path] = ref.slice(1).split('.');
  if (root === 'vars') return walk(scope.vars, path);
  if (root === 'contact') return walk(scope.contact as unknown as Json, path);
  return undefined;
}

export function resolveArgs(args: Record<string, ValueRef> | undefined, scope: Scope): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, ref] of Object.entries(args ?? {})) {
    const value = resolveRef(ref, scope);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * A parameter value may itself be translatable: `{ "__t": "growth.category.haz.stunted" }`.
 * Actions use it so their data stays language-free until the moment of rendering.
 */
function paramText(value: Json | undefined, lang: Lang, translate: Translate): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !Array.isArray(value) && typeof value.__t === 'string') {
    const params = typeof value.params === 'object' && value.params !== null && !Array.isArray(value.params) ? value.params : {};
    return translate(lang, value.__t, toParams(params as Record<string, Json>, lang, translate));
  }
  if (Array.isArray(value)) return value.map((v) => paramText(v, lang, translate)).join('\n');
  return String(value);
}

function toParams(values: Record<string, Json>, lang: Lang, translate: Translate): Params {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, paramText(v, lang, translate)]));
}

/**
 * Renders a message reference to text in the contact's language.
 *
 * @example
 * renderMessage({ key: 'child.saved', params: { name: '@vars.child_name' } }, scope, 'id', t);
 */
export function renderMessage(ref: MessageRef, scope: Scope, lang: Lang, translate: Translate): string {
  if (typeof ref === 'string') return translate(lang, ref, toParams(scope.vars, lang, translate));
  const resolved = Object.fromEntries(Object.entries(ref.params ?? {}).map(([k, v]) => [k, resolveRef(v, scope) ?? null]));
  return translate(lang, ref.key, toParams(resolved as Record<string, Json>, lang, translate));
}
