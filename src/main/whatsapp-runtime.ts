import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../app/conversation.js';
import type { MediaStore } from '../app/messages/media-store.js';
import type { MessageStore } from '../app/messages/message-ports.js';
import type { Channel } from '../channels/channel.js';
import { BaileysChannel } from '../channels/whatsapp-baileys/baileys-channel.js';
import { receiveBaileysUpsert } from '../channels/whatsapp-baileys/baileys-receive.js';
import { BaileysSession } from '../channels/whatsapp-baileys/baileys-session.js';
import { baileysSocketFactory, type SocketFactory } from '../channels/whatsapp-baileys/baileys-socket.js';
import { printQrToTerminal, qrSvg } from '../channels/whatsapp-baileys/qr-render.js';
import { isConnected, readBaileysStatus } from '../channels/whatsapp-baileys/session-status.js';
import { CloudChannel } from '../channels/whatsapp-cloud/cloud-channel.js';
import { RedisCustomerWindow, type CustomerWindow } from '../channels/whatsapp-cloud/customer-window.js';
import { GraphClient } from '../channels/whatsapp-cloud/graph-client.js';
import { receiveCloudWebhook } from '../channels/whatsapp-cloud/receive-webhook.js';
import { whatsappBaileysEnabled, whatsappCloudEnabled, type Env } from '../config/env.js';
import { whatsappAdminRoutes } from '../http/routes/whatsapp-admin.js';
import { whatsappCloudWebhookRoutes } from '../http/routes/whatsapp-cloud-webhook.js';
import type { Redis } from '../queues/redis.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { BaileysAuthRepository } from '../store/baileys-auth-repository.js';

export interface WhatsAppRuntimeDeps {
  env: Env;
  auth: BaileysAuthRepository;
  redis: Redis;
  media: Pick<MediaStore, 'get'>;
  clock: Clock;
  log: Logger;
  /** The interactive list's button label, from the catalog in the default language. */
  listButton: string;
  /** Tests pass a fake socket; production builds Baileys' own. */
  createSocket?: SocketFactory;
  random?: (max: number) => number;
  sleep?: (ms: number) => Promise<void>;
  window?: CustomerWindow;
}

type Plugin = (app: FastifyInstance) => Promise<void>;

/**
 * Both WhatsApp channels with what they need around them: the Baileys session (started with the
 * workers, where sends happen; its status is published to MongoDB for the server's admin page and
 * `/readyz`) and the Cloud API webhook and window.
 *
 * @example
 * const whatsapp = new WhatsAppRuntime({ env, auth, redis, media, clock, log, listButton: 'Pilih' });
 * channels: whatsapp.channels(); plugins: whatsapp.plugins(conversations, messages); workers: await whatsapp.start(conversations);
 */
export class WhatsAppRuntime {
  readonly baileys?: { session: BaileysSession; channel: BaileysChannel };
  readonly cloud?: { channel: CloudChannel; window: CustomerWindow };
  private conversations?: ConversationService;

  constructor(private readonly deps: WhatsAppRuntimeDeps) {
    const { env, log, clock } = deps;
    if (whatsappBaileysEnabled(env)) {
      const session: BaileysSession = new BaileysSession({
        session: env.WHATSAPP_BAILEYS_SESSION,
        store: deps.auth,
        createSocket: deps.createSocket ?? baileysSocketFactory(log),
        log,
        clock,
        ...(env.WHATSAPP_BAILEYS_PAIRING_PHONE ? { pairingPhone: env.WHATSAPP_BAILEYS_PAIRING_PHONE } : {}),
        ...(deps.random ? { random: deps.random } : {}),
        ...(deps.createSocket ? {} : { showQr: (qr: string) => printQrToTerminal(qr) }),
        onMessages: async (upsert) => {
          const conversations = this.conversations;
          if (!conversations) return;
          await receiveBaileysUpsert(upsert, { channel, lids: session.lids, questions: session.questions, socket: () => session.socket(), accept: (m) => conversations.accept(m), now: () => clock.now(), log });
        },
      });
      const channel = new BaileysChannel({
        session,
        media: deps.media,
        log,
        ratePerMinute: env.WHATSAPP_BAILEYS_RATE_PER_MINUTE,
        allowGroups: env.WHATSAPP_ALLOW_GROUPS,
        ...(deps.random ? { random: deps.random } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
      });
      this.baileys = { session, channel };
    }
    if (whatsappCloudEnabled(env)) {
      const window = deps.window ?? new RedisCustomerWindow(deps.redis, env.QUEUE_PREFIX, env.LOG_HASH_SECRET);
      const graph = new GraphClient({ apiRoot: env.WHATSAPP_CLOUD_API_ROOT, phoneNumberId: env.WHATSAPP_CLOUD_PHONE_NUMBER_ID, token: env.WHATSAPP_CLOUD_TOKEN });
      const channel = new CloudChannel({
        graph,
        phoneNumberId: env.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
        window,
        templates: env.WHATSAPP_CLOUD_TEMPLATES,
        media: deps.media,
        clock,
        log,
        listButton: deps.listButton,
        ...(env.PUBLIC_BASE_URL ? { publicBaseUrl: env.PUBLIC_BASE_URL } : {}),
      });
      this.cloud = { channel, window };
    }
  }

  channels(): Channel[] {
    return [...(this.baileys ? [this.baileys.channel as Channel] : []), ...(this.cloud ? [this.cloud.channel as Channel] : [])];
  }

  /** The Cloud API webhook, and the pairing page when Baileys is on and ADMIN_TOKEN is set. */
  plugins(conversations: ConversationService, messages: Pick<MessageStore, 'recordDelivery'>): Plugin[] {
    const { env, clock } = this.deps;
    const plugins: Plugin[] = [];
    const cloud = this.cloud;
    if (cloud && whatsappCloudEnabled(env)) {
      const receiveDeps = {
        channel: cloud.channel.name,
        phoneNumberId: env.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
        window: cloud.window,
        accept: (m: Parameters<ConversationService['accept']>[0]) => conversations.accept(m),
        recordDelivery: messages.recordDelivery.bind(messages),
        now: () => clock.now(),
        log: this.deps.log,
      };
      plugins.push((app) =>
        whatsappCloudWebhookRoutes(app, {
          verifyToken: env.WHATSAPP_CLOUD_VERIFY_TOKEN,
          appSecret: env.WHATSAPP_CLOUD_APP_SECRET,
          receive: async (body) => {
            await receiveCloudWebhook(body, receiveDeps);
          },
        }),
      );
    }
    const token = env.ADMIN_TOKEN;
    if (this.baileys && token) plugins.push((app) => whatsappAdminRoutes(app, { status: () => readBaileysStatus(this.deps.auth, env.WHATSAPP_BAILEYS_SESSION), qrSvg }));
    return plugins;
  }

  /** Connects the Baileys session (in the process that runs the send workers). */
  async start(conversations: ConversationService): Promise<void> {
    this.conversations = conversations;
    await this.baileys?.session.start();
  }

  async stop(): Promise<void> {
    await this.baileys?.session.stop();
  }

  /** `/readyz` entries: `whatsapp` is true while the Baileys session is connected. */
  async health(): Promise<Record<string, boolean>> {
    if (!this.baileys) return {};
    const status = await readBaileysStatus(this.deps.auth, this.deps.env.WHATSAPP_BAILEYS_SESSION).catch(() => null);
    return { whatsapp: isConnected(status) };
  }
}
