import { randomInt } from 'node:crypto';
import type { Worker } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { buildActions, actionCatalog, type ActionDeps } from '../app/actions/index.js';
import { broadcastHandlers, broadcastLimits } from '../app/broadcast/limits.js';
import { ConversationService, type ConversationDeps } from '../app/conversation.js';
import { RegistryService } from '../app/registry/registry-service.js';
import { buildEngineAssets, loadKeywords, loadValidatedFlows } from '../app/engine-assets.js';
import { OutboundService, type OutboxDeps } from '../app/outbound.js';
import type { ChannelDirectory } from '../app/messages/message-ports.js';
import type { MediaStore } from '../app/messages/media-store.js';
import type { BroadcastCheckDeps } from '../app/broadcast/broadcast-check.js';
import type { BroadcastFanOutDeps } from '../app/broadcast/fan-out.js';
import type { PuslingNotifierDeps } from '../app/pusling/pusling-notifier.js';
import type { Channel } from '../channels/channel.js';
import { simulatorChannel } from '../channels/simulator/simulator-channel.js';
import { simulatorEnabled, telegramEnabled, whatsappBaileysEnabled, whatsappCloudEnabled, type Env } from '../config/env.js';
import { buildHttpApp } from '../http/app.js';
import { adminAuditRoutes } from '../http/routes/admin-audit.js';
import { adminRegistryRoutes } from '../http/routes/admin-registry.js';
import { adminScheduleRoutes } from '../http/routes/admin-schedules.js';
import { adminInboxRoutes } from '../http/routes/admin-inbox.js';
import { mediaRoutes } from '../http/routes/media.js';
import type { Persona } from '../http/routes/simulator.js';
import { createTranslator, loadCatalog } from '../i18n/catalog.js';
import { ContactInbox } from '../queues/inbox.js';
import { InboundQueue, startInboundWorker } from '../queues/inbound-queue.js';
import type { ReadyList } from '../queues/ready-list.js';
import type { ReadyWorker } from '../queues/ready-worker.js';
import { ProcessedSignal } from '../queues/processed-signal.js';
import { createRedis, isRedisOutage, pingRedis, redisConnected, redisReady, type Redis } from '../queues/redis.js';
import { BroadcastQueue, startBroadcastWorker } from '../queues/broadcast-queue.js';
import { SendQueues, startSendWorker } from '../queues/send-queue.js';
import { RedisReplyLimiter } from '../queues/reply-limiter.js';
import { adoptBullTimeouts, startTimeoutWorker, TimeoutQueue } from '../queues/timeout-queue.js';
import { PuslingQueue, startPuslingWorker } from '../queues/pusling-queue.js';
import { PuslingNotifier } from '../app/pusling/pusling-notifier.js';
import { PuslingService } from '../app/pusling/pusling-service.js';
import { ScheduleAdminService } from '../app/schedule/schedule-admin-service.js';
import { puslingRoutes } from '../http/routes/pusling.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { randomIds, type IdGenerator, type Random } from '../shared/ids.js';
import { createLogger, maskDigits, type Logger } from '../shared/logger.js';
import { BroadcastRepository } from '../store/broadcast-repository.js';
import { ChildAccessRepository } from '../store/child-access-repository.js';
import { ScreeningRepository } from '../store/screening-repository.js';
import { PregnancyRepository } from '../store/pregnancy-repository.js';
import { ChildrenRepository } from '../store/children-repository.js';
import { ImmunisationRepository } from '../store/immunisation-repository.js';
import { connectMongo, isMongoOutage, mongoConnected, pingMongo } from '../store/connect.js';
import { ContactsRepository } from '../store/contacts-repository.js';
import { FlowRevisionsRepository } from '../store/flow-revisions-repository.js';
import { MediaRepository } from '../store/media-repository.js';
import { MessagesRepository } from '../store/messages-repository.js';
import { RegistryRepository } from '../store/registry-repository.js';
import { SessionsRepository } from '../store/sessions-repository.js';
import { PuslingRepository } from '../store/pusling-repository.js';
import { createModels, ensureIndexes, type Models } from '../store/store.js';
import { DataSeal } from '../store/data-seal.js';
import { EscalationRuntime } from './escalation-runtime.js';
import { EventLoopLag } from './event-loop-lag.js';
import { TelegramRuntime } from './telegram-runtime.js';
import { ScheduleRuntime, type ScheduleRuntimeDeps } from './schedule-runtime.js';
import { ReminderQueue } from '../queues/reminder-queue.js';
import { ScheduleRepository } from '../store/schedule-repository.js';
import { WhatsAppRuntime } from './whatsapp-runtime.js';
import { deliverWithFallback } from '../app/channel-fallback.js';
import { FreshReplies } from '../app/messages/fresh-replies.js';
import type { SocketFactory } from '../channels/whatsapp-baileys/baileys-socket.js';
import { BaileysAuthRepository } from '../store/baileys-auth-repository.js';
import { StaffSignIn } from '../app/pws/staff-sign-in.js';
import { PwsService } from '../app/pws/pws-service.js';
import { RedisSignInStore } from '../queues/sign-in-store.js';
import { PwsRepository } from '../store/pws-repository.js';
import { SESSION_COOKIE, staffAuthRoutes } from '../http/routes/staff-auth.js';
import { pwsRoutes } from '../http/routes/pws.js';
import { pwsPageRoutes } from '../http/routes/pws-page.js';
import { pwsListRoutes } from '../http/routes/pws-lists.js';
import { PwsLists } from '../app/pws/pws-lists.js';
import type { Translate } from '../i18n/catalog.js';
import { MeasurementExport } from '../app/exports/measurement-export.js';
import { exportRoutes } from '../http/routes/exports.js';
import { FhirExport } from '../app/fhir/fhir-export.js';
import { fhirRoutes } from '../http/routes/fhir.js';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { Queue } from 'bullmq';
import { metricsRoutes } from '../http/routes/metrics.js';
import { queueBoardRoutes } from '../http/routes/queue-board.js';
import { RedisOpsEvents } from '../queues/ops-events.js';
import { queueDepths, readyDepths } from '../queues/queue-depths.js';
import { AlertRepository } from '../store/alert-repository.js';

