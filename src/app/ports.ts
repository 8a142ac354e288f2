import type { Channel } from './channel-port.js';
import type { EngineAssets, FlowDefinition, LoadedFlow, SessionState } from '../engine/index.js';
import type { Clock } from '../shared/clock.js';
import type { IdGenerator } from '../shared/ids.js';
import type { AlertHistoryEntry, DigestPuslingRecord, EpisodeCloseReason, EscalationRules, Level } from '../domain/escalation/index.js';
import type { Lang } from '../shared/lang.js';
import type { Logger } from '../shared/logger.js';
import type { GrowthAssessment } from './growth/assessment.js';
import type { ImmunisationStore } from './immunisation/immunisation-ports.js';
import type { RegistryKind, RegistryRecords } from './registry/registry-schemas.js';
import type { Broadcast, BroadcastBatch, ContactGroup, PuslingRequestRecord } from './records.js';
import type { OpsMetrics } from './ops/ops-metrics.js';
import type { AlertDelivery, AlertRecord, AuditEntry, EpisodeRecord } from './records.js';
import type { EscalationDecisionStore } from './escalation/escalation-decisions.js';
import type { Child, Contact, ContactOrigin, DeliveryStatus, InboundRecord, Kelurahan, Measurement, OutboundRecord, OutboundStatus, Person, Posyandu, PosyanduSchedule, Puskesmas } from './records.js';
import type { ChildAccessEntry, ChildCorrection } from './records.js';
import type { ScreeningStore } from './screening/screening-records.js';
import type { PregnancyStore } from './pregnancy/pregnancy-records.js';

/**
 * The seams between use cases and the outside: storage, queues, channels. `src/store` and
 * `src/queues` implement them; tests can pass the real ones (they run on real services).
 */
export interface ContactStore {
  get(id: string): Promise<Contact | null>;
  /**
   * The contact with this phone among contacts of `origin`; without one, the contact a registered
   * phone is reached on: its real channels' contact, else (the demo) its simulator contact.
   */
  findByPhone(phone: string, origin?: ContactOrigin): Promise<Contact | null>;
  findByAddress(channel: string, address: string): Promise<Contact | null>;
  /** A phone joins only a contact of the same origin (default `platform`). */
  findOrCreate(where: { channel: string; address: string; phone: string | null; origin?: ContactOrigin }, defaults: { id: string; lang: Lang; timezone: string }): Promise<Contact>;
  update(id: string, patch: Partial<Omit<Contact, '_id' | 'createdAt' | 'updatedAt'>>): Promise<void>;
  addresses(id: string): Promise<Array<{ channel: string; address: string }>>;
  /** Points a channel address at another contact (the same person found on a second channel). */
  moveAddress(channel: string, address: string, contactId: string): Promise<void>;
  erase(id: string): Promise<void>;
  /** Erases pregnancy flags whose time ran out (least data: not kept past their use); how many. */
  forgetLapsedPregnancies(now: Date): Promise<number>;
}

export interface SessionStore {
  load(contactId: string): Promise<SessionState | null>;
  save(state: SessionState, at: Date): Promise<void>;
  delete(contactId: string): Promise<void>;
}

export interface MessageStore {
  acceptInbound(doc: Omit<InboundRecord, 'status' | 'processedAt'>): Promise<boolean>;
  getInbound(id: string): Promise<InboundRecord | null>;
  markInbound(id: string, status: 'processed' | 'failed', at: Date, replyIds?: readonly string[]): Promise<void>;
  recordOutbound(docs: OutboundRecord[]): Promise<void>;
  markOutbound(id: string, status: OutboundStatus, at: Date, error?: string): Promise<void>;
  /** Marks a message `sending` and returns it as it was, in one round trip; null when unknown, sent or dropped. */
  startSending(id: string): Promise<OutboundRecord | null>;
  /** `sent`, with the platform's id when it gave one (its delivery receipts find the message by it). */
  markSent(id: string, at: Date, platformId?: string): Promise<void>;
  /** Keeps the platform's id of a sent message, so its delivery receipts find it. */
  notePlatformId(id: string, platformId: string): Promise<void>;
  /** Applies a delivery receipt unless it moves the status backwards; false when ignored or unknown. */
  recordDelivery(channel: string, platformId: string, status: DeliveryStatus, at: Date, error?: string): Promise<boolean>;
  getOutbound(id: string): Promise<OutboundRecord | null>;
  repliesTo(inboundId: string): Promise<OutboundRecord[]>;
  outboundFor(contactId: string): Promise<OutboundRecord[]>;
  /** Erases a contact's chat history but the turn `keepTurn` (the erasing message and its goodbye, still being handled). */
  eraseFor(contactId: string, addresses: Array<{ channel: string; address: string }>, keepTurn?: string): Promise<void>;
  /** Erases one inbound message: the erasing turn's own, last of all. */
  eraseInbound(id: string): Promise<void>;
}

