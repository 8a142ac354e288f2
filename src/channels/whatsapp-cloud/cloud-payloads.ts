import { buttonPayload } from '../button-payload.js';
import type { OutboundMessage } from '../channel.js';

/** Cloud API limits for interactive lists and captions. */
export const LIMITS = { rows: 10, rowTitle: 24, rowDescription: 72, listBody: 1024, button: 20, caption: 1024, text: 4096, templateParam: 1024 } as const;

export interface TemplateRef {
  name: string;
  /** A template language code, e.g. `id` or `en_US`. */
  language: string;
}

const base = (to: string) => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to });

/**
 * @example
 * textPayload('628111000001', 'Halo'); // { messaging_product: 'whatsapp', …, type: 'text', text: { body: 'Halo', preview_url: false } }
 */
export function textPayload(to: string, body: string): object {
  return { ...base(to), type: 'text', text: { body, preview_url: false } };
}

/** True when the choices fit an interactive list (≤ 10 rows, titles ≤ 24 characters, descriptions ≤ 72, body ≤ 1024). */
export function fitsList(message: OutboundMessage): boolean {
  const choices = message.choices ?? [];
  const fits = (c: NonNullable<OutboundMessage['choices']>[number]) => c.label.length > 0 && c.label.length <= LIMITS.rowTitle && (c.description ?? '').length <= LIMITS.rowDescription;
  return choices.length > 0 && choices.length <= LIMITS.rows && choices.every(fits) && message.text.length > 0 && message.text.length <= LIMITS.listBody;
}

/**
 * Choices as an interactive list whose row ids are the question's id and the choice's number
 * (`buttonPayload`): the number is read back just like a typed "2", and only for that question.
 * A choice's description goes under its title.
 *
 * @example
 * listPayload('628…', { text: 'Pilih:', choices: [{ id: 'a', label: 'Ya' }] }, 'Pilih');
 */
export function listPayload(to: string, message: OutboundMessage, button: string): object {
  const rows = (message.choices ?? []).map((choice, i) => ({ id: buttonPayload(message.question, i), title: choice.label, ...(choice.description ? { description: choice.description } : {}) }));
  return { ...base(to), type: 'interactive', interactive: { type: 'list', body: { text: message.text }, action: { button: button.slice(0, LIMITS.button), sections: [{ rows }] } } };
}

export function imagePayload(to: string, image: { link: string } | { id: string }, caption?: string): object {
  return { ...base(to), type: 'image', image: { ...image, ...(caption ? { caption } : {}) } };
}

/**
 * An approved template with the message as its one body parameter. Parameters may not hold line
 * breaks, tabs or runs of spaces, so the lines are joined.
 *
 * @example
 * templatePayload('628…', { name: 'pengingat', language: 'id' }, 'Besok posyandu.\nJam 08.00');
 */
export function templatePayload(to: string, template: TemplateRef, text: string): object {
  const flat = text.replace(/\s*\n+\s*/g, ' · ').replace(/[\t ]{2,}/g, ' ').trim().slice(0, LIMITS.templateParam);
  return {
    ...base(to),
    type: 'template',
    template: { name: template.name, language: { code: template.language }, components: [{ type: 'body', parameters: [{ type: 'text', text: flat }] }] },
  };
}

/** Splits a long text at line breaks (or hard at the limit) into parts WhatsApp accepts. */
export function splitText(text: string, limit: number = LIMITS.text): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf('\n', limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  if (rest) parts.push(rest);
  return parts;
}
