import type { StaffRole } from '../contacts/contact-records.js';

/** A one-time code as kept: its keyed hash (never the digits) and when it stops working (epoch ms). */
export interface SignInCode {
  hash: string;
  expiresAt: number;
}

/** A web session as kept under the hash of its opaque id. */
export interface StaffSessionRecord {
  personId: string;
  role: StaffRole;
  createdAt: number;
  expiresAt: number;
}

/**
 * Where sign-in codes, request counts and web sessions live (Redis: `src/queues/sign-in-store.ts`).
 * Phones are passed in E.164; the store keeps them only as opaque names.
 *
 * @example
 * await store.saveCode('+628111000001', { hash, expiresAt }, 300_000);
 * const tried = await store.attemptCode('+628111000001'); // { hash, expiresAt, attempts: 1 }
 */
export interface SignInStore {
  /** Counts one code request for the phone in a window that starts with the first; the count so far. */
  countRequest(phone: string, windowMs: number): Promise<number>;
  /** Counts one request of a kind (`code`, `session`) from a client address, in a window that starts with the first; the count so far. */
  countFromClient(client: string, kind: string, windowMs: number): Promise<number>;
  /** Replaces the phone's code (and its attempt count). */
  saveCode(phone: string, code: SignInCode, ttlMs: number): Promise<void>;
  /** Counts one attempt at the phone's code, atomically; the code with the attempts so far, or null. */
  attemptCode(phone: string): Promise<(SignInCode & { attempts: number }) | null>;
  dropCode(phone: string): Promise<void>;
  saveSession(key: string, session: StaffSessionRecord, ttlMs: number): Promise<void>;
  session(key: string): Promise<StaffSessionRecord | null>;
  dropSession(key: string): Promise<void>;
}
