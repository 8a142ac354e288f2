import type { Alert, Episode } from '../domain/escalation/index.js';
import type { PuslingRequest } from '../domain/pusling/request.js';
import type { PosyanduZone, QuietHours, ReminderPolicy, Schedule, ScheduleException } from '../domain/schedule/index.js';
import type { Lang } from '../shared/lang.js';

/**
 * The records the app works with. `src/store` persists them; nothing here knows how.
 */
export type ContactRole = 'parent' | 'kader' | 'lurah' | 'puskesmas';
export type StaffRole = Exclude<ContactRole, 'parent'>;

/** A person the bot talks to, across channels. Phone numbers are E.164. */
/**
 * Where a contact came from: the real channels (WhatsApp, Telegram) or the simulator, where anyone
 * holding its token can type any number. A phone joins contacts of one origin only.
 */
export type ContactOrigin = 'platform' | 'simulator';

export interface Contact {
  _id: string;
  phone: string | null;
  /** Absent on contacts stored before origins: those are `platform` (start-up upkeep sets it). */
  origin?: ContactOrigin;
  lang: Lang;
  role: ContactRole | null;
  consentAt: Date | null;
  consentVersion: number | null;
  optedOut: boolean;
  timezone: string;
  posyanduId: string | null;
  rw: string | null;
  kelurahanId: string | null;
  /** The channel and address last heard from: where replies and timeouts go. */
  lastChannel: string | null;
  lastAddress: string | null;
  reminderKinds: string[] | null;
  /** Addresses a channel refused for good (bot blocked, chat gone); broadcasts skip them. Cleared when the person writes again. */
  unreachable?: UnreachableAddress[];
  /** Who else the household has, as the family said (flow `household`): kader broadcasts reach them. */
  groups?: ContactGroup[];
  /** When `pregnant` lapses unless said again (see `src/app/household/household-groups.ts`). */
  pregnantUntil?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface UnreachableAddress {
  channel: string;
  address: string;
  reason: string;
  at: Date;
}

/**
 * The registry of staff that puskesmas maintain: who is kader of which posyandu, lurah of which
 * kelurahan, officer of which puskesmas. A contact with a registered phone gets that role.
 */
export interface Person {
  _id: string;
  phone: string;
  role: StaffRole;
  name: string;
  posyanduIds: string[];
  kelurahanIds: string[];
  puskesmasIds: string[];
  /** For puskesmas staff: e.g. 'nutrition' (TPG) and 'pusling' (coordinator). */
  duties: string[];
}

export interface Puskesmas {
  _id: string;
  name: string;
  address: string;
  timezone: string;
  /** Pusling days the puskesmas can run a month (field default: one). */
  puslingDaysPerMonth: number;
}

export interface Kelurahan {
  _id: string;
  name: string;
  puskesmasId: string;
  /** RW numbers as written locally, e.g. "05". */
  rws: string[];
  /** Distance of each RW from the puskesmas in km, for Pusling ranking. */
  rwDistanceKm: Record<string, number>;
}

export interface Posyandu {
  _id: string;
  name: string;
  address: string;
  kelurahanId: string;
  puskesmasId: string;
  rws: string[];
  timezone: string;
}

/** A child: the least data the growth standards need (nickname, sex, date of birth) and where they are served. */
export interface Child {
  _id: string;
  /** Short code a caregiver shares with another caregiver to link the same child. */
  code: string;
  name: string;
  sex: 1 | 2;
  birthDate: string;
  posyanduId: string | null;
  kelurahanId: string | null;
  rw: string | null;
  caregiverIds: string[];
  createdAt: Date;
  /** Every correction a caregiver made (KOREKSI), oldest first: the old value is never lost. Erased with the child. */
  corrections?: ChildCorrection[];
}

/** One correction of a child's own data: which field, from what to what, by whom and when. */
export interface ChildCorrection {
  /** The correcting turn's effect id: the same correction applied again is appended once. Absent on corrections stored before. */
  id?: string;
  at: Date;
  /** The contact who corrected it. */
  by: string;
  field: 'name' | 'birthDate' | 'sex';
  from: string | number;
  to: string | number;
}

/** Who vouches for a measurement; a kader's supersedes a parent's report of the same day. */
export type MeasurementSource = 'parent' | 'kader' | 'puskesmas';

export interface Measurement {
  _id: string;
  childId: string;
  posyanduId: string | null;
  /** Visit date, YYYY-MM-DD, and its month key YYYY-MM for monthly (KMS) logic and aggregation. */
  date: string;
  month: string;
  weightKg: number | null;
  lengthCm: number | null;
  measure: 'L' | 'H' | null;
  headCm: number | null;
  armCm: number | null;
  oedema: boolean;
  source: MeasurementSource;
  recordedBy: string;
  /** Results at save time: z-scores (2 dp), Permenkes categories, KMS status. */
  result: Record<string, unknown>;
  supersededBy: string | null;
  /** The measurement this one corrects (KOREKSI); that one is superseded by this, never deleted. */
  corrects?: string | null;
  createdAt: Date;
}

export type InboundStatus = 'queued' | 'processed' | 'failed';

/** An inbound message; its id (channel:platform id) makes a redelivery a duplicate key. */
export interface InboundRecord {
  _id: string;
  channel: string;
  address: string;
  platformId: string;
  text: string;
  receivedAt: Date;
  /** Set when the sender shared their own phone number (Telegram contact button). */
  sharedPhone?: string | null;
  /** A tapped button's question id (see `InboundMessage.question`). */
  question?: string | null;
  /** A photo or file came with the message. */
  attachment?: 'photo' | 'document' | null;
  status: InboundStatus;
  processedAt: Date | null;
  /** The replies' ids in order, so they are read by id (every store answers that fast). */
  replyIds?: string[];
}

export type OutboundKind = 'reply' | 'reminder' | 'broadcast' | 'alert' | 'notice';
/** `dropped`: never sent on purpose (the chat went over its reply limit); the record says what it would have been. */
export type OutboundStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dropped';

/** A message the bot sends; recorded before it is queued so nothing is sent unrecorded. */
export interface OutboundRecord {
  _id: string;
  contactId: string;
  channel: string;
  address: string;
  kind: OutboundKind;
  text: string;
  choices: Array<{ id: string; label: string }> | null;
  /** The open question the choices answer, for the buttons' payloads. */
  question?: string | null;
  image: string | null;
  inReplyTo: string | null;
  status: OutboundStatus;
  error: string | null;
  createdAt: Date;
  /** Orders messages created in the same millisecond. */
  seq: number;
  sentAt: Date | null;
  /** The platform's id for the sent message (a WhatsApp wamid), to match delivery receipts. */
  platformId?: string | null;
  /** What the platform reported after sending; never moves backwards (read > delivered > sent). */
  deliveryStatus?: DeliveryStatus | null;
  /** The platform's error code when `deliveryStatus` is failed. */
  deliveryError?: string | null;
  deliveryAt?: Date | null;
  /** The broadcast a message belongs to, so its progress is one query. */
  broadcastId?: string | null;
}

/** A platform's delivery receipt (WhatsApp Cloud API statuses). */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** Groups a household can belong to beyond what its children say, as the family told us. */
export type ContactGroup = 'pregnant' | 'elderly';

/** Who a kader's broadcast goes to, always inside their posyandu. */
export type BroadcastAudience =
  | { kind: 'all' }
  | { kind: 'under5' }
  | { kind: 'group'; group: ContactGroup }
  | { kind: 'rw'; rw: string };

export type BroadcastStatus = 'sending' | 'done' | 'cancelled';

/**
 * A kader's broadcast (SIARAN). Recipients are fixed when it starts (opt-outs and unreachable
 * addresses as they are then), in batches (`BroadcastBatch`) worked one after another, so a
 * restarted worker picks up where the last one stopped.
 */
export interface Broadcast {
  _id: string;
  posyanduId: string;
  posyanduName: string;
  /** The kader's contact (progress and the report go there) and registry person (the daily limit counts per person). */
  senderId: string;
  senderPersonId: string;
  text: string;
  audience: BroadcastAudience;
  /** The day it was started, YYYY-MM-DD in the posyandu's time zone. */
  day: string;
  /** Everyone in the audience at the start; those opted out or unreachable then are not sent to. */
  total: number;
  optedOut: number;
  unreachable: number;
  batches: number;
  status: BroadcastStatus;
  /** The posyandu's zone and quiet hours when it started: no batch is handed over inside them. */
  zone: PosyanduZone;
  quietHours: QuietHours;
  createdAt: Date;
  endedAt: Date | null;
}

/** A recipient as fixed when the broadcast starts: where to send and in which language. */
export interface BroadcastRecipient {
  contactId: string;
  channel: string;
  address: string;
  lang: Lang;
}

/**
 * One slice of a broadcast's recipients; `_id` is `<broadcastId>-<index>`. Written once more, by the
 * one job that works it, when done.
 */
export interface BroadcastBatch {
  _id: string;
  broadcastId: string;
  index: number;
  recipients: BroadcastRecipient[];
  done: boolean;
  /** Handed to the send queues; a batch reached after a cancel hands over none. */
  queued: number;
  cancelled: boolean;
}

/**
 * A posyandu's schedule as stored: the monthly rule (with holiday policy), when to remind families
 * (with quiet hours), and changes to single sessions by their original date. `_id` is the posyandu id.
 */
export interface PosyanduSchedule {
  _id: string;
  schedule: Schedule;
  reminderPolicy: ReminderPolicy;
  exceptions: ScheduleException[];
  /** Goes up by one with every change that alters it; announcements of a change are keyed by it. */
  revision: number;
  updatedAt: Date;
  /** The contact who last changed it (a kader), or null for an import or the seed. */
  updatedBy: string | null;
}

/**
 * A Pusling request as stored: the domain's request (state, schedule, history of who did what when)
 * plus what the chat adds around it. `_id` is the request id; `revision` counts stored changes.
 */
export interface PuslingRequestRecord {
  _id: string;
  request: PuslingRequest;
  /** End of the visit's time range (`HH:mm`); the domain keeps the start. Null until scheduled. */
  endTime: string | null;
  /** Where the request came from: the requester hears of it in the chat at once, from the API later. */
  source: 'chat' | 'api';
  revision: number;
  updatedAt: Date;
}

/** A stored escalation episode: the domain's `Episode` as is (one condition, one stretch of time). */
export type EpisodeRecord = Episode;

/** Who an alert message went to, or why it could not: staff who never wrote to the bot cannot be reached. */
export interface AlertDelivery {
  at: Date;
  /** `opened`, `escalated_<level>`, `urgent_notice`, `family_advice`, `parent_request`. */
  event: string;
  role: 'kader' | 'puskesmas' | 'lurah' | 'parent';
  /** The registry person (staff) or null for a family. */
  personId: string | null;
  contactId: string | null;
  status: 'sent' | 'unreachable' | 'opted_out';
}

/**
 * A stored alert: the domain's `Alert` (state, level, deadlines, immutable history) plus where it came
 * from and who was told. `parent_request` alerts are kader follow-ups a parent asked for.
 */
export type AlertRecord = Alert & {
  origin: 'episode' | 'parent_request';
  /** The contact who asked, for `parent_request`. */
  requestedBy: string | null;
  deliveries: AlertDelivery[];
  updatedAt: Date;
};

/** One line of the `audit_log` collection: who changed which record, when. Never personal data. */
export interface AuditEntry {
  _id: string;
  at: Date;
  /** A contact id, or `system`. */
  actor: string;
  action: string;
  subject: string;
  data: Record<string, string | number | boolean | null>;
}

/** How staff reached a child's data: a chat flow or an admin HTTP API. */
/** How staff got the data: asked in the chat, through the API, or pushed to them (an alert, a list after a session). */
export type AccessChannel = 'chat' | 'api' | 'notice';

/**
 * One line of the `child_access_log` collection: a staff member (registry person id, or contact id
 * when not registered) read or changed a child's data. Ids only: never a name or phone number.
 */
export interface ChildAccessEntry {
  at: Date;
  staffId: string;
  role: StaffRole;
  /**
   * The purpose: `child.list`, `child.view`, `child.history`, `child.chart`, `measurement.create`, `immunisation.create`, `alert.list`,
   * `alert.view`, `alert.act` (chat); `alert.notice` (an alert's message), `child.follow_up_list` (not weighed at a
   * session), `pusling.flagged_list` (flagged children before a Pusling visit), all pushed (`via: notice`); `child.export`
   * (a by-name CSV/XLSX export) and `child.fhir` (a FHIR bundle) through the dashboard API (`via: api`).
   */
  action: string;
  childId: string;
  via: AccessChannel;
}
