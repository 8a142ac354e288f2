import type { ScreeningRecord } from '../app/screening/screening-records.js';
import { readScreening, type ScreeningText } from '../domain/screening/index.js';
import { DateTime } from 'luxon';

/**
 * Last month's screenings of the demo teenager, adult and elderly contact at Posyandu Melati, relative
 * to `now`, so "hasil cek tensi saya" has something to show at once. Nisa, 16, has a BMI of 17,6 that
 * the adult cut-offs would call thin and that is normal for her age (IMT/U); Pak Darto's pressure was a
 * little high (pre-hypertension: advice); Mak Iyah's values were all normal.
 *
 * @example
 * demoScreenings(new Date('2026-03-09T02:00:00Z'))[0].date; // '2026-02-12'
 */
export function demoScreenings(now: Date): ScreeningRecord[] {
  const date = DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).minus({ months: 1 }).set({ day: 12 });
  const at = date.set({ hour: 9 }).toJSDate();
  const day = date.toISODate()!;
  const record = (id: string, contactId: string, person: ScreeningRecord['person'], values: ScreeningText, birthDate?: string): ScreeningRecord => {
    const reading = readScreening({ sex: person.sex, ...values, ...(birthDate ? { born: { birthDate, day } } : {}) });
    return { _id: id, posyanduId: 'psy-melati', contactId, date: day, person, values, reading, followUp: reading.outcome === 'refer' ? 'open' : 'none', consentAt: at, recordedBy: 'c-demo-kader-wati', createdAt: at };
  };
  const nisaBorn = date.minus({ years: 16, months: 3, days: 9 }).toISODate()!;
  return [
    record('sc-demo-nisa', 'c-demo-teen', { name: 'Nisa', sex: 'female', age: 16 }, { bloodPressure: { systolic: 112, diastolic: 72 }, weightKg: 43, heightCm: 156.5, waistCm: 66 }, nisaBorn),
    record('sc-demo-darto', 'c-demo-adult', { name: 'Pak Darto', sex: 'male', age: 58 }, { bloodPressure: { systolic: 138, diastolic: 86 }, sugar: { mgDl: 145, kind: 'random' }, weightKg: 72, heightCm: 165, waistCm: 91 }),
    record('sc-demo-iyah', 'c-demo-elderly', { name: 'Mak Iyah', sex: 'female', age: 67 }, { bloodPressure: { systolic: 118, diastolic: 76 }, sugar: { mgDl: 92, kind: 'fasting' }, weightKg: 50, heightCm: 150, waistCm: 78 }),
  ];
}
