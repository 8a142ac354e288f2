import { Queue } from 'bullmq';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET, TOKEN, textUpdate } from '../channels/telegram/telegram-bot.js';
import { QUEUES } from '../../src/queues/names.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { startTwoInstances } from './two-instances.js';

const API = 'http://bot-api.telegram.test';

describe('duplicate storm: one Telegram update delivered five times across two instances', () => {
  let pair: Awaited<ReturnType<typeof startTwoInstances>>;
  let sent: SentBody[] = [];

  beforeAll(async () => {
    sent = recordTelegramSends(API, TOKEN);
    pair = await startTwoInstances({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await pair.close();
    nock.cleanAll();
  });

  it('yields exactly one reply', async () => {
    // BANTUAN answers with exactly one message and starts nothing.
    const update = textUpdate(4242, '/bantuan');
    const responses = await Promise.all(
      [0, 1, 0, 1, 0].map((i) =>
        pair.instances[i]!.app.inject({ method: 'POST', url: '/webhooks/telegram/123456789', headers: { 'x-telegram-bot-api-secret-token': SECRET }, payload: update }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);

    const { deps } = pair.instances[0]!.container;
    const id = `telegram:${update.update_id}`;
    await expect.poll(async () => (await deps.messages.getInbound(id))?.status, { timeout: 15_000 }).toBe('processed');
    const replies = await deps.messages.repliesTo(id);
    expect(replies).toHaveLength(1);
    await expect.poll(async () => (await deps.messages.getOutbound(replies[0]!._id))?.status, { timeout: 15_000 }).toBe('sent');

    // The inbound ready list becomes idle: nothing left that could still send a second copy. (A delivery
    // that found the update recorded but still queued queued it again; that extra item finds it processed.)
    const { ready } = pair.instances[0]!.container.inbox;
    await expect.poll(() => ready.depth(), { timeout: 15_000 }).toEqual({ waiting: 0, active: 0, delayed: 0 });
    const sendQueue = new Queue(QUEUES.send('telegram'), { connection: pair.instances[0]!.container.redis, prefix: pair.env.QUEUE_PREFIX });
    expect(await sendQueue.getJobCounts('waiting', 'active', 'delayed', 'failed')).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
    await sendQueue.close();
    const toChat = sent.filter((body) => body.chat_id === '4242');
    expect(toChat).toHaveLength(1);
    expect(String(toChat[0]!.text)).toContain('Posyandu Bot membantu');
    // Addresses are sealed at rest: read them back through the model, which opens them.
    const contacts = (await pair.instances[1]!.container.models.contacts.find({}).lean()).filter((c) => c.lastAddress === '4242');
    expect(contacts).toHaveLength(1);
  });
});
