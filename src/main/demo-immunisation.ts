import { DateTime } from 'luxon';
import { ROUTINE_SCHEDULE, type DoseRecord } from '../domain/immunisation/index.js';

/**
 * Demo dose records, so the immunisation answer, the sweeping list and the reminders have something
 * to show: Budi has every dose up to 9 months (PCV 3 at 12 months is late); Sari every dose but the
 * MR booster. Dewi, Asep and Kevin have none yet (their families are asked to check the Buku KIA).
 * Fixed ids; each given a few days after its recommended age (none after `now`), recorded by the kader that day.
 *
 * @example
 * for (const r of demoDoseRecords(demoChildren, now)) await models.immunisations.replaceOne({ _id: r._id }, r, { upsert: true });
 */
export function demoDoseRecords(children: ReadonlyArray<{ _id: string; birthDate: string }>, now: Date): DoseRecord[] {
  const today = DateTime.fromJSDate(now, { zone: 'utc' });
  const missing: Readonly<Record<string, readonly string[]>> = { 'ch-budi': ['pcv3', 'dpt_hb_hib4', 'mr2'], 'ch-sari': ['mr2'] };
  return children.flatMap((child) => {
    const skip = missing[child._id];
    if (!skip) return [];
    const birth = DateTime.fromISO(child.birthDate, { zone: 'utc' });
    return ROUTINE_SCHEDULE.filter((dose) => !skip.includes(dose.id) && birth.plus({ months: dose.ageMonths, days: 3 }) <= today).map((dose) => {
      const givenOn = birth.plus({ months: dose.ageMonths, days: dose.ageMonths === 0 ? 0 : 3 }).toISODate()!;
      return {
        _id: `im-demo-${child._id}-${dose.id}`,
        childId: child._id,
        item: { kind: 'dose', dose: dose.id },
        givenOn,
        source: 'kader',
        recordedBy: 'seed-demo',
        recordedAt: `${givenOn}T03:00:00.000Z`,
        supersededBy: null,
        corrects: null,
      } satisfies DoseRecord;
    });
  });
}
