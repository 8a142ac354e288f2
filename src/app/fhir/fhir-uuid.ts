import { createHash } from 'node:crypto';

/**
 * A stable `urn:uuid:` for one of our records in a bundle (name-based, RFC 4122 version 5 layout over
 * SHA-1): the same child or visit gets the same fullUrl in every bundle, so a receiver can match
 * resources across months, and nothing about the record can be read back from it.
 *
 * @example
 * fhirUuid('Patient', 'ch-budi'); // 'urn:uuid:…' (always the same for ch-budi)
 */
export function fhirUuid(kind: string, id: string): string {
  const bytes = createHash('sha1').update(`posyandu-bot\0${kind}\0${id}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
