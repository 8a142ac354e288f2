import { createHash } from 'node:crypto';

/** Deterministic ids: the same turn (or broadcast item) redone after a crash records nothing new. */
export function outboundId(ref: string, index: number): string {
  return `out_${createHash('sha256').update(ref).digest('base64url').slice(0, 20)}_${index}`;
}