/**
 * Every port the composition root built, typed as what the features declare they need (a turn,
 * the actions, the commit, the workers, the admin services): no feature's type is this whole.
 * Tests and scripts read stores through it.
 */
export type ContainerDeps = ConversationDeps &
  ActionDeps &
  ScheduleRuntimeDeps &
  PuslingNotifierDeps &
  BroadcastFanOutDeps &
  BroadcastCheckDeps &
  ConstructorParameters<typeof PuslingService>[0] &
  ConstructorParameters<typeof ScheduleAdminService>[0] & { media: MediaStore; random: Random };

/** What createContainer hands the container: built adapters, queues and features, nothing set later. */
interface ContainerParts {
  env: Env;
  deps: ContainerDeps;
  models: Models;
  redis: Redis;
  subscriber: Redis;
  conversations: ConversationService;
  outbound: OutboundService;
  inbox: ContactInbox;
  queues: { inbound: InboundQueue; timeouts: TimeoutQueue; sends: SendQueues; pusling: PuslingQueue; broadcasts: BroadcastQueue };
  channels: Channel[];
  personas: Persona[];
  opsEvents: RedisOpsEvents;
  features: { escalation: EscalationRuntime; telegram: TelegramRuntime | undefined; whatsapp: WhatsAppRuntime | undefined; schedule: ScheduleRuntime; pws: Container['pws'] };
}

export interface ContainerOptions {
  env: Env;
  mongoUri: string;
  clock?: Clock;
  ids?: IdGenerator;
  random?: (max: number) => number;
  log?: Logger;
  personas?: Persona[];
  extraChannels?: Channel[];
  /** Tests: a fake Baileys socket instead of a real WhatsApp connection, and no human-like pauses. */
  whatsapp?: { createSocket?: SocketFactory; sleep?: (ms: number) => Promise<void> };
  /** The driver emits `commandStarted` for every command (the benchmark and tests count them). */
  monitorCommands?: boolean;
}

/**
 * The composition root: the only place that builds adapters and wires them into the use cases.
 * Server, worker, demo, scripts and integration tests all start from here.
 *
 * @example
 * const container = await createContainer({ env, mongoUri });
 * const app = await container.http();
 * container.startWorkers();
 * await container.close();
 */
