import type { ReminderJob } from '../../src/app/schedule/schedule-ports.js';
import { upcoming } from '../../src/app/schedule/sessions.js';
import { reminderKey, type ReminderKind, type Session } from '../../src/domain/schedule/index.js';
import type { TestBot } from './services.js';

/** The posyandu's next session as its stored schedule gives it at `now`. */
export async function nextSession(bot: TestBot, posyanduId: string, now: Date): Promise<Session> {
  const record = await bot.container.deps.schedules.get(posyanduId);
  const [session] = record ? upcoming(record, now, 1) : [];
  if (!session) throw new Error(`${posyanduId} has no next session`);
  return session;
}

/** The reminder job of one kind for that session, as the planner would queue it. */
export async function reminderJob(bot: TestBot, posyanduId: string, kind: ReminderKind, now: Date): Promise<ReminderJob> {
  const session = await nextSession(bot, posyanduId, now);
  return { key: reminderKey(session, kind), posyanduId, sessionId: session.id, start: session.start, kind };
}

/** The instant `ms` before the session starts. */
export const before = (session: Session, ms: number): Date => new Date(new Date(session.start).getTime() - ms);
