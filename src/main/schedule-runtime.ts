import type { Worker } from 'bullmq';
import { AntenatalReminders } from '../app/pregnancy/antenatal-reminders.js';
import { FollowUpService } from '../app/schedule/follow-up.js';
import { ReminderPlanner } from '../app/schedule/reminder-planner.js';
import { ReminderSender } from '../app/schedule/reminder-sender.js';
import { startReminderWorker, type ReminderQueue } from '../queues/reminder-queue.js';
import type { Redis } from '../queues/redis.js';

/** What the reminder worker's services declare, together. */
export type ScheduleRuntimeDeps = ConstructorParameters<typeof ReminderSender>[0] &
  ConstructorParameters<typeof FollowUpService>[0] &
  ConstructorParameters<typeof ReminderPlanner>[0] &
  ConstructorParameters<typeof AntenatalReminders>[0];

/**
 * Schedule reminders at run time: the reminder worker, planning at start-up and daily, and the
 * queue's shutdown. Built by the container; `start` is called with the other workers.
 *
 * @example
 * const worker = runtime.start(); // plans every posyandu's next sessions in the background
 */
export class ScheduleRuntime {
  private planning?: Promise<void>;

  constructor(
    readonly queue: ReminderQueue,
    private readonly deps: ScheduleRuntimeDeps,
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  start(): Worker {
    const sender = new ReminderSender(this.deps);
    const followUps = new FollowUpService(this.deps);
    const planner = new ReminderPlanner(this.deps);
    const worker = startReminderWorker({
      connection: this.connection,
      prefix: this.prefix,
      clock: this.deps.clock,
      handlers: {
        reminder: async (job) => {
          const done = await sender.send(job);
          return done.status === 'later' ? { later: done.later } : undefined;
        },
        followUp: async (job) => {
          const done = await followUps.run(job);
          return done.status === 'later' ? { later: done.later } : undefined;
        },
        planAll: async () => {
          await planner.planAll();
          // The daily job is also where lapsed pregnancy flags are erased: kept no longer than they serve.
          await this.deps.contacts.forgetLapsedPregnancies(this.deps.clock.now());
          // Registered pregnancies: lapsed ones erased, antenatal visit reminders a week ahead.
          await new AntenatalReminders(this.deps).run(this.deps.clock.now());
        },
      },
    });
    this.planning = (async () => {
      await this.queue.scheduleDailyPlan();
      await planner.planAll();
    })().catch((error: unknown) => this.deps.log.error({ err: error }, 'planning reminders at start-up failed'));
    return worker;
  }

  async close(): Promise<void> {
    await this.planning;
    await this.queue.close();
  }
}