export class Container {
  readonly workers: Worker[] = [];
  /** Workers of the ready lists (conversations, sends, question timeouts): no BullMQ job per message. */
  readonly readyWorkers: ReadyWorker[] = [];
  private httpApp?: FastifyInstance;
  private readonly loopLag = new EventLoopLag();
  readonly env: Env;
  readonly deps: ContainerDeps;
  readonly models: Models;
  readonly redis: Redis;
  private readonly subscriber: Redis;
  readonly conversations: ConversationService;
  readonly outbound: OutboundService;
  readonly inboundQueue: InboundQueue;
  readonly timeoutQueue: TimeoutQueue;
  readonly sendQueues: SendQueues;
  readonly inbox: ContactInbox;
  private readonly channelList: Channel[];
  private readonly personas: Persona[];
  /** Alert deadlines, notifications, sweep and lurah digest. */
  readonly escalation: EscalationRuntime;
  /** Present when TELEGRAM_BOT_TOKEN is set. */
  readonly telegram: TelegramRuntime | undefined;
  /** Pusling notices and visit reminders. */
  readonly puslingQueue: PuslingQueue;
  /** Reminders and after-session follow-ups. */
  readonly schedule: ScheduleRuntime;
  /** Present when a WhatsApp channel is configured. */
  readonly whatsapp: WhatsAppRuntime | undefined;
  /** Kader broadcasts (SIARAN). */
  readonly broadcastQueue: BroadcastQueue;
  /** Staff sign-in and the PWS dashboard (issue 14). */
  readonly pws: { signIn: StaffSignIn; service: PwsService; lists: PwsLists; translate: Translate };
  /** Where the app's operations events go and `/metrics` drains them from. */
  readonly opsEvents: RedisOpsEvents;

  constructor(parts: ContainerParts) {
    this.env = parts.env;
    this.deps = parts.deps;
    this.models = parts.models;
    this.redis = parts.redis;
    this.subscriber = parts.subscriber;
    this.conversations = parts.conversations;
    this.outbound = parts.outbound;
    this.inboundQueue = parts.queues.inbound;
    this.timeoutQueue = parts.queues.timeouts;
    this.sendQueues = parts.queues.sends;
    this.inbox = parts.inbox;
    this.channelList = parts.channels;
    this.personas = parts.personas;
    this.escalation = parts.features.escalation;
    this.telegram = parts.features.telegram;
    this.puslingQueue = parts.queues.pusling;
    this.schedule = parts.features.schedule;
    this.whatsapp = parts.features.whatsapp;
    this.broadcastQueue = parts.queues.broadcasts;
    this.pws = parts.features.pws;
    this.opsEvents = parts.opsEvents;
  }

  /** The admin APIs (registry, schedules, Pusling, the staff access log), each guarded by ADMIN_TOKEN. */
  private adminPlugins(): ((app: FastifyInstance) => Promise<void>)[] {
    return [
      (app) => adminRegistryRoutes(app, { registry: new RegistryService(new RegistryRepository(this.models)) }),
      (app) => adminScheduleRoutes(app, { schedules: new ScheduleAdminService(this.deps) }),
      (app) => puslingRoutes(app, { service: new PuslingService(this.deps), registry: this.deps.registry }),
      (app) => adminInboxRoutes(app, { failed: (limit) => new MessagesRepository(this.models).failedInbound(limit) }),
      (app) => adminAuditRoutes(app, { childAccess: this.deps.childAccess }),
      ...this.opsPlugins(),
    ];
  }

  /** Every BullMQ queue of the deployment: what the queue board shows and `/metrics` measures. */
  queues(): Queue[] {
    return [
      ...this.channelList.map((channel) => this.sendQueues.queueOf(channel.name)),
      this.schedule.queue.queue,
      this.escalation.queue.queue,
      this.puslingQueue.queue,
      this.broadcastQueue.queue,
    ] as Queue[];
  }

  /** The ready lists (conversations, sends, question timeouts): not BullMQ queues, so `/metrics` reads them apart and the board does not show them. */
  readyLists(): ReadyList[] {
    return [this.inbox.ready, this.timeoutQueue.ready, ...this.channelList.map((channel) => this.sendQueues.outbox.ready(channel.name))];
  }

  /** Operators' views (ADMIN_TOKEN): Prometheus metrics and the queue board. */
  private opsPlugins(): ((app: FastifyInstance) => Promise<void>)[] {
    const events = this.opsEvents;
    const alerts = new AlertRepository(this.models);
    return [
      (app) => metricsRoutes(app, { drain: () => events.drain(), queueDepths: async () => [...(await queueDepths(this.queues())), ...(await readyDepths(this.readyLists()))], unresolvedAlerts: () => alerts.countUnresolved() }),
      (app) => queueBoardRoutes(app, this.queues().map((queue) => new BullMQAdapter(queue, { readOnlyMode: false }))),
    ];
  }

