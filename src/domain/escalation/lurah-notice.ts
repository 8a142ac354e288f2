import type { Alert } from './alert.js';
import type { ConditionCode, Level, Severity } from './conditions.js';
import type { DueEscalation } from './due-escalations.js';
import type { MessageRef } from './message.js';

/**
 * What the lurah is told about one case: where (RW), what, and who is responsible. By design it
 * has no field that could carry a child's id or name.
 *
 * @example
 * // { kind: 'urgent_case', kelurahanId: 'kel-a', rw: '07', condition: 'severe_wasting', severity: 'urgent',
 * //   at, responsible: { level: 'puskesmas', puskesmasId: 'pkm-1', posyanduId: 'psy-1' }, message }
 */
export interface LurahNotice {
  readonly kind: 'urgent_case' | 'escalated_to_lurah';
  readonly kelurahanId: string;
  readonly rw: string;
  readonly condition: ConditionCode;
  readonly severity: Severity;
  readonly at: Date;
  /** The level expected to act: the puskesmas for urgent cases and for escalations. */
  readonly responsible: { readonly level: Level; readonly puskesmasId: string; readonly posyanduId?: string };
  readonly overdueSince?: Date;
  readonly message: MessageRef;
}

/**
 * The notice for a new urgent case, sent at once when the rule says `informLurah`; undefined otherwise.
 *
 * @example
 * const notice = lurahUrgentNotice(alert, now);
 * if (notice) outbox.toLurah(notice.kelurahanId, notice.message);
 */
export function lurahUrgentNotice(alert: Alert, at: Date): LurahNotice | undefined {
  if (!alert.informLurah) return undefined;
  return notice(alert, 'urgent_case', at, 'escalation.lurah.urgent_case');
}

/**
 * The notice for an alert that reached lurah level because nobody acknowledged it in time;
 * undefined for escalations to other levels.
 *
 * @example
 * dueEscalations(alerts, now).map(lurahEscalationNotice).filter((n) => n !== undefined);
 */
export function lurahEscalationNotice(due: DueEscalation): LurahNotice | undefined {
  if (due.to !== 'lurah') return undefined;
  const base = notice(due.alert, 'escalated_to_lurah', due.alert.history.at(-1)?.at ?? due.missedDeadline, 'escalation.lurah.escalated');
  return {
    ...base,
    overdueSince: due.missedDeadline,
    message: {
      ...base.message,
      refs: { ...base.message.refs, overdueSince: { kind: 'datetime', id: due.missedDeadline.toISOString() } },
    },
  };
}

function notice(alert: Alert, kind: LurahNotice['kind'], at: Date, key: string): LurahNotice {
  const { kelurahanId, rw, puskesmasId, posyanduId } = alert.area;
  return {
    kind,
    kelurahanId,
    rw,
    condition: alert.condition,
    severity: alert.severity,
    at,
    responsible: { level: 'puskesmas', puskesmasId, ...(posyanduId !== undefined ? { posyanduId } : {}) },
    message: {
      key,
      params: { rw },
      refs: {
        condition: { kind: 'locale', id: `escalation.condition.${alert.condition}` },
        puskesmas: { kind: 'puskesmas', id: puskesmasId },
        ...(posyanduId !== undefined ? { posyandu: { kind: 'posyandu' as const, id: posyanduId } } : {}),
      },
    },
  };
}
