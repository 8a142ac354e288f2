import type { Redis } from 'ioredis';
import type { SignInCode, SignInStore, StaffSessionRecord } from '../app/pws/sign-in-store.js';
import { opaqueName } from '../shared/opaque-name.js';

// One attempt counted and the code read in one step, so parallel guesses cannot share a try.
const ATTEMPT = `
if redis.call('exists', KEYS[1]) == 0 then return false end
local attempts = redis.call('hincrby', KEYS[1], 'attempts', 1)
return { redis.call('hget', KEYS[1], 'hash'), redis.call('hget', KEYS[1], 'expiresAt'), attempts }`;

const COUNT = `
local n = redis.call('incr', KEYS[1])
if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
return n`;

/**
 * Staff sign-in codes and web sessions in Redis. Phones appear only as opaque names; each key
 * expires with what it holds.
 *
 * @example
 * const store = new RedisSignInStore(redis, env.QUEUE_PREFIX, env.LOG_HASH_SECRET);
 */
export class RedisSignInStore implements SignInStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly nameSecret: string,
  ) {}

  private key(kind: string, phone: string): string {
    return `${this.prefix}:pws-${kind}:${opaqueName(this.nameSecret, phone)}`;
  }

  async countRequest(phone: string, windowMs: number): Promise<number> {
    return Number(await this.redis.eval(COUNT, 1, this.key('code-requests', phone), String(windowMs)));
  }

  async countFromClient(client: string, kind: string, windowMs: number): Promise<number> {
    // An IP address is personal data too: kept as an opaque name, like phones.
    return Number(await this.redis.eval(COUNT, 1, this.key(`client-${kind}`, client), String(windowMs)));
  }

  async saveCode(phone: string, code: SignInCode, ttlMs: number): Promise<void> {
    const key = this.key('code', phone);
    await this.redis.multi().del(key).hset(key, { hash: code.hash, expiresAt: String(code.expiresAt), attempts: '0' }).pexpire(key, ttlMs).exec();
  }

  async attemptCode(phone: string): Promise<(SignInCode & { attempts: number }) | null> {
    const found = (await this.redis.eval(ATTEMPT, 1, this.key('code', phone))) as [string, string, number] | null;
    return found ? { hash: found[0], expiresAt: Number(found[1]), attempts: Number(found[2]) } : null;
  }

  async dropCode(phone: string): Promise<void> {
    await this.redis.del(this.key('code', phone));
  }

  async saveSession(key: string, session: StaffSessionRecord, ttlMs: number): Promise<void> {
    await this.redis.set(`${this.prefix}:pws-session:${key}`, JSON.stringify(session), 'PX', ttlMs);
  }

  async session(key: string): Promise<StaffSessionRecord | null> {
    const text = await this.redis.get(`${this.prefix}:pws-session:${key}`);
    return text ? (JSON.parse(text) as StaffSessionRecord) : null;
  }

  async dropSession(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}:pws-session:${key}`);
  }
}