  /** Staff sign-in (public) and the PWS dashboard (`staff-session`). */
  private pwsPlugins(): ((app: FastifyInstance) => Promise<void>)[] {
    const pws = this.pws;
    return [
      (app) => staffAuthRoutes(app, { signIn: pws.signIn, secureCookies: this.env.NODE_ENV === 'production' }),
      (app) => pwsRoutes(app, { pws: pws.service, clock: this.deps.clock }),
      (app) => pwsPageRoutes(app, { pws: pws.service, translate: pws.translate, clock: this.deps.clock, lists: { read: pws.lists, timezone: this.env.DEFAULT_TIMEZONE } }),
      (app) => pwsListRoutes(app, { lists: pws.lists, translate: pws.translate, clock: this.deps.clock }),
    ];
  }

  /** Exports and FHIR bundles of the PWS area (`staff-session`; names only where the role allows). */
  private exportPlugins(): ((app: FastifyInstance) => Promise<void>)[] {
    const pws = this.pws;
    const childData = { source: new PwsRepository(this.models), pws: pws.service, childAccess: this.deps.childAccess };
    return [
      (app) => exportRoutes(app, { measurements: new MeasurementExport(childData), pws: pws.service, translate: pws.translate, clock: this.deps.clock }),
      (app) => fhirRoutes(app, { fhir: new FhirExport({ ...childData, translate: pws.translate }), clock: this.deps.clock }),
    ];
  }

  async http(): Promise<FastifyInstance> {
    if (!this.httpApp) void this.telegram?.registerWebhook();
    this.loopLag.start();
    // The admin API is off unless ADMIN_TOKEN is set.
    const adminToken = this.env.ADMIN_TOKEN;
    const signIn = this.pws.signIn;
    this.httpApp ??= await buildHttpApp({
      log: this.deps.log,
      trustProxy: this.env.TRUST_PROXY,
      plugins: [(app) => mediaRoutes(app, this.deps.media), ...(this.telegram?.plugins(this.conversations, this.deps.clock) ?? []), ...(this.whatsapp?.plugins(this.conversations, this.deps.messages) ?? []), ...(adminToken ? this.adminPlugins() : []), ...this.pwsPlugins(), ...this.exportPlugins()],
      access: {
        ...(adminToken ? { adminToken } : {}),
        ...(this.env.SIMULATOR_TOKEN ? { simulatorToken: this.env.SIMULATOR_TOKEN } : {}),
        ...(signIn ? { staffSession: (request: { cookies: Record<string, string | undefined> }) => signIn.principal(request.cookies[SESSION_COOKIE]) } : {}),
      },
      health: {
        ready: async () => ({ mongodb: await pingMongo(this.models.connection), redis: await pingRedis(this.redis) }),
        channels: async () => ({ ...(await this.whatsapp?.health()) }),
        eventLoop: () => ({ lagMs: this.loopLag.lagMs(), limitMs: this.env.EVENT_LOOP_LAG_LIMIT_MS }),
      },
      dependencies: {
        down: () => [...(mongoConnected(this.models.connection) ? [] : ['mongodb']), ...(redisConnected(this.redis) ? [] : ['redis'])],
        isOutage: (error) => isMongoOutage(error) || isRedisOutage(error),
      },
      ...(simulatorEnabled(this.env)
        ? {
            simulator: {
              conversations: this.conversations,
              messages: this.deps.messages,
              contacts: this.deps.contacts,
              processed: this.deps.processed,
              clock: this.deps.clock,
              personas: this.personas,
            },
          }
        : {}),
    });
    return this.httpApp;
  }

