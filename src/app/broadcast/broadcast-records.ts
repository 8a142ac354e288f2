import type { PosyanduZone, QuietHours } from '../../domain/schedule/index.js';
import type { Lang } from '../../shared/lang.js';
import type { ContactGroup } from '../contacts/contact-records.js';

/** Who a kader's broadcast goes to, always inside their posyandu. */
export type BroadcastAudience =
  | { kind: 'all' }
  | { kind: 'under5' }
  | { kind: 'group'; group: ContactGroup }
  | { kind: 'rw'; rw: string };

export type BroadcastStatus = 'sending' | 'done' | 'cancelled';

/**
 * A kader's broadcast (SIARAN). Recipients are fixed when it starts (opt-outs and unreachable
 * addresses as they are then), in batches (`BroadcastBatch`) worked in parallel, so a
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

/** One slice of a broadcast's recipients, `_id` `<broadcastId>-<index>`; never changed once written. */
export interface BroadcastBatch {
  _id: string;
  broadcastId: string;
  index: number;
  recipients: BroadcastRecipient[];
}

/**
 * Where one batch stands, kept apart from its recipients (same `_id`): the periodic check reads every
 * batch's progress, and the one job that works a batch writes it once, when done; neither needs to
 * read or rewrite a thousand recipients.
 */
export interface BatchProgress {
  _id: string;
  broadcastId: string;
  index: number;
  /** Recipients in the batch. */
  size: number;
  done: boolean;
  /** Handed to the send queues; a batch reached after a cancel hands over none. */
  queued: number;
  cancelled: boolean;
}
