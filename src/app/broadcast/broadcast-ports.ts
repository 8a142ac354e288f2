import type { Contact, ContactGroup } from '../contacts/contact-records.js';
import type { OutboundStatus } from '../messages/message-records.js';
import type { BatchProgress, Broadcast, BroadcastBatch } from './broadcast-records.js';

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
  /** Stores the batches, their progress (none done) and the broadcast, unless they are there. */
  create(broadcast: Broadcast, batches: BroadcastBatch[]): Promise<void>;
  get(id: string): Promise<Broadcast | null>;
  /** The sender's broadcast still sending, if any. */
  activeOf(senderPersonId: string): Promise<Broadcast | null>;
  countOn(senderPersonId: string, day: string): Promise<number>;
  batch(broadcastId: string, index: number): Promise<BroadcastBatch | null>;
  progress(broadcastId: string, index: number): Promise<BatchProgress | null>;
  /** Every batch's progress, in order. */
  progressOf(broadcastId: string): Promise<BatchProgress[]>;
  finishBatch(broadcastId: string, index: number, counts: Pick<BatchProgress, 'queued' | 'cancelled'>): Promise<void>;
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
 * Broadcasts as an action reads them: who may send, how many today, who would receive; starting or
 * cancelling one is a broadcast effect (`broadcast-effects.ts`).
 *
 * @example
 * const reads: BroadcastReads = { store: ports.store, limits: ports.limits }; // no jobs, no `create`
 */
export interface BroadcastReads {
  store: Pick<BroadcastStore, 'get' | 'activeOf' | 'countOn' | 'members'>;
  limits: BroadcastLimits;
}
