import { antenatalReminderDue } from '../../domain/pregnancy/index.js';
import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import { formatDay } from '../growth/format.js';
import type { AppDeps } from '../ports.js';
import { deliverOnce, reachable, type DeliverDeps } from '../schedule/deliver-once.js';
import { todayIn } from '../today.js';

type Deps = DeliverDeps & Pick<AppDeps, 'pregnancies' | 'engine'>;

/**
 * The daily pass over registered pregnancies: lapsed ones are erased, and each mother whose next
 * antenatal visit is within a week is reminded of it once (ref per mother, due date and visit, so a
 * rerun sends nothing new), held until the end of quiet hours. Mothers who said BERHENTI get nothing.
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
      const visit = antenatalReminderDue(pregnancy.dates.dueDate, todayIn(now, contact.timezone), pregnancy.remindedVisit);
      if (!visit) continue;
      const t = this.deps.engine.translate;
      const key = visit.doctor ? 'pregnancy.reminder.visit_doctor' : 'pregnancy.reminder.visit';
      const text = [t(contact.lang, key, { number: visit.number, date: formatDay(visit.date, contact.lang), trimester: visit.trimester }), t(contact.lang, 'pregnancy.status.class')].join('\n\n');
      const ref = `anc|${pregnancy._id}|${pregnancy.dates.dueDate}|${visit.number}`;
      if (await deliverOnce(this.deps, contact, [{ text }], 'reminder', ref, nextAllowedSendTime(now, contact.timezone))) sent++;
      await this.deps.pregnancies.markReminded(pregnancy._id, visit.number);
    }
    this.deps.log.info({ erased, sent }, 'antenatal reminders');
    return { erased, sent };
  }
}
