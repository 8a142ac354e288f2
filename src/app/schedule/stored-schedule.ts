import { reminderPolicySchema, scheduleExceptionSchema, scheduleSchema } from '../../domain/schedule/index.js';
import { AppError } from '../../shared/errors.js';
import type { PosyanduSchedule } from './schedule-records.js';

/**
 * A stored schedule checked against the domain schemas (defaults filled in), so a bad document fails
 * loudly where it is read or written instead of producing a wrong session later.
 *
 * @example
 * checkedSchedule({ _id: 'psy-mawar', schedule, reminderPolicy: {}, exceptions: [], revision: 0, updatedAt, updatedBy: null });
 */
export function checkedSchedule(doc: PosyanduSchedule): PosyanduSchedule {
  const schedule = scheduleSchema.parse(doc.schedule);
  if (schedule.posyanduId !== doc._id) {
    throw new AppError('VALIDATION_FAILED', 'A schedule is stored under its own posyandu id; give both the same id.', { id: doc._id, posyanduId: schedule.posyanduId });
  }
  return {
    _id: doc._id,
    schedule,
    reminderPolicy: reminderPolicySchema.parse(doc.reminderPolicy ?? {}),
    exceptions: (doc.exceptions ?? []).map((e) => scheduleExceptionSchema.parse(e)),
    revision: doc.revision ?? 0,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy ?? null,
  };
}

type ComparedParts = Pick<PosyanduSchedule, 'schedule' | 'reminderPolicy' | 'exceptions'>;

/**
 * Whether a change leaves a stored schedule as it was (rule, reminder policy, exceptions), so saving
 * it again bumps no revision and announces nothing.
 *
 * @example
 * unchangedSchedule(stored, { ...stored, exceptions: [] }); // false when stored had exceptions
 */
export function unchangedSchedule(before: ComparedParts, after: ComparedParts): boolean {
  const parts = (r: ComparedParts) => JSON.stringify([r.schedule, r.reminderPolicy, r.exceptions]);
  return parts(before) === parts(after);
}
