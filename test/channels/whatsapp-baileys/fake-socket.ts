import { EventEmitter } from 'node:events';
import type { AnyMessageContent, BaileysEventMap, WAMessage } from '@whiskeysockets/baileys';
import type { BaileysSocketLike, SocketConfig, SocketFactory } from '../../../src/channels/whatsapp-baileys/baileys-socket.js';

/** A Baileys socket without a network: tests emit its events and read what it was asked to send. */
export class FakeSocket implements BaileysSocketLike {
  private readonly emitter = new EventEmitter();
  readonly sent: Array<{ jid: string; content: AnyMessageContent }> = [];
  readonly pairingRequests: string[] = [];
  readonly presence: string[] = [];
  ended = false;
  lidToPn = new Map<string, string>();
  readonly signalRepository = { lidMapping: { getPNForLID: async (lid: string) => this.lidToPn.get(lid) ?? null } };
  readonly ev = {
    on: <E extends keyof BaileysEventMap>(event: E, listener: (arg: BaileysEventMap[E]) => void): void => {
      this.emitter.on(event, listener);
    },
  };

  constructor(readonly config: SocketConfig) {}

  emit<E extends keyof BaileysEventMap>(event: E, arg: BaileysEventMap[E]): void {
    this.emitter.emit(event, arg);
  }

  async sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage> {
    this.sent.push({ jid, content });
    const message = 'text' in content ? { conversation: content.text } : 'image' in content ? { imageMessage: { caption: content.caption ?? null, mimetype: 'image/png' } } : {};
    return { key: { remoteJid: jid, fromMe: true, id: `3EB0SENT${this.sent.length}` }, message } as WAMessage;
  }

  async requestPairingCode(phone: string): Promise<string> {
    this.pairingRequests.push(phone);
    return 'ABCD1234';
  }

  async sendPresenceUpdate(type: 'composing' | 'paused'): Promise<void> {
    this.presence.push(type);
  }

  end(): void {
    this.ended = true;
  }
}

/** A factory that keeps every socket it made, newest last. */
export function fakeSockets(): { factory: SocketFactory; sockets: FakeSocket[]; last(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (config) => {
      const socket = new FakeSocket(config);
      sockets.push(socket);
      return socket;
    },
    last: () => sockets[sockets.length - 1]!,
  };
}

/** A Boom-like error as Baileys puts in `lastDisconnect`. */
export function closedWith(statusCode: number): BaileysEventMap['connection.update'] {
  return { connection: 'close', lastDisconnect: { error: Object.assign(new Error(`closed ${statusCode}`), { output: { statusCode } }) as never, date: new Date(0) } };
}

export function textMessage(key: WAMessage['key'], text: string): WAMessage {
  return { key, message: { conversation: text }, messageTimestamp: 1773021600 } as WAMessage;
}
