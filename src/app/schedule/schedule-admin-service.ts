import type { ZodError } from 'zod';
import { reminderPolicySchema, scheduleExceptionSchema, scheduleSchema, type ScheduleException, type Session } from '../../domain/schedule/index.js';
import { AppError } from '../../shared/errors.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { ReminderPlanner } from './reminder-planner.js';
import { DEFAULT_SERVICES } from './schedule-change.js';
import { upcoming } from './sessions.js';
import { unchangedSchedule } from './stored-schedule.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ReminderJobs, ScheduleStore } from './schedule-ports.js';
import type { Clock } from '../../shared/clock.js';

type AdminDeps = { registry: RegistryStore; schedules: ScheduleStore; reminderJobs: ReminderJobs; clock: Clock };

/**
 * What puskesmas staff send for one posyandu. Each part is optional and replaces the stored one; the
 * posyandu id and time zone come from the registry, so they are never sent.
 */
export interface ScheduleAdminInput {
  schedule?: Record<string, unknown>;
  reminderPolicy?: Record<string, unknown>;
  exceptions?: unknown[];
}

/** A stored schedule with the sessions it gives next, so staff see what their change means. */
export interface ScheduleView {
  record: PosyanduSchedule;
  next: Session[];
}

/** Sessions shown with a schedule: the next three, cancelled ones included. */
const SHOWN_SESSIONS = 3;

const problemsOf = (part: string, error: ZodError): string[] =>
  error.issues.map((issue) => `${[part, ...issue.path].join('.')}: ${issue.message}`);

/**
 * Puskesmas staff set a posyandu's routine, reminder times, quiet hours and exceptions through the
 * admin API. Every part is checked against the domain schemas; a change bumps the revision and
 * replans the reminders (queued ones for times that no longer hold are dropped). Families are not
 * told: announcing a change to them is the kader's JADWAL.
 *
 * @example
 * await service.save('psy-mawar', { reminderPolicy: { quietHours: { start: '20:00', end: '06:30' } } });
 */
export class ScheduleAdminService {
  private readonly planner: ReminderPlanner;

  constructor(private readonly deps: AdminDeps) {
    this.planner = new ReminderPlanner(deps);
  }

  async get(posyanduId: string): Promise<ScheduleView> {
    const record = await this.deps.schedules.get(posyanduId);
    if (!record) throw new AppError('NOT_FOUND', `Posyandu "${posyanduId}" has no schedule yet: PUT one with its schedule part.`);
    return this.view(record);
  }

  async save(posyanduId: string, input: ScheduleAdminInput): Promise<ScheduleView> {
    const posyandu = await this.deps.registry.posyandu(posyanduId);
    if (!posyandu) throw new AppError('NOT_FOUND', `Posyandu "${posyanduId}" is not in the registry.`);
    const before = await this.deps.schedules.get(posyanduId);
    const problems: string[] = [];

    const base = before?.schedule;
    const schedule = input.schedule
      ? scheduleSchema.safeParse({ services: base?.services ?? DEFAULT_SERVICES, ...input.schedule, posyanduId, zone: posyandu.timezone })
      : null;
    if (schedule && !schedule.success) problems.push(...problemsOf('schedule', schedule.error));
    if (!schedule && !base) problems.push('schedule: this posyandu has no schedule yet; send the schedule part (rule, start, end, place).');

    const policy = reminderPolicySchema.safeParse(input.reminderPolicy ?? before?.reminderPolicy ?? {});
    if (!policy.success) problems.push(...problemsOf('reminderPolicy', policy.error));

    const exceptions: ScheduleException[] = [];
    (input.exceptions ?? before?.exceptions ?? []).forEach((raw, i) => {
      const parsed = scheduleExceptionSchema.safeParse(raw);
      if (parsed.success) exceptions.push(parsed.data);
      else problems.push(...problemsOf(`exceptions.${i}`, parsed.error));
    });
    const dates = exceptions.map((e) => e.originalDate);
    if (new Set(dates).size !== dates.length) problems.push('exceptions: give each originalDate once (one exception per session).');

    const nextSchedule = schedule?.success ? schedule.data : base;
    if (problems.length > 0 || !nextSchedule || !policy.success) throw new AppError('VALIDATION_FAILED', problems.join('; '), { problems });

    const parts = { schedule: nextSchedule, reminderPolicy: policy.data, exceptions };
    const now = this.deps.clock.now();
    const same = before !== null && unchangedSchedule(before, parts);
    const after: PosyanduSchedule = same ? before : { _id: posyanduId, ...parts, revision: (before?.revision ?? 0) + 1, updatedAt: now, updatedBy: null };
    if (!same) {
      await this.deps.schedules.set(after);
      await this.planner.replan(before, after);
    }
    return this.view(after);
  }

  private view(record: PosyanduSchedule): ScheduleView {
    return { record, next: upcoming(record, this.deps.clock.now(), SHOWN_SESSIONS) };
  }
}
