import { setTimeout as delay } from 'node:timers/promises';
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../shared/logger.js';

/** grammY types its signal with the abort-controller polyfill; Node's own AbortSignal works at run time. */
type ApiSignal = Parameters<Api['getUpdates']>[1];

/**
 * Long polling for development (`TELEGRAM_MODE=polling`): fetches updates and hands each to
 * `handle`; the offset moves past an update only once it was handled, so a storage failure means
 * the update is fetched again, not lost. `stop()` aborts the pending request and waits for the loop.
 *
 * @example
 * const poller = new TelegramPoller(channel.api, (u) => receiveTelegramUpdate(u, receiver), log);
 * poller.start();
 * await poller.stop();
 */
export class TelegramPoller {
  private readonly controller = new AbortController();
  private running?: Promise<void>;

  constructor(
    private readonly api: Pick<Api, 'getUpdates' | 'deleteWebhook'>,
    private readonly handle: (update: Update) => Promise<void>,
    private readonly log: Logger,
    private readonly options: { timeoutSeconds?: number; retryDelayMs?: number } = {},
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.running;
  }

  private async loop(): Promise<void> {
    const signal = this.controller.signal;
    const apiSignal = signal as unknown as ApiSignal;
    let offset = 0;
    let webhookRemoved = false;
    while (!signal.aborted) {
      try {
        // getUpdates is refused while a webhook is set.
        if (!webhookRemoved) webhookRemoved = await this.api.deleteWebhook({}, apiSignal);
        const updates = await this.api.getUpdates({ offset, timeout: this.options.timeoutSeconds ?? 25, allowed_updates: ['message', 'callback_query'] }, apiSignal);
        for (const update of updates) {
          await this.handle(update);
          offset = update.update_id + 1;
        }
      } catch (error) {
        if (signal.aborted) break;
        this.log.warn({ err: error }, 'telegram polling failed; retrying');
        await delay(this.options.retryDelayMs ?? 2000, undefined, { signal }).catch(() => undefined);
      }
    }
  }
}