export interface RegistryStore {
  personByPhone(phone: string): Promise<Person | null>;
  kaderOf(posyanduId: string): Promise<Person[]>;
  lurahOf(kelurahanId: string): Promise<Person[]>;
  staffOf(puskesmasId: string): Promise<Person[]>;
  listKelurahan(): Promise<Kelurahan[]>;
  kelurahan(id: string): Promise<Kelurahan | null>;
  posyandu(id: string): Promise<Posyandu | null>;
  puskesmas(id: string): Promise<Puskesmas | null>;
  posyanduIn(kelurahanId: string): Promise<Posyandu[]>;
}

/**
 * The registry as the admin API and the CSV import edit it: one generic store by kind. `save`
 * upserts by id and throws AppError CONFLICT when the phone belongs to another person.
 *
 * @example
 * await store.save('posyandu', posyandu); await store.references('posyandu', 'psy-mawar'); // 1 (a kader)
 */
export interface RegistryAdminStore {
  list<K extends RegistryKind>(kind: K): Promise<Array<RegistryRecords[K]>>;
  get<K extends RegistryKind>(kind: K, id: string): Promise<RegistryRecords[K] | null>;
  personByPhone(phone: string): Promise<Person | null>;
  save<K extends RegistryKind>(kind: K, record: RegistryRecords[K]): Promise<void>;
  delete(kind: RegistryKind, id: string): Promise<boolean>;
  /** How many other registry records point at this one. */
  references(kind: RegistryKind, id: string): Promise<number>;
}

export interface ChildStore {
  get(id: string): Promise<Child | null>;
  byCode(code: string): Promise<Child | null>;
  ofCaregiver(contactId: string): Promise<Child[]>;
  ofPosyandu(posyanduId: string): Promise<Child[]>;
  insert(child: Child): Promise<boolean>;
  addCaregiver(childId: string, contactId: string): Promise<void>;
  removeCaregiver(contactId: string): Promise<{ erased: number; kept: number }>;
  measurements(childId: string): Promise<Measurement[]>;
  /** Inserts by id: a second insert of the same id changes nothing (a replayed turn stores one). */
  insertMeasurement(doc: Measurement): Promise<void>;
  supersede(ids: string[], by: string): Promise<void>;
  /** One measurement by id, superseded or not. */
  measurement(id: string): Promise<Measurement | null>;
  /** Sets corrected fields and appends the correction (with the old value) in one update. */
  correct(childId: string, set: Partial<Pick<Child, 'name' | 'birthDate' | 'sex'>>, correction: ChildCorrection): Promise<void>;
  /** Replaces a measurement's derived results (z-scores, categories) after the child's birth date or sex was corrected. */
  reassess(measurementId: string, result: Measurement['result']): Promise<void>;
}

/** Generated images. An outbound message's `image` is `mediaPath(id)`; channels fetch the bytes by id. */
export interface MediaStore {
  put(id: string, data: Buffer, contentType: string, at: Date): Promise<void>;
  get(id: string): Promise<{ data: Buffer; contentType: string } | null>;
}

/** The URL path of a stored image, relative to the server; `mediaIdOf` reads the id back. */
export function mediaPath(id: string): string {
  return `/media/${id}.png`;
}

