/**
 * What one message with one reply costs in round trips, counted (not estimated): MongoDB commands
 * by the driver's command monitoring, Redis commands by MONITOR under the test's key prefix. From
 * the simulator's HTTP request through the worker's turn to the send worker's delivery.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countMongoCommands, countRedisCommands, type Tally } from '../../scripts/lib/command-count.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { connectMongo } from '../../src/store/connect.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { until } from '../helpers/until.js';

const PARENT = '+628111000001';
const MESSAGES = 20;
/**
 * Issue 13 asks for at most 6 and 10. Measured before this test: 16 MongoDB and 39 Redis commands;
 * then 10 and 31 before the send drain's scripts were merged and inbox items carried their message;
 * then 9 and 24.7 before the inbound and send jobs (BullMQ, ~7 commands each) became ready lists,
 * then 8 and 12.1 before the processed signal went out in the inbox's next script and a question's
 * timeout became a ZADD (a BullMQ delayed job cost its add script and its worker's BZPOPMIN).
 * Redis now (9.1 in a quiet run): inbox push and next with the processed signal (2), its blocking
 * pop (1), reply limiter (1), the menu question's timeout put off (1 ZADD), outbox push, rate slot and
 * next (3), its blocking pop (1), the ops events (0.1, one push a second), the workers' beats. What is
 * left: the first send slot could be taken with the outbox push, but the push does not know the
 * channel's limits, and a slot taken then and used in a later window would have to be taken again
 * (its window wasted). MongoDB was 8 once the session moved into its contact's document, 6 once a
 * worker remembered an address's contact (checked by the contact's last address) and a turn's recorded
 * reply made its message processed, and is 5 since a reply's first attempt in the process that recorded
 * it is not read back: insert inbound, find contact with session, insert outbound, save session, and on
 * the send side the mark sent.
 */
// Redis measures 9.1 in a quiet run. The margin is for what grows with the run's length, not with
// its messages: the three ready workers (inbound, timeouts, the simulator's sends) each beat and
// renew a blocking pop every 5 s, about 0.3 per message for each 5 s the run takes under load.
const LIMITS = { mongo: 5, redis: 10 };
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('commands per inbound message with one reply (steady state)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ monitorCommands: true, seed: (c) => seedDemo(c.models, c.deps.clock.now()) });
  }, 60_000);
  afterAll(() => bot.close());

  it(`costs at most ${LIMITS.mongo} MongoDB and ${LIMITS.redis} Redis commands (${MESSAGES} messages of a known contact)`, async () => {
    const watch = await connectMongo(inject('mongoUri'), bot.container.env.MONGODB_DB);
    const delivered = async (count: number) => ((await watch.collection('outbound_messages').countDocuments({ status: 'sent' })) >= count ? true : undefined);
    // The first messages make the contact's session; the count is of a contact already talking.
    for (let i = 0; i < 2; i++) expect(await bot.send(PARENT, 'menu')).toHaveLength(1);
    await until('the warm-up replies sent', () => delivered(2));
    const mongo = countMongoCommands(bot.container.models.connection);
    const redis = await countRedisCommands(inject('redisUrl'), bot.container.env.QUEUE_PREFIX);
    await settle();
    mongo.take();
    redis.take();

    for (let i = 0; i < MESSAGES; i++) expect(await bot.send(PARENT, 'menu')).toHaveLength(1);
    await until('every reply sent', () => delivered(2 + MESSAGES));
    await settle();
    const perMessage = (t: Tally) => ({ perMessage: t.total / MESSAGES, byName: t.byName, notById: t.notById });
    const [m, r] = [perMessage(mongo.take()), perMessage(redis.take())];
    await redis.stop();
    await watch.close();
    console.log('commands per message', JSON.stringify({ mongo: m, redis: r }));
    expect(m.perMessage, JSON.stringify(m.byName)).toBeLessThanOrEqual(LIMITS.mongo);
    // Every document the message touches is found by _id: no lookup slows as history grows (test/store/id-lookup-plan.test.ts).
    expect(m.notById).toEqual([]);
    expect(r.perMessage, JSON.stringify(r.byName)).toBeLessThanOrEqual(LIMITS.redis);
  }, 120_000);
});
