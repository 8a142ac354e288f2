/**
 * Redis Cluster runs a command (a MULTI, a script with the keys it touches inside) only when all its
 * keys are in one hash slot. Every Redis command the app sends during a conversation and a
 * broadcast is watched with MONITOR (on a database of its own) and checked: the keys used together
 * — by one command, one script (its declared keys and the keys its inner calls touch), one
 * transaction — are in one slot, and every key carries the deployment's hash tag.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchRedis } from '../../scripts/bench/redis-monitor.js';
import { BroadcastService } from '../../src/app/broadcast/broadcast-service.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { crc16, hashSlot } from '../helpers/hash-slot.js';
import { isolatedNames, startTestBot, type TestBot } from '../helpers/services.js';

const DB = '9';
const now = new Date('2026-03-09T02:00:00Z');
const KADER = '+628111000002';
const PARENT = '+628111000001';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen {
  args: string[];
  source: string;
}

/** Commands grouped as the cluster would run them: a transaction, or a command with its script's inner calls. */
function groupCommands(seen: readonly Seen[]): Seen[][] {
  const groups: Seen[][] = [];
  const transactions = new Map<string, Seen[]>();
  let last: Seen[] | undefined;
  for (const command of seen) {
    const name = command.args[0]!.toLowerCase();
    if (command.source === 'lua') {
      last?.push(command);
      continue;
    }
    const open = transactions.get(command.source);
    if (name === 'multi') {
      const group = [command];
      transactions.set(command.source, group);
      groups.push(group);
      last = group;
    } else if (open) {
      open.push(command);
      last = open;
      if (name === 'exec' || name === 'discard') transactions.delete(command.source);
    } else {
      last = [command];
      groups.push(last);
    }
  }
  return groups;
}

describe('Redis keys on a cluster', () => {
  let bot: TestBot;
  let monitor: { stop(): void } | undefined;
  let keyReader: Redis;
  const seen: Seen[] = [];
  const prefix = `{${isolatedNames().prefix}}`;

  beforeAll(async () => {
    const url = new URL(inject('redisUrl'));
    url.pathname = `/${DB}`;
    bot = await startTestBot({
      env: { REDIS_URL: url.toString(), QUEUE_PREFIX: prefix, BROADCAST_BATCH_SIZE: '2' },
      seed: async (c) => {
        await seedDemo(c.models, now);
        await c.models.contacts.updateMany({ posyanduId: 'psy-mawar' }, { $set: { posyanduId: 'psy-melati' } });
        const base = { lang: 'id' as const, role: 'parent' as const, consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '01', reminderKinds: null, createdAt: now, updatedAt: now };
        await c.models.contacts.insertMany(Array.from({ length: 5 }, (_, i) => ({ ...base, _id: `c-s-${i}`, phone: null, lastChannel: 'simulator', lastAddress: `+62811700000${i}` })));
        await c.models.contacts.create({ ...base, _id: 'c-kader', phone: KADER, role: 'kader' as const, lastChannel: 'simulator', lastAddress: KADER });
        await c.deps.contacts.moveAddress('simulator', KADER, 'c-kader');
      },
    });
    keyReader = new Redis(url.toString());
    monitor = await watchRedis(inject('redisUrl'), ({ db, source, args }) => {
      if (db === DB) seen.push({ args, source });
    });
  });
  afterAll(async () => {
    monitor?.stop();
    await bot?.close();
    if (keyReader) {
      const keys = await keyReader.keys(`*${prefix}*`);
      if (keys.length) await keyReader.unlink(...keys);
      keyReader.disconnect();
    }
  });

  it('computes hash slots as Redis Cluster does', () => {
    expect(crc16(Buffer.from('123456789'))).toBe(0x31c3);
    expect(hashSlot('foo')).toBe(12182);
    expect(hashSlot('{user1000}.following')).toBe(hashSlot('{user1000}.followers'));
    // An empty first tag hashes the whole key; the tag ends at the first '}' after the first '{'.
    expect(hashSlot('foo{}{bar}')).toBe(crc16(Buffer.from('foo{}{bar}')) % 16384);
    expect(hashSlot('foo{{bar}}zap')).toBe(hashSlot('{bar'));
  });

  it('keeps every key of a conversation and a broadcast in one slot', async () => {
    expect((await bot.send(PARENT, 'halo')).length).toBeGreaterThan(0);
    expect((await bot.send(PARENT, 'menu')).length).toBeGreaterThan(0);
    const deps = bot.container.deps;
    const started = await new BroadcastService(deps).start('c-kader', 'Posyandu buka Selasa.', { kind: 'all' }, deps.clock.now());
    if (started.kind !== 'started') throw new Error(started.kind);
    const sent = () => bot.container.models.outbound.countDocuments({ broadcastId: started.broadcast._id, status: 'sent' });
    for (let i = 0; i < 400 && (await sent()) < 5; i++) await sleep(50);
    expect(await sent()).toBe(5);
    await sleep(300);
    monitor?.stop();

    const groups = groupCommands(seen);
    const keysOf = new Map<string, string[]>();
    for (const { args } of seen) {
      const id = JSON.stringify(args);
      if (keysOf.has(id)) continue;
      // Redis names a command's keys itself; commands without keys (PUBLISH, PING, …) answer an error.
      keysOf.set(id, (await keyReader.call('COMMAND', 'GETKEYS', ...args).catch(() => [])) as string[]);
    }
    const slot = hashSlot(prefix);
    const crossSlot = groups
      .map((group) => group.flatMap((c) => keysOf.get(JSON.stringify(c.args)) ?? []))
      .filter((keys) => new Set(keys.map(hashSlot)).size > 1);
    expect(crossSlot, 'commands whose keys span slots').toEqual([]);
    const allKeys = [...new Set([...keysOf.values()].flat())];
    expect(allKeys.filter((key) => hashSlot(key) !== slot), 'keys outside the deployment slot').toEqual([]);

    // The check saw real work: multi-key scripts of BullMQ and of the app, and the app's own keys.
    const multiKey = groups.filter((group) => new Set(group.flatMap((c) => keysOf.get(JSON.stringify(c.args)) ?? [])).size > 1);
    expect(multiKey.length).toBeGreaterThan(10);
    expect(allKeys.some((key) => key.startsWith(`${prefix}:outbox`))).toBe(true);
    expect(allKeys.some((key) => key.startsWith(`${prefix}:broadcasts:`))).toBe(true);
    expect(allKeys.some((key) => key.startsWith(`${prefix}:ready:inbound`))).toBe(true);
    expect(allKeys.some((key) => key.startsWith(`${prefix}:processing:inbound:`))).toBe(true);
  }, 120_000);
});
