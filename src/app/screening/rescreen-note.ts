import { rescreenDue } from '../../domain/screening/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Contact } from '../contacts/contact-records.js';
import { formatDay } from '../growth/format.js';
import type { ScreeningReads } from './screening-ports.js';

/**
 * The line a screened adult's first reminder of a session adds when their next check is due there
 * (monthly after a finding, yearly otherwise; `rescreenDue`), or ''. It names the day of the last check,
 * never its values: a reminder may be read over a shoulder.
 *
 * @example
 * await rescreenNote(screenings, translate, contact, '2026-12-08');
 * // 'Hasil cek kesehatan terakhir Anda (10 November 2026) menganjurkan cek setiap bulan…'
 */
export async function rescreenNote(screenings: Pick<ScreeningReads, 'ofContact'>, translate: Translate, contact: Contact, sessionDay: string): Promise<string> {
  const [last] = await screenings.ofContact(contact._id);
  if (!last) return '';
  const due = rescreenDue({ outcome: last.reading.outcome, day: last.date }, sessionDay);
  return due ? translate(contact.lang, `screening.rescreen.${due}`, { date: formatDay(last.date, contact.lang) }) : '';
}
