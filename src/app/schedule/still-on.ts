import { DateTime } from 'luxon';
import type { Session } from '../../domain/schedule/index.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { sessionById } from './sessions.js';

/**
 * The session a queued job was planned for, if it still takes place at the same start; undefined
 * when it was cancelled, moved to another time, or the rule changed after the job was queued.
 *
 * @example
 * stillOn(record, 'psy-mawar@2026-03-10', '2026-03-10T08:00:00+07:00'); // the session, or undefined
 */
export function stillOn(record: PosyanduSchedule | null, sessionId: string, start: string): Session | undefined {
  if (!record) return undefined;
  const session = sessionById(record, sessionId);
  if (!session || session.status === 'cancelled') return undefined;
  return DateTime.fromISO(session.start).toMillis() === DateTime.fromISO(start).toMillis() ? session : undefined;
}
