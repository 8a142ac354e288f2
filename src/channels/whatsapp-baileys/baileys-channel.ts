import { setTimeout as delay } from 'node:timers/promises';
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import { mediaIdOf, type MediaStore } from '../../app/messages/media-store.js';
import { AppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { Channel, OutboundMessage, SendLimits, SendReceipt } from '../channel.js';
import { numberedText } from '../numbered-text.js';
import { parseUpsert, type BaileysInbound, type BaileysUpsert } from './baileys-inbound.js';
import type { BaileysSession } from './baileys-session.js';
import { phoneOfJid } from './jids.js';

export const BAILEYS_CHANNEL = 'whatsapp-baileys';

export interface BaileysChannelOptions {
  session: Pick<BaileysSession, 'openSocket' | 'remember' | 'lids'>;
  media: Pick<MediaStore, 'get'>;
  log: Logger;
  /** Messages a minute for the account (the send queue's limiter). */
  ratePerMinute: number;
  allowGroups: boolean;
  /** A human-looking pause before each send: `minMs` plus up to `spreadMs` at random. */
  jitter?: { minMs: number; spreadMs: number };
  random?: (max: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * WhatsApp through Baileys, an unofficial multi-device client: choices as numbered text (buttons
 * are unreliable there), charts as a PNG with the text as caption, a slow per-account pace with
 * jitter. While the session is not connected a send throws a retryable error tagged
 * `reason: 'channel-down'`, so the job waits (or the caller falls back to another channel).
 *
 * @example
 * const whatsapp = new BaileysChannel({ session, media, log, ratePerMinute: 20, allowGroups: false });
 * await whatsapp.send('628111000001@s.whatsapp.net', { text: 'Pilih:', choices: [{ id: 'a', label: 'Ya' }] });
 */
export class BaileysChannel implements Channel<BaileysUpsert> {
  readonly name = BAILEYS_CHANNEL;
  readonly limits: SendLimits;

  constructor(private readonly options: BaileysChannelOptions) {
    // One at a time per account: an unofficial client should look like one person typing.
    this.limits = { max: options.ratePerMinute, durationMs: 60_000, concurrency: 1 };
  }

  parse(upsert: BaileysUpsert, receivedAt: Date): BaileysInbound[] {
    return parseUpsert(upsert, { channel: this.name, allowGroups: this.options.allowGroups, pnOf: (lid) => this.options.session.lids.pnOf(lid) }, receivedAt);
  }

  phoneOf(address: string): string | null {
    return phoneOfJid(address);
  }

  async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    const content = await this.contentOf(message);
    const socket = this.socketOrWait();
    await socket.sendPresenceUpdate?.('composing', address).catch(() => undefined);
    const { minMs, spreadMs } = this.options.jitter ?? { minMs: 800, spreadMs: 2500 };
    await (this.options.sleep ?? ((ms) => delay(ms)))(minMs + (this.options.random ?? ((max) => Math.floor(Math.random() * max)))(spreadMs + 1));
    try {
      const sent = await this.socketOrWait().sendMessage(address, content);
      await this.options.session.remember(sent, message.question && message.choices?.length ? { address, question: message.question } : undefined);
      return sent?.key.id ? { platformId: sent.key.id } : {};
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('CHANNEL_SEND_FAILED', 'WhatsApp (Baileys) did not take the message; the send queue retries it.', { channel: this.name, reason: 'send-error' }, { cause: error });
    }
  }

  private socketOrWait() {
    const socket = this.options.session.openSocket();
    if (!socket) {
      throw new AppError('CHANNEL_SEND_FAILED', 'The WhatsApp (Baileys) session is not connected; the message waits. See GET /admin/whatsapp.', { channel: this.name, reason: 'channel-down' });
    }
    return socket;
  }

  private async contentOf(message: OutboundMessage): Promise<AnyMessageContent> {
    const text = numberedText(message);
    const id = message.image ? mediaIdOf(message.image) : undefined;
    const image = id ? await this.options.media.get(id) : null;
    // Charts are kept for a limited time; the text still says what the chart showed.
    if (message.image && !image) this.options.log.warn({ media: id }, 'whatsapp: chart image not found, sending the text only');
    return image ? { image: image.data, caption: text, mimetype: image.contentType } : { text };
  }
}
