import { antenatalReminderDue } from '../../domain/pregnancy/index.js';
import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import { formatDay } from '../growth/format.js';
import { deliverOnce, reachable, type DeliverDeps } from '../schedule/deliver-once.js';
import { todayIn } from '../today.js';
import type { PregnancyStore } from './pregnancy-records.js';
import type { EngineAssets } from '../../engine/index.js';
import type { ScheduleReads } from '../schedule/schedule-ports.js';
import { classLine } from './class-line.js';

type Deps = DeliverDeps & { pregnancies: PregnancyStore; engine: EngineAssets; schedules: Pick<ScheduleReads, 'get'> };

/**
 * The daily pass over registered pregnancies: lapsed ones are erased, and each mother whose next
 * antenatal visit is within a week is reminded of it once (ref per mother, due date and visit, so a
 * rerun sends nothing new), with her posyandu's next class for pregnant women, held until the end of
 * quiet hours. Mothers who said BERHENTI get nothing.
 *
 * @example
 * await new AntenatalReminders(deps).run(clock.now()); // { erased: 0, sent: 1 }
 */
export class AntenatalReminders {
  constructor(private readonly deps: Deps) {}

  async run(now: Date): Promise<{ erased: number; sent: number }> {
    const erased = await this.deps.pregnancies.forgetLapsed(now);
    let sent = 0;
    for (const pregnancy of await this.deps.pregnancies.active(now)) {
      const contact = await this.deps.contacts.get(pregnancy._id);
      if (!contact || !reachable(contact)) continue;
      const today = todayIn(now, contact.timezone);
      const visit = antenatalReminderDue(pregnancy.dates.dueDate, today, pregnancy.remindedVisit);
      if (!visit) continue;
      const t = this.deps.engine.translate;
      const key = visit.doctor ? 'pregnancy.reminder.visit_doctor' : 'pregnancy.reminder.visit';
      const schedule = pregnancy.posyanduId ? await this.deps.schedules.get(pregnancy.posyanduId) : null;
      const lines = [t(contact.lang, key, { number: visit.number, date: formatDay(visit.date, contact.lang), trimester: visit.trimester }), classLine(t, contact.lang, pregnancy.dates.dueDate, schedule, now)];
      const text = lines.filter((line) => line !== '').join('\n\n');
      const ref = `anc|${pregnancy._id}|${pregnancy.dates.dueDate}|${visit.number}`;
      if (await deliverOnce(this.deps, contact, [{ text }], 'reminder', ref, nextAllowedSendTime(now, contact.timezone))) sent++;
      await this.deps.pregnancies.markReminded(pregnancy._id, visit.number);
    }
    this.deps.log.info({ erased, sent }, 'antenatal reminders');
    return { erased, sent };
  }
}