  /** Starts every worker: conversations, timeouts, and one sender per channel. */
  startWorkers(): void {
    const connection = this.redis;
    const prefix = this.env.QUEUE_PREFIX;
    this.readyWorkers.push(
      startInboundWorker({
        redis: this.redis,
        inbox: this.inbox,
        concurrency: this.env.INBOUND_CONCURRENCY,
        handlers: { process: (key, item) => this.conversations.process(key, item), setAside: (_key, item, error) => this.conversations.setAside(item, error), isOutage: (error) => isMongoOutage(error) || isRedisOutage(error) },
        onError: (error) => this.deps.log.error({ err: error }, 'inbox: a drain failed'),
      }),
      startTimeoutWorker({ redis: this.redis, timeouts: this.timeoutQueue, handle: (job) => this.conversations.timeout(job) }),
    );
    void adoptBullTimeouts(this.redis, prefix, this.timeoutQueue).then(
      (adopted) => adopted && this.deps.log.info({ adopted }, 'timeouts: BullMQ jobs of an earlier version moved to the ready list'),
      (error: unknown) => this.deps.log.error({ err: error }, 'timeouts: BullMQ jobs of an earlier version were not adopted'),
    );
    this.workers.push(
      this.schedule.start(),
      this.escalation.start(),
      startPuslingWorker({ connection, prefix, handlers: new PuslingNotifier(this.deps) }),
      startBroadcastWorker({ connection, prefix, ...broadcastHandlers(this.deps) }),
    );
    for (const channel of this.channelList) {
      const { sender, admit } = startSendWorker({
        connection,
        redis: this.redis,
        prefix,
        sends: this.sendQueues,
        channel: channel.name,
        limits: channel.limits,
        ...(channel.limits.concurrency ? { concurrency: channel.limits.concurrency } : {}),
        deliver: (id) => deliverWithFallback(this.deps, this.outbound, id),
        giveUp: (id, reason) => this.outbound.giveUp(id, reason),
        onError: (error) => this.deps.log.error({ err: error, channel: channel.name }, 'send: a drain failed'),
      });
      this.readyWorkers.push(sender);
      this.workers.push(admit);
    }
    this.telegram?.start(this.conversations, this.deps.clock);
    this.whatsapp?.start(this.conversations).catch((error: unknown) => this.deps.log.error({ err: error }, 'whatsapp: the session did not start'));
    for (const worker of this.workers) {
      worker.on('error', (error) => this.deps.log.error({ err: error, queue: worker.name }, 'worker error'));
      worker.on('failed', (job, error) => this.deps.log.error({ err: error, queue: worker.name, job: maskDigits(job?.id ?? ''), attempts: job?.attemptsMade }, 'job failed'));
    }
  }

  /** Graceful shutdown: stop taking work, let running jobs finish, then close connections. */
  async close(): Promise<void> {
    await this.telegram?.stop();
    await this.whatsapp?.stop();
    await this.httpApp?.close();
    this.loopLag.stop();
    await Promise.all([...this.workers, ...this.readyWorkers].map((w) => w.close()));
    await this.schedule.close();
    await this.escalation.close();
    await this.broadcastQueue.close();
    await this.sendQueues.close();
    await this.puslingQueue.close();
    await this.models.connection.close();
    this.subscriber.disconnect();
    await this.redis.quit().catch(() => undefined);
  }
}

