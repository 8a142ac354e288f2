import { mediaIdOf, type MediaStore } from '../../app/messages/media-store.js';
import type { OutboundKind } from '../../app/messages/message-records.js';
import type { Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { Channel, InboundMessage, OutboundMessage, SendContext, SendLimits, SendReceipt } from '../channel.js';
import { numberedText } from '../numbered-text.js';
import { fitsList, imagePayload, LIMITS, listPayload, splitText, templatePayload, textPayload, type TemplateRef } from './cloud-payloads.js';
import { parseCloudWebhook, type CloudWebhook } from './cloud-webhook.js';
import { isWindowOpen, type CustomerWindow } from './customer-window.js';
import { GraphCallError, type GraphClient } from './graph-client.js';

export const CLOUD_CHANNEL = 'whatsapp-cloud';

/** Approved templates by outbound kind; `default` serves kinds without their own. */
export type CloudTemplates = Partial<Record<OutboundKind | 'default', TemplateRef>>;

export interface CloudChannelOptions {
  graph: Pick<GraphClient, 'sendMessage' | 'uploadMedia'>;
  phoneNumberId: string;
  window: CustomerWindow;
  templates: CloudTemplates;
  media: Pick<MediaStore, 'get'>;
  clock: Clock;
  log: Logger;
  /** Media are sent by link when the server is reachable from outside, else uploaded. */
  publicBaseUrl?: string;
  /** The list button's label (at most 20 characters). */
  listButton: string;
}

/**
 * The official WhatsApp Cloud API. Choices go as an interactive list when they fit, else as numbered
 * text; charts by link or upload. Outside the 24-hour window, kinds other than `reply` go as their
 * configured template, and a 131047 answer sends the template instead of retrying free text.
 * Rate limits (130429, 131056) are retryable; other client errors are permanent.
 *
 * @example
 * const cloud = new CloudChannel({ graph, phoneNumberId, window, templates, media, clock, log, listButton: 'Pilih' });
 * await cloud.send('628111000001', { text: 'Besok posyandu' }, { kind: 'reminder' });
 */
export class CloudChannel implements Channel<CloudWebhook> {
  readonly name = CLOUD_CHANNEL;
  /** Meta's default throughput is 80 messages a second per number; stay well below. */
  readonly limits: SendLimits = { max: 40, durationMs: 1000 };

  constructor(private readonly options: CloudChannelOptions) {}

  parse(body: CloudWebhook, receivedAt: Date): InboundMessage[] {
    return parseCloudWebhook(body, this.name, this.options.phoneNumberId, receivedAt).messages;
  }

  /** Cloud API addresses are WhatsApp ids: the phone number's digits. */
  phoneOf(address: string): string | null {
    return /^[1-9][0-9]{6,14}$/.test(address) ? `+${address}` : null;
  }

  async send(address: string, message: OutboundMessage, context?: SendContext): Promise<SendReceipt> {
    const kind = context?.kind ?? 'reply';
    const open = isWindowOpen(await this.options.window.lastInbound(address), this.options.clock.now());
    if (!open && kind !== 'reply') return this.sendTemplate(address, message, kind);
    try {
      return { platformId: await this.sendFree(address, message) };
    } catch (error) {
      if (error instanceof GraphCallError && error.failure.kind === 'reengage') {
        await this.options.window.close(address);
        return this.sendTemplate(address, message, kind);
      }
      throw this.appErrorOf(error);
    }
  }

  private async sendFree(to: string, message: OutboundMessage): Promise<string> {
    let last: string | undefined;
    let rest: OutboundMessage | null = message;
    if (message.image) {
      const image = await this.imageRef(message.image);
      if (image) {
        const caption = !message.choices?.length && message.text.length <= LIMITS.caption ? message.text : undefined;
        last = await this.options.graph.sendMessage(imagePayload(to, image, caption));
        if (caption !== undefined) rest = null;
      }
    }
    if (rest && fitsList(rest)) return this.options.graph.sendMessage(listPayload(to, rest, this.options.listButton));
    for (const part of rest ? splitText(numberedText(rest)) : []) last = await this.options.graph.sendMessage(textPayload(to, part));
    if (!last) throw new AppError('CHANNEL_PERMANENT_FAILURE', 'Nothing to send: the message has no text and its image is gone.', { channel: this.name, scope: 'message' });
    return last;
  }

  private async sendTemplate(to: string, message: OutboundMessage, kind: OutboundKind): Promise<SendReceipt> {
    const template = this.options.templates[kind] ?? this.options.templates.default;
    if (!template) {
      throw new AppError(
        'CHANNEL_PERMANENT_FAILURE',
        `Outside WhatsApp's 24-hour window only an approved template can be sent; add one for "${kind}" (or "default") to WHATSAPP_CLOUD_TEMPLATES.`,
        { channel: this.name, scope: 'message', kind },
      );
    }
    try {
      return { platformId: await this.options.graph.sendMessage(templatePayload(to, template, numberedText(message))) };
    } catch (error) {
      throw this.appErrorOf(error);
    }
  }

  private async imageRef(path: string): Promise<{ link: string } | { id: string } | null> {
    if (this.options.publicBaseUrl) return { link: `${this.options.publicBaseUrl.replace(/\/+$/, '')}${path}` };
    const id = mediaIdOf(path);
    const found = id ? await this.options.media.get(id) : null;
    if (!found) {
      // Charts are kept for a limited time; the text still says what the chart showed.
      this.options.log.warn({ media: id }, 'whatsapp-cloud: chart image not found, sending the text only');
      return null;
    }
    return { id: await this.options.graph.uploadMedia(found.data, found.contentType, `${id}.png`) };
  }

  private appErrorOf(error: unknown): unknown {
    if (!(error instanceof GraphCallError)) return error;
    const { failure } = error;
    const context = { channel: this.name, code: failure.code };
    switch (failure.kind) {
      case 'rate':
        return new AppError('CHANNEL_SEND_FAILED', `WhatsApp rate limit (${failure.description}); the send queue retries later.`, { ...context, reason: 'rate-limited' }, { cause: error });
      case 'transient':
        return new AppError('CHANNEL_SEND_FAILED', `WhatsApp Cloud API did not take the message (${failure.description}); the send queue retries it.`, context, { cause: error });
      case 'unreachable':
        return new AppError('CHANNEL_PERMANENT_FAILURE', `WhatsApp cannot deliver to this number (${failure.description}).`, context, { cause: error });
      default:
        return new AppError('CHANNEL_PERMANENT_FAILURE', `WhatsApp Cloud API refused the message (${failure.description}). Fix the message or the configuration.`, { ...context, scope: 'message' }, { cause: error });
    }
  }
}
