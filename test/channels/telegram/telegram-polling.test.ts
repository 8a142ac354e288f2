import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { TelegramPoller } from '../../../src/channels/telegram/telegram-polling.js';
import { createLogger } from '../../../src/shared/logger.js';

const update = (id: number) => ({ update_id: id }) as Update;

/** A Bot API that serves a fixed backlog by offset and then holds the long poll until aborted. */
function fakeApi(backlog: Update[]) {
  const offsets: number[] = [];
  let webhookDeleted = 0;
  return {
    offsets,
    get webhookDeleted() {
      return webhookDeleted;
    },
    api: {
      deleteWebhook: async () => {
        webhookDeleted += 1;
        return true as const;
      },
      getUpdates: async (other?: { offset?: number }, signal?: unknown) => {
        const offset = other?.offset ?? 0;
        offsets.push(offset);
        const pending = backlog.filter((u) => u.update_id >= offset);
        if (pending.length) return pending;
        return new Promise<Update[]>((_resolve, reject) => (signal as AbortSignal).addEventListener('abort', () => reject(new Error('aborted'))));
      },
    },
  };
}

describe('TelegramPoller', () => {
  it('hands over every update once stored, fetches a failed one again, and stops cleanly', async () => {
    const fake = fakeApi([update(10), update(11), update(12)]);
    const handled: number[] = [];
    let failOnce = true;
    const poller = new TelegramPoller(
      fake.api as never,
      async (u) => {
        if (u.update_id === 11 && failOnce) {
          failOnce = false;
          throw new Error('storage down');
        }
        handled.push(u.update_id);
      },
      createLogger({ level: 'silent' }),
      { retryDelayMs: 1 },
    );
    poller.start();
    await expect.poll(() => handled).toEqual([10, 11, 12]);
    await poller.stop();
    // 0, then 11 again after the failure (10 was confirmed), then 13 waiting when stopped.
    expect(fake.offsets).toEqual([0, 11, 13]);
    expect(fake.webhookDeleted).toBe(1);
  });
});
