/**
 * The scale-out path: 2 server processes and 1, then 3, worker processes (src/main/server.ts,
 * src/main/worker.ts) on one Redis and one MongoDB-wire server. Many contacts write at once, each
 * firing its messages without waiting, through both servers. Each contact's messages must be handled
 * in the order they entered its inbox (read from Redis with MONITOR, the true order) and each must get
 * exactly one reply, sent once. Throughput at 1 and 3 workers is printed, not asserted.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createContainer, type Container } from '../../src/main/container.js';
import { testEnv } from '../helpers/services.js';
import { startProcess, type Process } from './processes.js';

const CONTACTS = 8;
const PER_CONTACT = 5;
const phone = (round: number, i: number) => `+6281290${round}${String(i).padStart(4, '0')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idsOf = (round: number) => Array.from({ length: CONTACTS }, (_, c) => Array.from({ length: PER_CONTACT }, (_, n) => `simulator:r${round}-c${c}-m${n}`)).flat();

describe('2 servers and 3 workers on one Redis and one database', () => {
  const env = testEnv();
  const shared = { MONGODB_URI: inject('mongoUri'), REDIS_URL: inject('redisUrl'), MONGODB_DB: env.MONGODB_DB, QUEUE_PREFIX: env.QUEUE_PREFIX };
  const processes: Process[] = [];
  const pushed = new Map<string, string[]>();
  let container: Container;
  let monitor: Redis;

  beforeAll(async () => {
    container = await createContainer({ env, mongoUri: inject('mongoUri') });
    // Registered parents, so every message is a full turn on a session (as the benchmark does).
    const now = new Date();
    const people = [1, 3].flatMap((round) => Array.from({ length: CONTACTS }, (_, i) => ({ id: `scale-${round}-${i}`, phone: phone(round, i) })));
    await container.models.contacts.insertMany(people.map((p) => ({ _id: p.id, phone: p.phone, lang: 'id', role: 'parent', consentAt: now, consentVersion: 1, posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', lastChannel: 'simulator', lastAddress: p.phone })));
    await container.models.addresses.insertMany(people.map((p) => ({ _id: `simulator:${p.phone}`, contactId: p.id, channel: 'simulator', address: p.phone })));
    // The order items entered each inbox, as Redis saw it.
    monitor = new Redis(inject('redisUrl'), { monitor: true, lazyConnect: true });
    monitor.on('error', () => undefined);
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args[0]?.toLowerCase() !== 'rpush' || !args[1]?.startsWith(`${env.QUEUE_PREFIX}:inbox:`)) return;
      const list = pushed.get(args[1]) ?? [];
      list.push((JSON.parse(args[2]!) as { inboundId: string }).inboundId);
      pushed.set(args[1], list);
    });
    await monitor.connect();
    processes.push(await startProcess('server', shared), await startProcess('server', shared), await startProcess('worker', shared));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    monitor.disconnect();
    await container.models.connection.dropDatabase();
    await container.close();
  }, 60_000);

  const workersUp = async (count: number) => {
    for (let i = 0; i < 600 && (await container.inbox.ready.workers()) < count; i++) await sleep(100);
    console.log('inbound workers seen', await container.inbox.ready.workers());
  };

  /**
   * Every contact fires its messages a few ms apart, alternating servers; resolves to messages per
   * second until all were handled. On a loaded machine a request may answer 504 (accepted, handled
   * later): what counts is what was stored.
   */
  const drive = async (round: number): Promise<number> => {
    const servers = processes.filter((p) => p.address).map((p) => p.address!);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONTACTS }, (_, c) =>
        Array.from({ length: PER_CONTACT }, async (_, n) => {
          await sleep(n * 5);
          const res = await fetch(`${servers[(c + n) % servers.length]}/api/simulator/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ from: phone(round, c), text: 'menu', id: `r${round}-c${c}-m${n}` }),
          });
          expect([200, 504], await res.clone().text()).toContain(res.status);
        }),
      ).flat(),
    );
    // A message is processed once its turn recorded its reply (see MessageStore.getInbound).
    const handled = () => container.models.outbound.countDocuments({ inReplyTo: { $in: idsOf(round) } });
    await expect.poll(handled, { timeout: 120_000, interval: 200 }).toBe(CONTACTS * PER_CONTACT);
    return (CONTACTS * PER_CONTACT) / ((performance.now() - started) / 1000);
  };

  /** Per contact: handled in inbox order; every message exactly one reply, sent. */
  const checkRound = async (round: number) => {
    const inbound = await container.models.inbound.find({ _id: { $in: idsOf(round) } }).lean();
    expect(inbound).toHaveLength(CONTACTS * PER_CONTACT);
    const outbound = await container.models.outbound.find({ inReplyTo: { $in: inbound.map((m) => m._id) } }).lean();
    // A turn records its reply when it commits: the replies' order is the order the turns ran in.
    const answeredAt = new Map(outbound.map((o) => [o.inReplyTo, o.createdAt.getTime()]));
    for (let c = 0; c < CONTACTS; c++) {
      const key = `${env.QUEUE_PREFIX}:inbox:${container.inboundQueue.inboxId(`simulator:${phone(round, c)}`)}`;
      const handled = inbound.filter((m) => m.address === phone(round, c)).sort((a, b) => answeredAt.get(a._id)! - answeredAt.get(b._id)!);
      expect(handled.map((m) => m._id), `contact ${c}`).toEqual(pushed.get(key));
    }
    expect(outbound).toHaveLength(inbound.length);
    expect(new Set(outbound.map((o) => o.inReplyTo)).size).toBe(inbound.length);
    for (const reply of outbound) expect([reply.status, reply.text], reply._id).toEqual(['sent', 'Menu utama. Pilih nomor:']);
  };

  it('keeps each contact in order and answers every message once, with 1 and then 3 workers', async () => {
    await workersUp(1);
    const one = await drive(1);
    await expect.poll(async () => container.models.outbound.countDocuments({ status: 'sent' }), { timeout: 120_000 }).toBe(CONTACTS * PER_CONTACT);
    await checkRound(1);

    processes.push(await startProcess('worker', shared), await startProcess('worker', shared));
    await workersUp(3);
    const three = await drive(3);
    await expect.poll(async () => container.models.outbound.countDocuments({ status: 'sent' }), { timeout: 120_000 }).toBe(2 * CONTACTS * PER_CONTACT);
    await checkRound(3);
    console.log(`scale-out: ${CONTACTS * PER_CONTACT} messages from ${CONTACTS} contacts through 2 servers: 1 worker ${one.toFixed(1)} msgs/s, 3 workers ${three.toFixed(1)} msgs/s`);
  }, 500_000);
});
