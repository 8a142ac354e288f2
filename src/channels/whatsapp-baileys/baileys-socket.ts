import makeWASocket, { Browsers, makeCacheableSignalKeyStore, type AnyMessageContent, type AuthenticationState, type BaileysEventMap, type proto, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Logger } from '../../shared/logger.js';

/**
 * The part of Baileys' socket the adapter uses. The real one comes from `makeWASocket`; tests pass
 * an EventEmitter-like fake that emits `connection.update`, `creds.update` and `messages.upsert`.
 */
export interface BaileysSocketLike {
  ev: { on<E extends keyof BaileysEventMap>(event: E, listener: (arg: BaileysEventMap[E]) => void): void };
  sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  end(error: Error | undefined): void;
  sendPresenceUpdate?(type: 'composing' | 'paused', jid?: string): Promise<void>;
  signalRepository?: { lidMapping?: { getPNForLID(lid: string): Promise<string | null> } };
}

export interface SocketConfig {
  auth: AuthenticationState;
  getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined>;
}

export type SocketFactory = (config: SocketConfig) => BaileysSocketLike;

/**
 * Builds real sockets. Baileys' own log lines name JIDs (phone numbers), so it only gets errors.
 * `markOnlineOnConnect: false` keeps notifications on the operator's phone; no history sync.
 *
 * @example
 * const createSocket = baileysSocketFactory(log);
 */
export function baileysSocketFactory(log: Logger): SocketFactory {
  const logger = log.child({ module: 'baileys' }, { level: 'error' });
  return (config) =>
    makeWASocket({
      auth: { creds: config.auth.creds, keys: makeCacheableSignalKeyStore(config.auth.keys, logger) },
      getMessage: config.getMessage,
      logger,
      browser: Browsers.ubuntu('Posyandu Bot'),
      markOnlineOnConnect: false,
      syncFullHistory: false,
    });
}
