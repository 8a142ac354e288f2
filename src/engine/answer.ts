import { DateTime } from 'luxon';
import type { Translate } from '../i18n/catalog.js';
import { LANGS } from '../shared/lang.js';
import {
  parseChoice,
  parseDate,
  parseNumber,
  parsePhone,
  parseText,
  parseTime,
  parseTimeRange,
  parseYesNo,
  type AnswerResult,
} from './answers/index.js';
import type { AnswerSpec, Json } from './definition/types.js';
import { resolveRef, type Scope } from './refs.js';

/** A choice as it is shown: id and visible text in the contact's language. */
export interface ShownChoice {
  id: string;
  label: string;
}

/**
 * The choices of a question: static ones translated, dynamic ones read from a variable holding
 * `{ id, text }[]`.
 *
 * @example
 * choicesOf({ type: 'choice', options: { from: '@vars.children' } }, scope, t); // [{ id: 'ch_1', label: 'Ani' }]
 */
export function choicesOf(spec: AnswerSpec, scope: Scope, translate: Translate): ShownChoice[] {
  if (spec.type !== 'choice') return [];
  if (Array.isArray(spec.options)) return spec.options.map((o) => ({ id: o.id, label: translate(scope.contact.lang, o.label) }));
  const items = resolveRef(spec.options.from, scope);
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) =>
    item && typeof item === 'object' && !Array.isArray(item) && typeof item.id === 'string'
      ? [{ id: item.id, label: String(item.text ?? item.id) }]
      : [],
  );
}

/** Every label of a static choice in every language, so a Sundanese word works in an Indonesian session. */
function matchableChoices(spec: AnswerSpec, scope: Scope, translate: Translate): Array<{ id: string; labels: string[] }> {
  if (spec.type !== 'choice') return [];
  if (!Array.isArray(spec.options)) return choicesOf(spec, scope, translate).map((c) => ({ id: c.id, labels: [c.label] }));
  return spec.options.map((o) => ({
    id: o.id,
    labels: [...new Set([...LANGS.map((lang) => translate(lang, o.label)), ...(o.synonyms ?? [])])],
  }));
}

/**
 * Parses an answer by the question's spec.
 *
 * @example
 * parseAnswer({ type: 'number', unit: 'kg', min: 1, max: 40 }, '8,5', scope, t, now); // { ok: true, value: 8.5 }
 */
export function parseAnswer(spec: AnswerSpec, text: string, scope: Scope, translate: Translate, now: Date): AnswerResult<Json> {
  const today = DateTime.fromJSDate(now, { zone: scope.contact.timezone });
  switch (spec.type) {
    case 'number':
      return parseNumber(text, { ...(spec.unit ? { unit: spec.unit } : {}), ...bounds(spec), ...(spec.integer ? { integer: true } : {}) } as Parameters<typeof parseNumber>[1]);
    case 'date': {
      const options: { today: string; notAfter?: string; notBefore?: string } = { today: today.toISODate()! };
      if (spec.notFuture) options.notAfter = today.toISODate()!;
      if (spec.notPast) options.notBefore = today.toISODate()!;
      if (spec.maxYearsAgo !== undefined) options.notBefore = today.minus({ years: spec.maxYearsAgo }).toISODate()!;
      return parseDate(text, options);
    }
    case 'time':
      return parseTime(text);
    case 'time_range':
      return parseTimeRange(text) as AnswerResult<Json>;
    case 'choice':
      return parseChoice(text, matchableChoices(spec, scope, translate));
    case 'yesno':
      return parseYesNo(text);
    case 'phone':
      return parsePhone(text, { defaultCountry: 'ID' });
    case 'text':
      return parseText(text, { ...(spec.minLength !== undefined ? { minLength: spec.minLength } : {}), ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}) });
  }
}

function bounds(spec: { min?: number; max?: number }): { min?: number; max?: number } {
  return { ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) };
}
