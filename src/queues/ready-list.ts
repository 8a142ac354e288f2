import type { Redis } from 'ioredis';

/**
 * One work item of a ready list: the owner's id (a conversation, a chat) and what to handle first
 * (its head), as one string, so a blocking pop hands a worker both in one round trip.
 */
export interface ReadyEntry {
  id: string;
  head: string;
}

/** One entry a worker holds: settle it through the owner's scripts (which take it off `processingKey`) or `delay`. */
export interface Lease extends ReadyEntry {
  /** The entry as it sits in the worker's processing list. */
  raw: string;
  processingKey: string;
  /** Puts the entry (`raw`, or as it became since) off until `at` (epoch ms): a backoff, a platform's "retry after". */
  delay(at: number, raw?: string): Promise<boolean>;
}

/** Ids are opaque names (base64url) and heads JSON or ids: neither holds a line break. */
export const ENTRY_SEPARATOR = '\n';

export function encodeEntry(id: string, head: string): string {
  return `${id}${ENTRY_SEPARATOR}${head}`;
}

export function decodeEntry(raw: string): ReadyEntry {
  const at = raw.indexOf(ENTRY_SEPARATOR);
  return { id: raw.slice(0, at), head: raw.slice(at + 1) };
}

// Beats for a worker and hands back what is due: the processing lists of workers whose beat has
// ended (killed, or their machine lost) go back to the front of the ready list, and entries put
// off (a retry's backoff, a platform's "retry after") whose time has come go to its back. Reads
// only what is due: the two sorted sets by score, never the keyspace.
const BEAT = `
if ARGV[1] ~= '' then redis.call('zadd', KEYS[1], ARGV[2], ARGV[1]) end
local moved = 0
for _, worker in ipairs(redis.call('zrangebyscore', KEYS[1], '-inf', ARGV[3], 'LIMIT', 0, 20)) do
  if worker ~= ARGV[1] then
    local list = ARGV[4] .. worker
    while redis.call('lmove', list, KEYS[3], 'RIGHT', 'LEFT') do moved = moved + 1 end
    redis.call('zrem', KEYS[1], worker)
  end
end
for _, entry in ipairs(redis.call('zrangebyscore', KEYS[2], '-inf', ARGV[3], 'LIMIT', 0, 1000)) do
  redis.call('zrem', KEYS[2], entry)
  redis.call('rpush', KEYS[3], entry)
  moved = moved + 1
end
return moved`;

// A worker that stops hands back what it holds and leaves the set of the living.
const LEAVE = `
local moved = 0
while redis.call('lmove', KEYS[2], KEYS[3], 'RIGHT', 'LEFT') do moved = moved + 1 end
redis.call('zrem', KEYS[1], ARGV[1])
return moved`;

// Puts an entry off until a time, if the worker still holds it.
const DELAY = `
if redis.call('lrem', KEYS[1], 1, ARGV[1]) == 0 then return 0 end
redis.call('zadd', KEYS[2], ARGV[2], ARGV[1])
return 1`;

/**
 * The keys of one ready list: `ready` (entries waiting for a worker), one `processing` list per
 * worker (what a blocking pop moved there, so a worker killed mid-item leaves it recoverable), the
 * `workers` sorted set (each worker's beat deadline) and the `delayed` sorted set (entries put off
 * until a time). Every key is under the deployment's prefix: with a hash tag in it (`{posyandu}`)
 * they share one Redis Cluster slot, so scripts may touch several.
 *
 * An owner (a conversation, a chat) has at most one entry anywhere at a time: whoever holds it is
 * the only one working for that owner, which keeps its items in order without a lock.
 *
 * @example
 * const ready = new ReadyList(redis, '{posyandu}', 'inbound');
 * await ready.beat('worker-1', 30_000, Date.now()); // recovers the entries of dead workers, promotes due ones
 */
export class ReadyList {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    readonly name: string,
  ) {}

  get readyKey(): string {
    return `${this.prefix}:ready:${this.name}`;
  }

  get workersKey(): string {
    return `${this.prefix}:ready-workers:${this.name}`;
  }

  get delayedKey(): string {
    return `${this.prefix}:ready-delayed:${this.name}`;
  }

  processingKey(worker: string): string {
    return `${this.processingPrefix}${worker}`;
  }

  private get processingPrefix(): string {
    return `${this.prefix}:processing:${this.name}:`;
  }

  /** Renews `worker`'s beat (none with ''), recovers dead workers' entries and promotes due ones; resolves to how many moved. */
  async beat(worker: string, ttlMs: number, now: number): Promise<number> {
    const keys = [this.workersKey, this.delayedKey, this.readyKey];
    return Number(await this.redis.eval(BEAT, keys.length, ...keys, worker, String(now + ttlMs), String(now), this.processingPrefix));
  }

  /** Hands back whatever `worker` still holds and forgets it. */
  async leave(worker: string): Promise<number> {
    return Number(await this.redis.eval(LEAVE, 3, this.workersKey, this.processingKey(worker), this.readyKey, worker));
  }

  /** Puts the entry `worker` holds off until `at` (epoch ms); false when it no longer holds it. */
  async delay(worker: string, entry: string, at: number): Promise<boolean> {
    return Number(await this.redis.eval(DELAY, 2, this.processingKey(worker), this.delayedKey, entry, String(at))) === 1;
  }

  /**
   * Puts an entry off until `at` (epoch ms) from outside any worker's hands: an entry already put
   * off keeps its time (scheduling twice is once).
   */
  async putOff(entry: string, at: number): Promise<void> {
    await this.redis.zadd(this.delayedKey, 'NX', at, entry);
  }

  /** Lets a handled entry go (for lists whose owners have no script of their own that does it). */
  async release(lease: Pick<Lease, 'raw' | 'processingKey'>): Promise<void> {
    await this.redis.lrem(lease.processingKey, 1, lease.raw);
  }

  /** The lease of an entry `worker` popped (`raw`, as it sits in its processing list). */
  lease(worker: string, raw: string): Lease {
    return { ...decodeEntry(raw), raw, processingKey: this.processingKey(worker), delay: (at, current = raw) => this.delay(worker, current, at) };
  }

  /** Moves the first waiting entry to `worker`'s processing list without waiting (tests, tools); null when none waits. */
  async take(worker: string): Promise<Lease | null> {
    const raw = await this.redis.lmove(this.readyKey, this.processingKey(worker), 'LEFT', 'RIGHT');
    return raw === null ? null : this.lease(worker, raw);
  }

  /** Workers whose beat has not ended. */
  async workers(now = Date.now()): Promise<number> {
    return this.redis.zcount(this.workersKey, String(now), '+inf');
  }

  /** Entries waiting for a worker, held by workers (alive or not yet found dead), and put off. */
  async depth(): Promise<{ waiting: number; active: number; delayed: number }> {
    const [waiting, delayed, workers] = await Promise.all([this.redis.llen(this.readyKey), this.redis.zcard(this.delayedKey), this.redis.zrange(this.workersKey, '0', '-1')]);
    const held = await Promise.all(workers.map((worker) => this.redis.llen(this.processingKey(worker))));
    return { waiting, active: held.reduce((a, b) => a + b, 0), delayed };
  }
}
