import type { Holiday } from './holiday.js';
import type { IlpService } from './schedule.js';
import type { PosyanduZone } from './zones.js';

/**
 * Why a session is not where the rule put it:
 * `holiday` (a national holiday or counted cuti bersama), `closed_weekday` (e.g. "every 12th" on a Sunday),
 * `exception` (a kader moved or cancelled it).
 */
export type SessionReason = 'holiday' | 'closed_weekday' | 'exception';

/**
 * One concrete posyandu session. `id` is stable across moves (posyandu id + original date);
 * `start`/`end` are ISO timestamps with the posyandu's offset, e.g. "2026-03-10T08:00:00+07:00".
 *
 * @example
 * const s: Session = nextSessions(schedule, [], NATIONAL_HOLIDAYS, now, 1)[0]!;
 * s.id; // 'bekasi-rw05@2026-03-10'
 */
export interface Session {
  id: string;
  posyanduId: string;
  originalDate: string;
  date: string;
  start: string;
  end: string;
  zone: PosyanduZone;
  place: string;
  services: IlpService[];
  status: 'scheduled' | 'moved' | 'cancelled';
  reason?: SessionReason;
  /** The holiday behind a `holiday` reason, or that a `keep` policy kept the session on. */
  holiday?: Holiday;
  /** A kader's note on an exception, e.g. "Balai RW dipakai". */
  note?: string;
}

/**
 * The stable id of an occurrence. Uses `@`, not `:`, because BullMQ refuses `:` in job ids.
 *
 * @example
 * sessionId('bekasi-rw05', '2026-03-10'); // 'bekasi-rw05@2026-03-10'
 */
export function sessionId(posyanduId: string, originalDate: string): string {
  return `${posyanduId}@${originalDate}`;
}