export function mediaIdOf(image: string): string | undefined {
  return /\/media\/([A-Za-z0-9_-]+)\.png$/.exec(image)?.[1];
}

/**
 * Hears of every saved measurement with its full assessment (z, categories, KMS status, below the red
 * line, HAZ-falling warning, oedema): the hook escalation alerts are built on. A no-op until then.
 *
 * @example
 * const events: GrowthEvents = { measurementRecorded: async (child, m, a) => { if (a.oedema) await alert(child); } };
 */
export interface GrowthEvents {
  measurementRecorded(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<void>;
}

export interface FlowRevisionStore {
  remember(flows: readonly LoadedFlow[], at: Date): Promise<void>;
  history(): Promise<Array<{ revision: string; definition: FlowDefinition }>>;
}

/** A contact as a broadcast sees them: enough to decide whether and where to send. */
export type AudienceMember = Pick<Contact, '_id' | 'lang' | 'optedOut' | 'lastChannel' | 'lastAddress' | 'unreachable'>;

/**
 * Which contacts of a posyandu: parents registered there (optionally of one RW, or of a group as it
 * stands `at`: a lapsed pregnancy no longer counts), or the given ids.
 */
export type AudienceQuery = { posyanduId: string; rw?: string; group?: { name: ContactGroup; at: Date } } | { ids: string[] };

/**
 * Broadcasts and their batches. Batches are written by one job at a time each, so no two writers
 * race on a document (FerretDB applies updates by read-modify-write).
 *
 * @example
 * await store.create(broadcast, batches); await store.finishBatch('bc_1', 0, { queued: 200, cancelled: false });
 */
export interface BroadcastStore {
  create(broadcast: Broadcast, batches: BroadcastBatch[]): Promise<void>;
  get(id: string): Promise<Broadcast | null>;
  /** The sender's broadcast still sending, if any. */
  activeOf(senderPersonId: string): Promise<Broadcast | null>;
  countOn(senderPersonId: string, day: string): Promise<number>;
  batch(broadcastId: string, index: number): Promise<BroadcastBatch | null>;
  batches(broadcastId: string): Promise<BroadcastBatch[]>;
  finishBatch(broadcastId: string, index: number, counts: Pick<BroadcastBatch, 'queued' | 'cancelled'>): Promise<void>;
  /** Moves a sending broadcast to done or cancelled; false when it was not sending. */
  end(id: string, status: 'done' | 'cancelled', at: Date): Promise<boolean>;
  members(query: AudienceQuery): Promise<AudienceMember[]>;
  /** The broadcast's outbound messages by status. */
  outboundCounts(broadcastId: string): Promise<Partial<Record<OutboundStatus, number>>>;
}

/** Broadcast jobs: every batch queued at once by deterministic job id, and a periodic check that reports. */
export interface BroadcastJobs {
  /** Queues batches 0..count-1; queuing them again (a redone start) is a no-op. */
  addBatches(broadcastId: string, count: number): Promise<void>;
  scheduleCheck(check: BroadcastCheck, delayMs: number): Promise<void>;
  /** Messages waiting in these channels' send queues: fan-out pauses while it is high. */
  sendBacklog(channels: string[]): Promise<number>;
}

/** One check of a broadcast: which round, and the last quarter of progress told to the kader. */
export interface BroadcastCheck {
  broadcastId: string;
  round: number;
  reportedQuarter: number;
}

export interface BroadcastLimits {
  perDay: number;
  batchSize: number;
  checkEveryMs: number;
  maxBacklog: number;
  /** Broadcasts this large get progress messages; smaller ones only the report. */
  progressFrom: number;
  /** Checks before the report goes out even with messages still waiting to be sent. */
  maxChecks: number;
}

export interface BroadcastPorts {
  store: BroadcastStore;
  jobs: BroadcastJobs;
  limits: BroadcastLimits;
}

/**
 * An inbound message as its inbox item carries it, so the worker's turn needs no read of the
 * recorded message (the queue layer seals it: it holds a phone number and what the person wrote).
 */
export type CarriedMessage = Pick<InboundRecord, 'channel' | 'address' | 'text' | 'receivedAt' | 'sharedPhone' | 'question' | 'attachment'>;

/** What waits in a conversation's inbox. A message without `message` is read from the store. */
export type ConversationItem =
  | { kind: 'message'; inboundId: string; message?: CarriedMessage }
  | { kind: 'timeout'; contactId: string; token: string }
  | { kind: 'start'; contactId: string; flow: string; vars?: Record<string, unknown>; ref: string };

export interface ConversationQueue {
  enqueue(key: string, item: ConversationItem, ref: string): Promise<void>;
}

export interface TimeoutScheduler {
  schedule(job: { contactId: string; token: string }, at: Date, now: Date): Promise<void>;
}

/**
 * Queues messages for one chat (channel and address). A chat's messages reach it strictly in the
 * order they were queued, one turn's before the next's (held ones, after `delayMs`, in their turn).
 */
export interface SendScheduler {
  enqueue(channel: string, chat: string, outboundIds: readonly string[], delayMs?: number): Promise<void>;
  /** Many chats at once, each in its given order, nothing held back: a broadcast batch in a few round trips. */
  enqueueMany(chats: ReadonlyArray<{ channel: string; address: string; ids: readonly string[] }>): Promise<void>;
}

/**
 * How many replies a chat may get in a window. `send`: within the limit. `note`: the first turn over
 * it, answered with one note instead. `drop`: later turns in the same window get no reply.
 */
export type ReplyAllowance = 'send' | 'note' | 'drop';

/** Counts replies per chat (channel and address), shared by every worker. */
export interface ReplyLimiter {
  readonly windowMs: number;
  admit(chat: string, replies: number): Promise<ReplyAllowance>;
}

/** A reply as the person reads it. */
export type ReplyView = Pick<OutboundRecord, 'text' | 'choices' | 'question' | 'image'>;

/**
 * Tells whoever waits for an inbound message (the simulator's request) that it was handled, with its
 * replies, so the waiter reads nothing. `wait` is called before the message is queued; `read` is the
 * waiter's own look at storage when no signal came.
 */
export interface ProcessedNotifier {
  publish(id: string, replies: readonly ReplyView[]): Promise<void>;
  wait(id: string, timeoutMs: number, read: () => Promise<ReplyView[] | null>): Promise<ReplyView[] | null>;
}

export interface ChannelDirectory {
  get(name: string): Channel | undefined;
  names(): string[];
}

/**
 * Posyandu schedules and who hears about them.
 *
 * @example
 * const record = await schedules.get('psy-mawar'); // null until a kader or an import sets one
 */
export interface ScheduleStore {
  get(posyanduId: string): Promise<PosyanduSchedule | null>;
  set(record: PosyanduSchedule): Promise<void>;
  all(): Promise<PosyanduSchedule[]>;
  /** Parents of the posyandu who have not opted out. */
  families(posyanduId: string): Promise<Contact[]>;
}

/** A reminder to send when its time comes; `start` is the session start it was planned for. */
export interface ReminderJob {
  key: string;
  posyanduId: string;
  sessionId: string;
  start: string;
  kind: string;
}

/** The look back after a session: who was not measured. */
export interface FollowUpJob {
  posyanduId: string;
  sessionId: string;
  start: string;
}

/**
 * Durable delayed work for schedules: reminders and after-session follow-ups as queue jobs keyed by
 * their reminder key, so adding one twice is harmless.
 *
 * @example
 * await reminderJobs.reminder(job, planned.sendAt, clock.now());
 */
export interface ReminderJobs {
  reminder(job: ReminderJob, at: Date, now: Date): Promise<void>;
  followUp(job: FollowUpJob, at: Date, now: Date): Promise<void>;
  /** Drops reminders not sent yet (a session moved or was cancelled); unknown keys are ignored. */
  cancel(keys: readonly string[]): Promise<void>;
}

type PuslingRecord = PuslingRequestRecord;

/**
 * Pusling requests as stored, and the people and children of an RW they concern.
 *
 * @example
 * const open = (await pusling.ofPuskesmas('pkm-bekasi-jaya')).filter((r) => r.request.state === 'requested');
 */
export interface PuslingStore {
  /** False when a request with this id exists already. */
  insert(record: PuslingRecord): Promise<boolean>;
  get(id: string): Promise<PuslingRecord | null>;
  /** Replaces the stored request if it still has `revision - 1`; false when someone changed it first. */
  replace(record: PuslingRecord): Promise<boolean>;
  ofPuskesmas(puskesmasId: string): Promise<Array<PuslingRecord>>;
  ofKelurahan(kelurahanIds: readonly string[]): Promise<Array<PuslingRecord>>;
  ofPosyandu(posyanduIds: readonly string[]): Promise<Array<PuslingRecord>>;
  /** Parents of one RW of a kelurahan who have not opted out. */
  familiesOfRw(kelurahanId: string, rw: string): Promise<Contact[]>;
  childrenOfKelurahan(kelurahanId: string): Promise<Child[]>;
  /** The latest measurement still in force (not superseded) of each child that has one. */
  latestMeasurements(childIds: readonly string[]): Promise<Measurement[]>;
}

/** A Pusling state change to tell people about: the request and the index of its history entry. */
export interface PuslingEventJob {
  requestId: string;
  entry: number;
}

/** A visit reminder for the families of the RW; `stamp` names the schedule it was planned for. */
export interface PuslingReminderJob {
  requestId: string;
  stamp: string;
  kind: 'evening_before' | 'morning_of';
}

/**
 * Pusling work through a queue: notices after each change, and visit reminders as delayed jobs
 * with deterministic ids (adding one twice is harmless).
 *
 * @example
 * await puslingJobs.event({ requestId: 'pr-1', entry: 0 });
 */
export interface PuslingJobs {
  event(job: PuslingEventJob): Promise<void>;
  reminder(job: PuslingReminderJob, at: Date, now: Date): Promise<void>;
  /** Drops reminders not sent yet (the visit was postponed); unknown ones are ignored. */
  cancelReminders(jobs: readonly PuslingReminderJob[]): Promise<void>;
}

/**
 * Episodes of growth conditions, one document each; only the fields the domain's decisions change
 * are ever updated.
 *
 * @example
 * const open = await episodes.openOf('ch-sari'); // the child's episodes without closedAt
 */
export interface EpisodeStore {
  openOf(childId: string): Promise<EpisodeRecord[]>;
  /** Stores the episode unless one with its id is there (a replayed decision), which stays as it is. */
  insert(episode: EpisodeRecord): Promise<void>;
  keep(id: string, patch: { lastSeenAt: Date; lastAssessedAt: Date; clearStreak: number }): Promise<void>;
  close(id: string, closedAt: Date, reason: EpisodeCloseReason): Promise<void>;
  /** Episodes of a kelurahan opened in [from, to): what the lurah digest counts. */
  openedIn(kelurahanId: string, from: Date, to: Date): Promise<EpisodeRecord[]>;
}

/** Which alerts to list: those of any of these places (a kader's posyandu, a lurah's kelurahan…). */
export interface AlertScope {
  posyanduIds?: readonly string[];
  kelurahanIds?: readonly string[];
  puskesmasIds?: readonly string[];
}

/**
 * Alerts with their embedded history. A change is one `$set` of the state fields plus one `$push`
 * of the history entry it made; callers hold the alert's lock (FerretDB updates read, then write).
 *
 * @example
 * await alerts.change(alert.id, { state: 'acknowledged', level: 'kader', ackDueAt: null }, entry, now);
 */
export interface AlertStore {
  get(id: string): Promise<AlertRecord | null>;
  /** False when an alert with this id exists already. */
  insert(alert: AlertRecord): Promise<boolean>;
  change(id: string, set: Pick<AlertRecord, 'state' | 'level' | 'ackDueAt'>, entry: AlertHistoryEntry, at: Date): Promise<void>;
  addDelivery(id: string, delivery: AlertDelivery): Promise<void>;
  ofEpisode(episodeId: string): Promise<AlertRecord[]>;
  /** Alerts not resolved yet in any place of the scope, newest first. */
  unresolvedIn(scope: AlertScope): Promise<AlertRecord[]>;
  /** Open alerts whose acknowledge deadline is at or before `now`. */
  overdue(now: Date): Promise<AlertRecord[]>;
  /** A kelurahan's alerts still open or changed since `since`: what the lurah digest reads. */
  forDigest(kelurahanId: string, since: Date): Promise<AlertRecord[]>;
  /** The child's unresolved parent-request follow-up, if any. */
  openParentRequest(childId: string): Promise<AlertRecord | null>;
}

/** The `audit_log` collection; inserting an entry twice (same id) is harmless. */
export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
}

