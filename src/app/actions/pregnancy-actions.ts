import { DateTime } from 'luxon';
import { z } from 'zod';
import { dueDateFromLmp, dueDateProblem, lapseDate, lmpProblem } from '../../domain/pregnancy/index.js';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import type { PregnancyEndEffect, PregnancyRegisterEffect } from '../pregnancy/pregnancy-effects.js';
import { pregnancyStatus } from '../pregnancy/pregnancy-lines.js';
import { formatDay } from '../growth/format.js';
import { todayIn } from '../today.js';
import type { PregnancyReads } from '../pregnancy/pregnancy-ports.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { ScheduleReads } from '../schedule/schedule-ports.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The mother registers her pregnancy from the first day of her last period (HPHT, Naegele's rule) or
 * the due date (HPL) in her Buku KIA; she sees the weeks and the antenatal visits of the national
 * schedule; at the birth the pregnancy ends (and she may register the baby). Writes are effects.
 *
 * @example
 * await pregnancyActions(deps).find((a) => a.name === 'pregnancy.check')!.invoke({ args: { kind: 'lmp', date: '2026-02-25' }, … });
 * // { result: 'ok', data: { dueDate: '2026-12-04', due: '4 Desember 2026', lmp: '2026-02-25' } }
 */
export function pregnancyActions(deps: { pregnancies: PregnancyReads; contacts: ContactReads; schedules: Pick<ScheduleReads, 'get'> }): DeclaredAction[] {
  /** Her posyandu's schedule (for its class for pregnant women), or null. */
  const scheduleOf = async (posyanduId: string | null | undefined) => (posyanduId ? deps.schedules.get(posyanduId) : null);
  return [
    defineAction({
      name: 'pregnancy.current',
      args: z.object({}),
      results: ['none', 'active'],
      run: async ({ contact, now, translate }) => {
        const record = await deps.pregnancies.get(contact.id);
        if (!record || record.lapseAt <= now) return { result: 'none' };
        const status = pregnancyStatus(translate, contact.lang, record.dates.dueDate, { now, today: todayIn(now, contact.timezone) }, await scheduleOf(record.posyanduId));
        return { result: 'active', data: { status } };
      },
    }),
    defineAction({
      name: 'pregnancy.check',
      args: z.object({ kind: z.enum(['lmp', 'due']), date: isoDate }),
      results: ['ok', 'in_future', 'too_long_ago', 'too_far', 'past_lapse'],
      run: ({ contact, args, now }) => {
        const today = todayIn(now, contact.timezone);
        const problem = args.kind === 'lmp' ? lmpProblem(args.date, today) : dueDateProblem(args.date, today);
        if (problem) return { result: problem };
        const dueDate = args.kind === 'lmp' ? dueDateFromLmp(args.date) : args.date;
        return { result: 'ok', data: { dueDate, due: formatDay(dueDate, contact.lang), lmp: args.kind === 'lmp' ? args.date : null } };
      },
    }),
    defineAction({
      name: 'pregnancy.register',
      args: z.object({ dueDate: isoDate, lmp: isoDate.nullish() }),
      results: ['ok'],
      run: async ({ contact, args, now, translate }) => {
        const record = await deps.contacts.get(contact.id);
        const lapseAt = DateTime.fromISO(lapseDate(args.dueDate), { zone: contact.timezone }).toJSDate();
        const effect: PregnancyRegisterEffect = {
          type: 'pregnancy.register',
          id: contact.id,
          record: { _id: contact.id, posyanduId: record?.posyanduId ?? null, dates: { dueDate: args.dueDate, lmp: args.lmp ?? null }, registeredAt: now, lapseAt, remindedVisit: 0 },
        };
        const status = pregnancyStatus(translate, contact.lang, args.dueDate, { now, today: todayIn(now, contact.timezone) }, await scheduleOf(record?.posyanduId));
        return { result: 'ok', data: { status }, effects: [effect] };
      },
    }),
    defineAction({
      name: 'pregnancy.end',
      args: z.object({ outcome: z.enum(['born', 'removed']) }),
      results: ['ok'],
      run: ({ contact, args }) => {
        const effect: PregnancyEndEffect = { type: 'pregnancy.end', id: contact.id, outcome: args.outcome };
        return { result: 'ok', effects: [effect] };
      },
    }),
  ];
}
