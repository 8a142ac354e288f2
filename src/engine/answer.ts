import { DateTime } from 'luxon';
import type { Translate } from '../i18n/catalog.js';
import { LANGS } from '../shared/lang.js';
import {
  namesOption,
  parseChoice,
  parseDate,
  parseNumber,
  parsePhone,
  parseText,
  parseTime,
  parseTimeRange,
  parseYesNo,
  yesNoRest,
  type AnswerResult,
} from './answers/index.js';
import { ok } from '../shared/numbers/answer-result.js';
import { normalizeInput } from '../shared/numbers/normalize-input.js';
import { ANSWER_WORDS } from '../shared/vocabulary.js';
import { unitWord } from '../shared/numbers/units.js';
import type { AnswerSpec, Json } from './definition/types.js';
import { resolveRef, type Scope } from './refs.js';

/** A choice as it is shown: id, visible title and, when the flow gives one, a line under it, in the contact's language. */
export interface ShownChoice {
  id: string;
  label: string;
  description?: string;
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
  if (Array.isArray(spec.options)) {
    return spec.options.map((o) => ({ id: o.id, label: translate(scope.contact.lang, o.label), ...(o.description ? { description: translate(scope.contact.lang, o.description) } : {}) }));
  }
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

/** The descriptions of static choices in every language, read only when no title fits ("pindah" → "Jadwal posyandu"). */
function describedChoices(spec: Extract<AnswerSpec, { type: 'choice' }>, translate: Translate): Array<{ id: string; labels: string[] }> {
  if (!Array.isArray(spec.options)) return [];
  return spec.options.map((o) => ({ id: o.id, labels: o.description ? [...new Set(LANGS.map((lang) => translate(lang, o.description!)))] : [] }));
}

/**
 * True when a reply to a choice question gives an option's number or a whole title, in any language.
 *
 * @example
 * namesAChoice(menuSpec, '3', scope, t); // true
 * namesAChoice(menuSpec, 'siaran', scope, t); // false: a word of "Siaran & jadwal", not the title
 */
export function namesAChoice(spec: AnswerSpec, text: string, scope: Scope, translate: Translate): boolean {
  return spec.type === 'choice' && namesOption(text, matchableChoices(spec, scope, translate));
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
      return parseChoiceAnswer(spec, text, scope, translate);
    case 'yesno':
      return parseYesNo(text, spec);
    case 'phone':
      return parsePhone(text, { defaultCountry: 'ID' });
    case 'text':
      return parseText(text, { ...(spec.minLength !== undefined ? { minLength: spec.minLength } : {}), ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}) });
  }
}

/**
 * A choice by label or number first; then, when the question takes one, a number the reply holds
 * ("iya 8,7" at "Maksudnya 8,5 kg?" corrects the value); then a plain yes or no, for the option
 * that `means` it ("iya" picks 8,5 kg).
 */
function parseChoiceAnswer(spec: Extract<AnswerSpec, { type: 'choice' }>, text: string, scope: Scope, translate: Translate): AnswerResult<Json> {
  const picked = parseChoice(text, matchableChoices(spec, scope, translate));
  if (picked.ok || picked.reason !== 'no_such_choice') return picked;
  // The words of a description ("sweeping", "pindah") pick its choice when no title did; a number
  // was already read against the titles, so only words count here.
  const described = /\p{L}/u.test(text) ? parseChoice(text, describedChoices(spec, translate)) : undefined;
  if (described?.ok) return described;
  const yesNo = parseYesNo(text);
  if (spec.number) {
    const number = loneNumber(withoutCorrectionLead(yesNo.ok ? yesNoRest(text) : text));
    if (number !== undefined) return ok(number);
  }
  // "iya betul" is a plain yes; "ya 9" at a question that takes no number is not.
  if (!yesNo.ok || /\d/.test(yesNoRest(text))) return picked;
  const meant = meaningsOf(spec, scope).find((m) => m.means === (yesNo.value ? 'yes' : 'no'));
  return meant ? ok(meant.id) : picked;
}

/**
 * The number of a correction without the words that lead it ("salah, maksudnya 11,2", "yang benar 8,7
 * kg", "i mean 8.7"): what is left must still be a lone number, so nothing else is read as one.
 */
function withoutCorrectionLead(text: string): string {
  let rest = normalizeInput(text);
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const lead of ANSWER_WORDS.correctionLeads) {
      const after = rest.slice(lead.length);
      if (rest.startsWith(lead) && !/^[\p{L}\p{N}]/u.test(after)) {
        rest = after.replace(/^[\s,.:;!-]+/, '');
        dropped = rest !== '';
      }
    }
  }
  return rest;
}

/** A reply that is one number, maybe with kg or cm ("8,7", "8,7 kg"); "tb 75" or "75 hari" is something else. */
function loneNumber(text: string): number | undefined {
  const [number, unit, ...more] = normalizeInput(text).split(' ');
  if (number === undefined || !/^\d+(?:[.,]\d+)?$/.test(number) || more.length > 0) return undefined;
  if (unit !== undefined) {
    const meaning = unitWord(unit);
    // Only the units the question is asked in (kg, cm): "8500 gram" would be read as 8500 of them.
    const asAsked = meaning !== undefined && meaning !== 'foreign' && ((meaning.dimension === 'mass' && meaning.factor === 1000) || (meaning.dimension === 'length' && meaning.factor === 10));
    if (!asAsked) return undefined;
  }
  const read = parseNumber(text);
  return read.ok && read.value > 0 ? read.value : undefined;
}

/** The options a plain yes or no picks: static ones from the flow, dynamic ones from their item's `means`. */
function meaningsOf(spec: Extract<AnswerSpec, { type: 'choice' }>, scope: Scope): Array<{ id: string; means: 'yes' | 'no' }> {
  const items: unknown[] = Array.isArray(spec.options) ? spec.options : ((resolveRef(spec.options.from, scope) ?? []) as unknown[]);
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    if (!item || typeof item !== 'object') return [];
    const { id, means } = item as { id?: unknown; means?: unknown };
    return typeof id === 'string' && (means === 'yes' || means === 'no') ? [{ id, means }] : [];
  });
}

function bounds(spec: { min?: number; max?: number }): { min?: number; max?: number } {
  return { ...(spec.min !== undefined ? { min: spec.min } : {}), ...(spec.max !== undefined ? { max: spec.max } : {}) };
}
