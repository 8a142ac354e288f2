import type { z } from 'zod';
import type { Logger } from '../shared/logger.js';

/**
 * Where a platform payload broke its schema: the path of each problem (keys of our own schema and
 * array indices) and zod's issue code. Never the value, so a rejection can be logged (no personal data).
 */
export interface PayloadIssue {
  path: string;
  code: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: PayloadIssue[] };

/**
 * Checks one platform payload (or one item of it) against its schema.
 *
 * @example
 * const checked = checkPayload(telegramUpdateSchema, body);
 * if (!checked.ok) log.warn({ channel: 'telegram', issues: checked.issues }, 'payload rejected');
 */
export function checkPayload<S extends z.ZodType>(schema: S, raw: unknown, prefix = ''): Checked<z.infer<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 10).map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), code: issue.code }));
  return { ok: false, issues };
}

/**
 * The items of a list that match their schema; the issues of the rest. One malformed message in a
 * batch does not cost the others.
 *
 * @example
 * const { valid, issues } = checkItems(cloudMessageSchema, value.messages, 'messages');
 */
export function checkItems<S extends z.ZodType>(schema: S, items: readonly unknown[], prefix: string): { valid: Array<z.infer<S>>; issues: PayloadIssue[] } {
  const valid: Array<z.infer<S>> = [];
  const issues: PayloadIssue[] = [];
  items.forEach((item, i) => {
    const checked = checkPayload(schema, item, `${prefix}.${i}`);
    if (checked.ok) valid.push(checked.value);
    else issues.push(...checked.issues);
  });
  return { valid, issues };
}

/**
 * Logs a rejected payload at warn: which channel and where it broke, never what it held. The caller
 * still acknowledges it (200), since a platform retries a 5xx for days and the payload will not improve.
 */
export function logRejected(log: Pick<Logger, 'warn'> | undefined, channel: string, issues: readonly PayloadIssue[]): void {
  if (issues.length) log?.warn({ channel, issues: issues.slice(0, 10) }, 'platform payload rejected: it does not match the schema');
}
