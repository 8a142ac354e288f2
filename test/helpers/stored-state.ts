import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { Models } from '../../src/store/store.js';

/** Every collection's documents, normalised so two runs of the same conversation compare equal. */
export type StoredState = Record<string, unknown[]>;

/**
 * Fields set from the wall clock, not the turn's clock: mongoose's own timestamps on contacts. Every
 * other time is the injected (fixed) clock's and is compared.
 */
const WALL_CLOCK: Readonly<Record<string, readonly string[]>> = { contacts: ['createdAt', 'updatedAt'] };

function normal(value: unknown): unknown {
  if (value instanceof Types.ObjectId) return '<object id>';
  if (Buffer.isBuffer(value)) return `sha256:${createHash('sha256').update(value).digest('hex')}`;
  if (value instanceof Types.Buffer || value instanceof Uint8Array) return `sha256:${createHash('sha256').update(Buffer.from(value)).digest('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normal);
  if (value && typeof value === 'object') {
    if ((value as { _bsontype?: string })._bsontype === 'Binary') return normal(Buffer.from((value as { buffer: Uint8Array }).buffer));
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__v').map(([key, v]) => [key, normal(v)]));
  }
  return value;
}

/**
 * Reads every collection through its model (sealed fields opened, so two runs' ciphertexts with
 * their own nonces compare by what they hold), drops wall-clock timestamps and generated ObjectIds,
 * and sorts each collection's documents.
 *
 * @example
 * expect(await storedState(twice.models)).toEqual(await storedState(once.models));
 */
export async function storedState(models: Models): Promise<StoredState> {
  const state: StoredState = {};
  for (const [name, model] of Object.entries(models)) {
    if (name === 'connection' || name === 'baileysAuth') continue;
    const docs = (await (model as Models['contacts']).find({}).lean()) as unknown as Array<Record<string, unknown>>;
    const dropped = WALL_CLOCK[name] ?? [];
    state[name] = docs
      .map((doc) => normal(Object.fromEntries(Object.entries(doc).filter(([key]) => !dropped.includes(key)))))
      .map((doc) => ({ doc, key: JSON.stringify(doc) }))
      .sort((a, b) => a.key.localeCompare(b.key))
      .map(({ doc }) => doc);
  }
  return state;
}