/**
 * Durable delayed work for alerts: one job per deadline (alert id + level, so scheduling twice is
 * harmless) and one notification job per alert event.
 *
 * @example
 * await escalationJobs.deadline(alert.id, alert.level, alert.ackDueAt, clock.now());
 */
export interface EscalationJobs {
  deadline(alertId: string, level: Level, at: Date, now: Date): Promise<void>;
  /** Sends a new alert's messages; `familyAdvice` false when a more severe alert of the same measurement advises the family. */
  notify(alertId: string, familyAdvice: boolean, delayMs: number): Promise<void>;
}

/**
 * Runs work for one key at a time across processes (a Redis lock per alert or child).
 *
 * @example
 * await locks.withLock(`alert:${id}`, () => apply(id));
 */
export interface KeyedLock {
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Pusling requests of a kelurahan as the lurah digest counts them; empty until Pusling is stored. */
export interface PuslingDigestSource {
  ofKelurahan(kelurahanId: string): Promise<DigestPuslingRecord[]>;
}

/** Everything escalation needs besides the shared stores; `rules` are validated at start-up. */
export interface EscalationPorts {
  episodes: EpisodeStore;
  decisions: EscalationDecisionStore;
  alerts: AlertStore;
  audit: AuditStore;
  jobs: EscalationJobs;
  locks: KeyedLock;
  rules: EscalationRules;
  pusling: PuslingDigestSource;
  digest: { zone: string; unit: 'week' | 'month' };
}

export interface AppDefaults {
  lang: Lang;
  timezone: string;
}

/** Everything the use cases need, built once in a composition root (`src/main`). */
/** The log of staff reads and changes of children's data (UU PDP accountability), read by the puskesmas. */
export interface ChildAccessLog {
  record(entries: readonly ChildAccessEntry[]): Promise<void>;
  /** Entries oldest first, of one child and/or from a time on. */
  list(query: { childId?: string; since?: Date; limit: number }): Promise<ChildAccessEntry[]>;
}

export interface AppDeps {
  clock: Clock;
  ids: IdGenerator;
  /** A uniform integer in [0, max): crypto in production, seeded in tests. */
  random: (max: number) => number;
  log: Logger;
  logSecret: string;
  defaults: AppDefaults;
  engine: EngineAssets;
  contacts: ContactStore;
  sessions: SessionStore;
  messages: MessageStore;
  registry: RegistryStore;
  children: ChildStore;
  immunisations: ImmunisationStore;
  media: MediaStore;
  growthEvents: GrowthEvents;
  conversations: ConversationQueue;
  timeouts: TimeoutScheduler;
  sends: SendScheduler;
  replyLimiter: ReplyLimiter;
  processed: ProcessedNotifier;
  channels: ChannelDirectory;
  pusling: PuslingStore;
  puslingJobs: PuslingJobs;
  broadcasts: BroadcastPorts;
  schedules: ScheduleStore;
  reminderJobs: ReminderJobs;
  escalation: EscalationPorts;
  childAccess: ChildAccessLog;
  /** Adult and elderly screenings (sealed health data). */
  screenings: ScreeningStore;
  /** What `/metrics` counts: messages in and out, refused sends, turn durations. */
  metrics: OpsMetrics;
  /** Registered pregnancies (sealed health data). */
  pregnancies: PregnancyStore;
}

export type { SessionState };
