import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors.js';

/** Marks a sealed value: `enc:v1:<key id>:<base64url of iv | tag | ciphertext>`. */
const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface DataKey {
  id: string;
  cipher: Buffer;
  lookup: Buffer;
}

/**
 * Personal data at rest: AES-256-GCM for values (phones, names) and an HMAC for values that must
 * stay findable (a phone's lookup key). Two keys can be held during a rotation: values sealed under
 * the previous key still open, and lookups try both; `scripts/reseal-data.ts` moves everything to
 * the current key. A value without the prefix is legacy plaintext and opens as itself.
 *
 * @example
 * const seal = DataSeal.fromSecrets('<32 bytes, base64>');
 * seal.open(seal.seal('+628111000001')); // '+628111000001'
 */
export class DataSeal {
  private readonly keys: DataKey[];

  private constructor(current: Buffer, previous: Buffer | undefined) {
    this.keys = [current, ...(previous ? [previous] : [])].map(deriveKey);
  }

  /** Keys as configured: 32 bytes written as base64 (`openssl rand -base64 32`) or 64 hex digits. */
  static fromSecrets(current: string, previous?: string): DataSeal {
    return new DataSeal(decodeKey(current, 'DATA_KEY'), previous ? decodeKey(previous, 'DATA_KEY_PREVIOUS') : undefined);
  }

  /** The id of the current key, as written in sealed values and lookup keys. */
  get keyId(): string {
    return this.keys[0]!.id;
  }

  seal(plain: string): string {
    const key = this.keys[0]!;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.cipher, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** Opens a sealed value under whichever held key sealed it; plaintext (not yet sealed) passes. */
  open(value: string): string {
    if (!isSealed(value)) return value;
    const [id, packed] = value.slice(PREFIX.length).split(':') as [string, string | undefined];
    const key = this.keys.find((k) => k.id === id);
    if (!key || packed === undefined) {
      throw new AppError('CONFIG_INVALID', 'Stored data is sealed under a key that is not configured: set DATA_KEY_PREVIOUS to the key it was sealed with, then run scripts/reseal-data.ts.', { keyId: id });
    }
    const bytes = Buffer.from(packed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key.cipher, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** True when the value is sealed under the current key (nothing to reseal). */
  isCurrent(value: string): boolean {
    return value.startsWith(`${PREFIX}${this.keyId}:`);
  }

  /** The lookup key of an already normalised value under the current key. */
  lookup(normalised: string): string {
    return lookupUnder(this.keys[0]!, normalised);
  }

  /** Lookup keys under every held key: what a search must try while a rotation is under way. */
  lookups(normalised: string): string[] {
    return this.keys.map((key) => lookupUnder(key, normalised));
  }

  /** True when a stored lookup key was made with the current key. */
  isCurrentLookup(stored: string): boolean {
    return stored.startsWith(`${this.keyId}:`);
  }
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

function lookupUnder(key: DataKey, normalised: string): string {
  return `${key.id}:${createHmac('sha256', key.lookup).update(normalised).digest('base64url')}`;
}

// Separate subkeys so that the lookup HMAC and the cipher never share a key.
function deriveKey(secret: Buffer): DataKey {
  const sub = (info: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
  return { id: createHash('sha256').update(secret).digest('hex').slice(0, 8), cipher: sub('posyandu data seal'), lookup: sub('posyandu data lookup') };
}

/** A 32-byte key from base64 or hex; anything else is refused with the variable's name. */
export function decodeKey(text: string, variable: string): Buffer {
  const bytes = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (bytes?.length !== 32) throw new AppError('CONFIG_INVALID', `Set ${variable} to 32 random bytes as base64 (openssl rand -base64 32) or 64 hex digits.`, { variable });
  return bytes;
}
