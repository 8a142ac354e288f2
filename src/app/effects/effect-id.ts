import { createHash } from 'node:crypto';

/**
 * The id of what an effect creates, derived from the action call's ref (`ActionContext.ref`): the
 * same turn replayed derives the same id, so applying its effects again writes nothing new. Hashed so
 * that message ids and tokens do not show in stored ids.
 *
 * @example
 * effectId('ms', 'simulator:42#7'); // 'ms_9c1e…' (24 hex digits), the same every time
 */
export function effectId(prefix: string, ref: string): string {
  return `${prefix}_${createHash('sha256').update(ref).digest('hex').slice(0, 24)}`;
}