export async function createContainer(options: ContainerOptions): Promise<Container> {
  const { env } = options;
  const log = options.log ?? createLogger({ level: env.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const catalog = loadCatalog(env.LOCALES_DIR);
  const keywords = loadKeywords(env.FLOWS_DIR);
  const flows = loadValidatedFlows(env.FLOWS_DIR, catalog, actionCatalog());

  const connection = await connectMongo(options.mongoUri, env.MONGODB_DB, { monitorCommands: options.monitorCommands ?? false });
  const seal = DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS);
  const models = createModels(connection, seal);
  await ensureIndexes(models);
  const revisions = new FlowRevisionsRepository(models);
  await revisions.remember(flows, clock.now());
  const history = await revisions.history();

  const redis = createRedis(env.REDIS_URL, log);
  const subscriber = createRedis(env.REDIS_URL, log);
  await redisReady(redis);
  const prefix = env.QUEUE_PREFIX;
  const inbox = new ContactInbox(redis, prefix, seal);
  const inboundQueue = new InboundQueue(inbox, env.LOG_HASH_SECRET);
  const timeoutQueue = new TimeoutQueue(redis, prefix);
  const reminderQueue = new ReminderQueue(redis, prefix);
  const sendQueues = new SendQueues(redis, prefix, env.LOG_HASH_SECRET);
  const broadcastQueue = new BroadcastQueue(redis, prefix);
  const telegram = telegramEnabled(env) ? new TelegramRuntime(env, redis, new MediaRepository(models), log) : undefined;
  const whatsapp = whatsappBaileysEnabled(env) || whatsappCloudEnabled(env)
    ? new WhatsAppRuntime({
        env,
        auth: new BaileysAuthRepository(models),
        redis,
        media: new MediaRepository(models),
        clock,
        log,
        listButton: catalog[env.DEFAULT_LANG]['whatsapp.list_button'] ?? '☰',
        ...options.whatsapp,
        ...(options.random ? { random: options.random } : {}),
      })
    : undefined;
  const channelList: Channel[] = [
    ...(simulatorEnabled(env) ? [simulatorChannel as Channel] : []),
    ...(telegram ? [telegram.channel as Channel] : []),
    ...(whatsapp?.channels() ?? []),
    ...(options.extraChannels ?? []),
  ];
  const channels: ChannelDirectory = {
    get: (name) => channelList.find((c) => c.name === name),
    names: () => channelList.map((c) => c.name),
  };

  const puslingQueue = new PuslingQueue(redis, prefix);
  const opsEvents = new RedisOpsEvents(redis, prefix, log);
  const translate = createTranslator(catalog);
  const registry = new RegistryRepository(models);
  const pusling = new PuslingRepository(models);
  const outbox: OutboxDeps = { messages: new MessagesRepository(models), sends: sendQueues, channels, contacts: new ContactsRepository(models), clock, log, logSecret: env.LOG_HASH_SECRET, metrics: opsEvents, fresh: new FreshReplies(clock) };
  const people = { registry, children: new ChildrenRepository(models), childAccess: new ChildAccessRepository(models) };
  const escalation = new EscalationRuntime({
    env,
    models,
    redis,
    pusling: { ofKelurahan: async (id) => (await pusling.ofKelurahan([id])).map((r) => r.request) },
    deps: { ...outbox, ...people, ids, translate },
  });
  const ports: Omit<ContainerDeps, 'engine'> = {
    ...outbox,
    ...people,
    ids,
    random: options.random ?? ((max) => randomInt(max)),
    defaults: { lang: env.DEFAULT_LANG, timezone: env.DEFAULT_TIMEZONE },
    sessions: new SessionsRepository(models),
    conversations: inboundQueue,
    timeouts: timeoutQueue,
    replyLimiter: new RedisReplyLimiter(redis, prefix, { limit: env.REPLY_LIMIT_PER_CHAT, windowMs: env.REPLY_LIMIT_WINDOW_SECONDS * 1000 }, env.LOG_HASH_SECRET),
    processed: new ProcessedSignal(redis, subscriber, `${prefix}:processed`),
    metrics: opsEvents,
    media: new MediaRepository(models),
    immunisations: new ImmunisationRepository(models),
    screenings: new ScreeningRepository(models),
    pregnancies: new PregnancyRepository(models),
    growthEvents: escalation.growthEvents,
    escalation: escalation.ports,
    pusling,
    puslingJobs: puslingQueue,
    broadcasts: { store: new BroadcastRepository(models), jobs: broadcastQueue, limits: broadcastLimits(env) },
    schedules: new ScheduleRepository(models),
    reminderJobs: reminderQueue,
    dashboardUrl: env.PUBLIC_BASE_URL ? `${env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/pws` : null,
  };
  const engine = buildEngineAssets({ flows, history, catalog, keywords, actions: buildActions(ports), limits: { waitMinutes: env.SESSION_TIMEOUT_MINUTES } });
  const deps: ContainerDeps = { ...ports, engine };
  const outbound = new OutboundService(deps);
  const pwsSource = new PwsRepository(models);
  const pwsService = new PwsService({ source: pwsSource, timezone: env.DEFAULT_TIMEZONE, childAccess: people.childAccess, targets: { D_S: env.PWS_TARGET_D_S, N_D: env.PWS_TARGET_N_D } });
  const pws = {
    signIn: new StaffSignIn({
      store: new RedisSignInStore(redis, prefix, env.LOG_HASH_SECRET),
      registry: { personByPhone: (phone) => registry.personByPhone(phone), personById: (id) => registry.get('people', id) },
      contacts: outbox.contacts,
      outbound,
      translate,
      clock,
      secret: env.LOG_HASH_SECRET,
      log,
      clientLimit: { limit: env.AUTH_IP_LIMIT, windowMs: env.AUTH_IP_WINDOW_SECONDS * 1000 },
    }),
    service: pwsService,
    lists: new PwsLists({ source: pwsSource, months: pwsService, timezone: env.DEFAULT_TIMEZONE, childAccess: people.childAccess }),
    translate,
  };
  return new Container({
    env,
    deps,
    models,
    redis,
    subscriber,
    conversations: new ConversationService(deps),
    outbound,
    inbox,
    queues: { inbound: inboundQueue, timeouts: timeoutQueue, sends: sendQueues, pusling: puslingQueue, broadcasts: broadcastQueue },
    channels: channelList,
    personas: options.personas ?? [],
    opsEvents,
    features: { escalation, telegram, whatsapp, schedule: new ScheduleRuntime(reminderQueue, deps, redis, prefix), pws },
  });
}
