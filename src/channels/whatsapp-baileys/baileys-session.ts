import { DisconnectReason, proto, type BaileysEventMap, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { decode, encode, ENTRY, loadAuthState, type AuthKeyValueStore } from './auth-state.js';
import { reconnectDelay } from './backoff.js';
import type { BaileysUpsert } from './baileys-inbound.js';
import type { BaileysSocketLike, SocketFactory } from './baileys-socket.js';
import { LidMap } from './lid-map.js';
import { QuestionLog } from './question-log.js';
import { writeBaileysStatus, type BaileysState, type BaileysStatus } from './session-status.js';

export interface BaileysSessionOptions {
  session: string;
  store: AuthKeyValueStore;
  createSocket: SocketFactory;
  log: Logger;
  clock: Clock;
  /** E.164; when set and the session is not paired, a pairing code is requested instead of showing a QR only. */
  pairingPhone?: string;
  backoff?: { baseMs: number; maxMs: number };
  random?: (max: number) => number;
  /** Runs `fn` after `ms`; returns a cancel function. Tests pass one that records the delays. */
  schedule?: (fn: () => void, ms: number) => () => void;
  /** Shows a new QR to whoever watches the terminal. */
  showQr?: (qr: string) => void;
  onMessages(upsert: BaileysUpsert): Promise<void>;
}

type ConnectionUpdate = BaileysEventMap['connection.update'];

function statusCodeOf(update: ConnectionUpdate): number | undefined {
  const error = update.lastDisconnect?.error as { output?: { statusCode?: unknown } } | undefined;
  const code = error?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/**
 * One WhatsApp account over Baileys: auth state in the store (saved on every `creds.update` and key
 * set), pairing by QR or code, reconnects with backoff. A logout clears the session and alerts the
 * operator; "connection replaced" stops without a reconnect loop; "restart required" (right after
 * pairing) reconnects at once. Sent messages are kept so Baileys' `getMessage` can answer retries.
 *
 * @example
 * const session = new BaileysSession({ session: 'default', store, createSocket, log, clock, onMessages });
 * await session.start(); session.status().state; // 'connecting'
 */
export class BaileysSession {
  readonly lids: LidMap;
  /** Which question each numbered list sent belonged to, to tie a typed "1" to its question. */
  readonly questions: QuestionLog;
  private current?: BaileysSocketLike;
  private cancelTimer?: () => void;
  private stopped = false;
  private pairingRequested = false;
  private state: BaileysStatus;
  private publishing: Promise<void> = Promise.resolve();

  constructor(private readonly options: BaileysSessionOptions) {
    this.lids = new LidMap(options.store, options.session);
    this.questions = new QuestionLog(options.store, options.session);
    this.state = { state: 'starting', since: options.clock.now().toISOString(), attempt: 0 };
  }

  status(): BaileysStatus {
    return { ...this.state };
  }

  /** The socket when messages can go out; undefined while connecting, pairing or down. */
  openSocket(): BaileysSocketLike | undefined {
    return this.state.state === 'open' ? this.current : undefined;
  }

  /** Any live socket (for LID look-ups while still syncing). */
  socket(): BaileysSocketLike | undefined {
    return this.current;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.lids.load();
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer?.();
    const socket = this.current;
    this.current = undefined;
    socket?.end(undefined);
    await this.setState('stopped', {});
  }

  /**
   * Keeps a sent message so a recipient's retry request can be answered (`getMessage`), and the
   * question its numbered choices belong to (`shown`), so a reply to it can be tied to that question.
   */
  async remember(sent: WAMessage | undefined, shown?: { address: string; question: string }): Promise<void> {
    if (!sent?.key.id || !sent.message) return;
    const now = this.options.clock.now();
    await this.options.store.write(this.options.session, [{ type: ENTRY.sent, id: sent.key.id, value: encode(sent.message) }], now);
    if (shown) await this.questions.noteSent(shown.address, sent.key.id, shown.question, Math.floor(now.getTime() / 1000));
  }

  async getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined;
    const text = (await this.options.store.read(this.options.session, ENTRY.sent, [key.id])).get(key.id);
    return text ? proto.Message.fromObject(decode<object>(text)) : undefined;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { state, saveCreds } = await loadAuthState(this.options.store, this.options.session);
    const socket = this.options.createSocket({ auth: state, getMessage: (key) => this.getMessage(key) });
    this.current = socket;
    this.pairingRequested = false;
    const live = () => this.current === socket && !this.stopped;
    socket.ev.on('creds.update', () => {
      saveCreds().catch((error: unknown) => this.options.log.error({ err: error }, 'whatsapp: saving credentials failed'));
    });
    socket.ev.on('connection.update', (update) => {
      if (live()) void this.onConnection(socket, update, state.creds.registered).catch((error: unknown) => this.options.log.error({ err: error }, 'whatsapp: connection update failed'));
    });
    socket.ev.on('messages.upsert', (upsert) => {
      if (!live()) return;
      this.options.onMessages({ messages: upsert.messages, type: upsert.type }).catch((error: unknown) => this.options.log.error({ err: error }, 'whatsapp: accepting messages failed'));
    });
    socket.ev.on('lid-mapping.update', (mapping) => {
      void this.lids.remember(mapping.lid, mapping.pn).catch((error: unknown) => this.options.log.warn({ err: error }, 'whatsapp: saving a LID mapping failed'));
    });
    if (this.state.state !== 'open') await this.setState('connecting', { attempt: this.state.attempt });
  }

  private async onConnection(socket: BaileysSocketLike, update: ConnectionUpdate, registered: boolean): Promise<void> {
    if (update.qr) await this.onQr(socket, update.qr, registered);
    if (update.connection === 'open') {
      this.options.log.info('whatsapp: connected');
      await this.setState('open', { attempt: 0 });
    }
    if (update.connection === 'close') await this.onClose(statusCodeOf(update));
  }

  private async onQr(socket: BaileysSocketLike, qr: string, registered: boolean): Promise<void> {
    const phone = this.options.pairingPhone;
    if (phone && !registered && !this.pairingRequested) {
      this.pairingRequested = true;
      const pairingCode = await socket.requestPairingCode(phone.replace(/[^0-9]/g, ''));
      this.options.log.info(`whatsapp: not paired. On the phone: WhatsApp > Linked devices > Link with phone number, enter ${pairingCode}`);
      await this.setState('pairing', { pairingCode, attempt: 0 });
      return;
    }
    if (this.state.pairingCode) return;
    this.options.log.info('whatsapp: not paired. Scan the QR (terminal or GET /admin/whatsapp) with WhatsApp > Linked devices');
    this.options.showQr?.(qr);
    await this.setState('pairing', { qr, attempt: 0 });
  }

  private async onClose(code: number | undefined): Promise<void> {
    this.current = undefined;
    if (this.stopped) return;
    if (code === DisconnectReason.loggedOut) {
      this.options.log.error({ code }, 'whatsapp: the phone logged this session out. Messages wait until it is paired again: restart the worker and scan the new QR (GET /admin/whatsapp)');
      await this.options.store.clear(this.options.session, [ENTRY.lidPn, ENTRY.status]);
      await this.setState('logged-out', { lastCode: code });
      return;
    }
    if (code === DisconnectReason.connectionReplaced) {
      this.options.log.error({ code }, 'whatsapp: another client took over this session (connection replaced); not reconnecting. Stop the other instance, then restart this worker');
      await this.setState('replaced', { lastCode: code });
      return;
    }
    const attempt = this.state.attempt;
    // Right after pairing WhatsApp asks for a fresh connection: no reason to wait.
    const delay = code === DisconnectReason.restartRequired ? 0 : reconnectDelay(attempt, this.options.backoff ?? { baseMs: 2000, maxMs: 5 * 60_000 }, this.options.random ?? ((max) => Math.floor(Math.random() * max)));
    this.options.log.warn({ code, attempt, delayMs: delay }, 'whatsapp: connection closed, reconnecting');
    await this.setState('reconnecting', { attempt: code === DisconnectReason.restartRequired ? attempt : attempt + 1, ...(code !== undefined ? { lastCode: code } : {}) });
    const schedule = this.options.schedule ?? ((fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    });
    this.cancelTimer = schedule(() => {
      this.connect().catch((error: unknown) => {
        this.options.log.error({ err: error }, 'whatsapp: reconnecting failed');
        void this.onClose(undefined);
      });
    }, delay);
  }

  private async setState(state: BaileysState, extra: Partial<BaileysStatus>): Promise<void> {
    const status: BaileysStatus = { state, since: this.options.clock.now().toISOString(), attempt: extra.attempt ?? this.state.attempt, ...extra };
    this.state = status;
    // One write at a time, in order: the published status is always the latest.
    this.publishing = this.publishing
      .then(() => writeBaileysStatus(this.options.store, this.options.session, status))
      .catch((error: unknown) => this.options.log.warn({ err: error }, 'whatsapp: publishing the status failed'));
    await this.publishing;
  }
}
