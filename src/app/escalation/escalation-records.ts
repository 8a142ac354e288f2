import type { Alert, Episode } from '../../domain/escalation/index.js';
import type { Role } from '../../shared/role.js';

/** A stored escalation episode: the domain's `Episode` as is (one condition, one stretch of time). */
export type EpisodeRecord = Episode;

/** Who an alert message went to, or why it could not: staff who never wrote to the bot cannot be reached. */
export interface AlertDelivery {
  at: Date;
  /** `opened`, `escalated_<level>`, `urgent_notice`, `family_advice`, `parent_request`. */
  event: string;
  role: Role;
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
