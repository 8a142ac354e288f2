import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Translate } from '../../i18n/catalog.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { OutboundService } from '../outbound.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { Person } from '../registry/registry-records.js';
import { toPhone } from '../registry/place-values.js';
import type { SignInStore } from './sign-in-store.js';

/** The limits of the contract: 6 digits, 5 minutes, 5 tries; and how often a phone may ask. */
export const SIGN_IN_LIMITS = {
  codeDigits: 6,
  codeTtlMs: 5 * 60_000,
  attempts: 5,
  requestsPerWindow: 3,
  requestWindowMs: 15 * 60_000,
  sessionTtlMs: 12 * 60 * 60_000,
} as const;

/** A signed-in staff member as the dashboard sees them: the registry person, read fresh per request. */
export interface StaffPrincipal {
  sessionKey: string;
  person: Person;
}

export interface StaffSignInDeps {
  store: SignInStore;
  registry: Pick<RegistryStore, 'personByPhone'> & { personById(id: string): Promise<Person | null> };
  contacts: Pick<ContactStore, 'findByPhone'>;
  outbound: Pick<OutboundService, 'send'>;
  translate: Translate;
  clock: Clock;
  /** Keys the codes' hashes (LOG_HASH_SECRET or a key of its own). */
  secret: string;
  log: Logger;
  /** Requests one client address may make to each sign-in step per window (AUTH_IP_LIMIT, AUTH_IP_WINDOW_SECONDS). */
  clientLimit?: { limit: number; windowMs: number };
  /** Tests: a known code. */
  drawCode?: () => string;
}

export type CodeRequest = 'accepted' | 'rate_limited';
export type SignInStep = 'code' | 'session';

/** Per client address, on top of the per-phone limits: one address trying many phones is stopped too. */
export const CLIENT_LIMIT_DEFAULT = { limit: 30, windowMs: 15 * 60_000 } as const;
export interface SignedIn {
  sessionId: string;
  expiresAt: Date;
  person: Person;
}

/**
 * Sign-in without passwords for staff in the registry (kader, lurah, puskesmas): a one-time code sent
 * to their chat by the bot, then an opaque session. Unknown numbers and parents get the same answer
 * as staff, and nothing is sent to them.
 *
 * @example
 * await signIn.requestCode('0811-1000-001'); // 'accepted' (a code goes to the kader's chat)
 * const session = await signIn.signIn('0811-1000-001', '123456'); // { sessionId, expiresAt, person } or null
 */
export class StaffSignIn {
  constructor(private readonly deps: StaffSignInDeps) {}

  private hash(phone: string, code: string): string {
    return createHmac('sha256', this.deps.secret).update(`pws-code\0${phone}\0${code}`).digest('base64url');
  }

  private drawCode(): string {
    return this.deps.drawCode?.() ?? String(randomInt(0, 10 ** SIGN_IN_LIMITS.codeDigits)).padStart(SIGN_IN_LIMITS.codeDigits, '0');
  }

  /**
   * Whether a client address may take one more sign-in step now; counts the step. The per-phone
   * limits stop guessing one number's code; this stops one address from walking many numbers.
   */
  async allowClient(client: string, step: SignInStep): Promise<boolean> {
    const { limit, windowMs } = this.deps.clientLimit ?? CLIENT_LIMIT_DEFAULT;
    return (await this.deps.store.countFromClient(client, step, windowMs)) <= limit;
  }

  async requestCode(phoneText: string): Promise<CodeRequest> {
    const phone = toPhone(phoneText);
    if (!phone) return 'accepted';
    const { store, clock } = this.deps;
    // Counted for every number, known or not: the limit must not tell which numbers are staff.
    if ((await store.countRequest(phone, SIGN_IN_LIMITS.requestWindowMs)) > SIGN_IN_LIMITS.requestsPerWindow) return 'rate_limited';
    const person = await this.deps.registry.personByPhone(phone);
    if (!person) return 'accepted';
    const contact = await this.deps.contacts.findByPhone(phone);
    if (!contact?.lastChannel || !contact.lastAddress) {
      this.deps.log.warn({ person: person._id }, 'pws sign-in: no chat to send the code to (the person never wrote to the bot)');
      return 'accepted';
    }
    const now = clock.now();
    const code = this.drawCode();
    const hash = this.hash(phone, code);
    await store.saveCode(phone, { hash, expiresAt: now.getTime() + SIGN_IN_LIMITS.codeTtlMs }, SIGN_IN_LIMITS.codeTtlMs);
    const text = this.deps.translate(contact.lang, 'pws.sign_in_code', { code, minutes: SIGN_IN_LIMITS.codeTtlMs / 60_000 });
    // Outbound ids come from the ref: each code is its own message, even twice in one millisecond.
    await this.deps.outbound.send({ contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress }, [{ text }], { kind: 'notice', ref: `pws-code|${person._id}|${String(now.getTime())}|${hash.slice(0, 8)}` });
    return 'accepted';
  }

  /** A session for the right code within its time and tries; null otherwise (the code is gone after the last try). */
  async signIn(phoneText: string, code: string): Promise<SignedIn | null> {
    const phone = toPhone(phoneText);
    if (!phone || !/^\d{6}$/.test(code)) return null;
    const { store, clock } = this.deps;
    const stored = await store.attemptCode(phone);
    const now = clock.now().getTime();
    if (!stored || stored.expiresAt <= now || stored.attempts > SIGN_IN_LIMITS.attempts) {
      if (stored) await store.dropCode(phone);
      return null;
    }
    const given = Buffer.from(this.hash(phone, code));
    if (!timingSafeEqual(given, Buffer.from(stored.hash))) {
      if (stored.attempts >= SIGN_IN_LIMITS.attempts) await store.dropCode(phone);
      return null;
    }
    await store.dropCode(phone);
    // Read again: a person removed from the registry since the code was sent does not get in.
    const person = await this.deps.registry.personByPhone(phone);
    if (!person) return null;
    const sessionId = randomBytes(32).toString('base64url');
    const expiresAt = now + SIGN_IN_LIMITS.sessionTtlMs;
    await store.saveSession(sessionKey(sessionId), { personId: person._id, role: person.role, createdAt: now, expiresAt }, SIGN_IN_LIMITS.sessionTtlMs);
    return { sessionId, expiresAt: new Date(expiresAt), person };
  }

  /** The staff member behind a session id, or null when unknown, expired, or no longer in the registry. */
  async principal(sessionId: string | undefined): Promise<StaffPrincipal | null> {
    if (!sessionId || sessionId.length > 100) return null;
    const key = sessionKey(sessionId);
    const session = await this.deps.store.session(key);
    if (!session || session.expiresAt <= this.deps.clock.now().getTime()) return null;
    const person = await this.deps.registry.personById(session.personId);
    return person ? { sessionKey: key, person } : null;
  }

  async signOut(sessionId: string | undefined): Promise<void> {
    if (sessionId && sessionId.length <= 100) await this.deps.store.dropSession(sessionKey(sessionId));
  }
}

/** Sessions are kept under the hash of their id, so what Redis holds cannot be replayed as a cookie. */
function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('base64url');
}
