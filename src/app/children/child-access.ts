import type { StaffRole } from '../contacts/contact-records.js';

/** The log of staff reads and changes of children's data (UU PDP accountability), read by the puskesmas. */
export interface ChildAccessLog {
  record(entries: readonly ChildAccessEntry[]): Promise<void>;
  /** Entries oldest first (entries of the same moment in no set order), of one child and/or from a time on. */
  list(query: { childId?: string; since?: Date; limit: number }): Promise<ChildAccessEntry[]>;
}

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
  /**
   * Set when a turn's effect writes the entry (`staff.access`): derived from the effect's id and the
   * child, so writing the same entry again stores nothing new. Kept as the entry's identity, never shown.
   */
  key?: string;
}
