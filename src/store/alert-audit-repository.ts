import type { AuditStore } from '../app/escalation/escalation-ports.js';
import type { AuditEntry } from '../app/escalation/escalation-records.js';
import type { Models } from './store.js';

/**
 * Writes `audit_log` entries. Ids are chosen by the caller (an alert id and history index), so a
 * retried change records its entry once.
 *
 * @example
 * await new AlertAuditRepository(models).record({ _id: 'aud-al-1-1', at, actor: 'c-kader', action: 'alert.acknowledge', subject: 'al-1', data: {} });
 */
export class AlertAuditRepository implements AuditStore {
  constructor(private readonly models: Models) {}

  async record(entry: AuditEntry): Promise<void> {
    try {
      await this.models.audit.create(entry);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }
}
