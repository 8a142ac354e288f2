import type { Redis } from 'ioredis';
import { ReadyList, type Lease } from './ready-list.js';
import { TAKE_SLOT, type RateSlot } from './send-rate.js';

// An id waiting or in flight is pushed once: a turn queued twice (a redelivery) is one entry. The
// first id of an idle outbox also puts the chat in the channel's ready list: an outbox with ids has
// exactly one entry somewhere (ready, a worker's hands, put off), so one worker at a time sends to it.
const PUSH = `
local idle = redis.call('llen', KEYS[1]) == 0
local pushed = 0
for i = 2, #ARGV do
  if redis.call('sadd', KEYS[2], ARGV[i]) == 1 then
    redis.call('rpush', KEYS[1], ARGV[i])
    pushed = pushed + 1
  end
end
if idle and pushed > 0 then redis.call('rpush', KEYS[3], ARGV[1] .. '\\n' .. redis.call('lindex', KEYS[1], 0)) end
return pushed`;

// Removes the id just handled (if still first) with its failure count. Then, if the worker still
// holds the chat: the outbox empty, it lets the entry go; with yield, the entry goes to the back
// of the ready list (the chat had its fair share); else the entry names the next id, returned with
// a send slot taken for it when one is asked for.
const NEXT = `${TAKE_SLOT}
if redis.call('lindex', KEYS[1], 0) == ARGV[2] then
  redis.call('lpop', KEYS[1])
  redis.call('srem', KEYS[2], ARGV[2])
  redis.call('del', KEYS[3])
end
if redis.call('lrem', KEYS[4], 1, ARGV[1]) == 0 then return false end
local head = redis.call('lindex', KEYS[1], 0)
if not head then return false end
local entry = ARGV[3] .. '\\n' .. head
if ARGV[4] == '1' then redis.call('rpush', KEYS[5], entry) return false end
redis.call('rpush', KEYS[4], entry)
if not KEYS[6] then return {head, 1} end
return {head, take_slot(KEYS[6], ARGV[5], tonumber(ARGV[6]))}`;

// Counts failures of the id at the head; another id at the head starts afresh.
const NOTE_FAILURE = `
if redis.call('hget', KEYS[1], 'head') ~= ARGV[1] then redis.call('hset', KEYS[1], 'head', ARGV[1], 'count', 0) end
local count = redis.call('hincrby', KEYS[1], 'count', 1)
redis.call('pexpire', KEYS[1], ARGV[2])
return count`;
const FAILURES_KEPT_MS = 24 * 3600_000;

/** What `next` found: the next id (still the worker's; `paced` when a send slot was taken for it), or nothing more for this worker. */
export type OutboxNext = { id: string; paced: boolean; raw: string } | null;

/**
 * One ordered list of outbound message ids per chat (channel account and address), drained through
 * the channel's ready list (`outbox-<channel>`). The worker that holds the chat's entry sends from
 * the head and removes an id only after it was delivered (or failed for good), so one chat's
 * messages leave strictly one after another in the order they were queued, across workers and
 * instances, while other chats go on in parallel. A chat that must wait (a platform's "retry
 * after", a backoff) has its entry put off: nobody sends to it until then.
 *
 * @example
 * await outbox.push('telegram', '42', ['out_Ab3_0', 'out_Ab3_1']);
 * await outbox.peek('telegram', '42'); // 'out_Ab3_0'
 */
export class ChatOutbox {
  private readonly lists = new Map<string, ReadyList>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(kind: string, channel: string, chat: string): string {
    return `${this.prefix}:outbox${kind}:${channel}:${chat}`;
  }

  /** The channel's ready list of chats with something to send. */
  ready(channel: string): ReadyList {
    let list = this.lists.get(channel);
    if (!list) {
      list = new ReadyList(this.redis, this.prefix, `outbox-${channel}`);
      this.lists.set(channel, list);
    }
    return list;
  }

  /** Appends ids not already waiting; resolves to how many were added. */
  async push(channel: string, chat: string, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    return Number(await this.redis.eval(PUSH, 3, this.key('', channel, chat), this.key('-ids', channel, chat), this.ready(channel).readyKey, chat, ...ids));
  }

  /**
   * Done with `done` (the lease's current id), in one round trip: removes it, then returns the next
   * id while the worker still holds the chat, with a send slot when `slot` is given; null when the
   * outbox is empty (the entry is let go), when `yieldTurn` sent the chat to the back of the line,
   * or when the entry is no longer the worker's.
   */
  async next(channel: string, held: Pick<Lease, 'id' | 'raw' | 'processingKey'>, done: string, options: { yieldTurn?: boolean; slot?: RateSlot } = {}): Promise<OutboxNext> {
    const { slot } = options;
    const keys = [this.key('', channel, held.id), this.key('-ids', channel, held.id), this.key('-failures', channel, held.id), held.processingKey, this.ready(channel).readyKey, ...(slot ? [slot.key] : [])];
    const args = [held.raw, done, held.id, options.yieldTurn ? '1' : '0', ...(slot ? [String(slot.max), String(slot.durationMs)] : [])];
    const found = (await this.redis.eval(NEXT, keys.length, ...keys, ...args)) as [string, number] | null;
    return found ? { id: found[0], paced: found[1] === 0, raw: `${held.id}\n${found[0]}` } : null;
  }

  /** How often the id at the head has failed, this time included. */
  async noteFailure(channel: string, chat: string, id: string): Promise<number> {
    return Number(await this.redis.eval(NOTE_FAILURE, 1, this.key('-failures', channel, chat), id, String(FAILURES_KEPT_MS)));
  }

  async peek(channel: string, chat: string): Promise<string | null> {
    return this.redis.lindex(this.key('', channel, chat), 0);
  }

  async length(channel: string, chat: string): Promise<number> {
    return this.redis.llen(this.key('', channel, chat));
  }
}
