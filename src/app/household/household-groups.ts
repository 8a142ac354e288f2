import { DateTime } from 'luxon';
import type { Contact, ContactGroup } from '../contacts/contact-records.js';

/**
 * How long "someone here is pregnant" holds without being said again: a pregnancy and the weeks after
 * the birth. Past it the flag lapses (and the daily job erases it), so nobody is told about pregnancy
 * classes a year after their baby came.
 */
export const PREGNANCY_FLAG_MONTHS = 10;

/** What a family says about their household: only yes or no, never who. */
export interface HouseholdAnswers {
  pregnant: boolean;
  elderly: boolean;
}

export type HouseholdFields = Required<Pick<Contact, 'groups' | 'pregnantUntil'>>;

/**
 * The groups a contact belongs to now: `pregnant` only until its time runs out.
 *
 * @example
 * activeGroups({ groups: ['pregnant', 'elderly'], pregnantUntil: new Date('2026-01-01') }, new Date('2026-03-01')); // ['elderly']
 */
export function activeGroups(contact: Pick<Contact, 'groups' | 'pregnantUntil'>, now: Date): ContactGroup[] {
  return (contact.groups ?? []).filter((group) => group !== 'pregnant' || (contact.pregnantUntil != null && contact.pregnantUntil > now));
}

/**
 * The contact fields after a family answered. Saying "pregnant" again while it still holds keeps the
 * first date, so repeating the answer does not stretch the pregnancy.
 *
 * @example
 * householdFields({ pregnant: true, elderly: false }, { groups: [], pregnantUntil: null }, now); // { groups: ['pregnant'], pregnantUntil: now + 10 months }
 */
export function householdFields(answers: HouseholdAnswers, before: Pick<Contact, 'groups' | 'pregnantUntil'>, now: Date): HouseholdFields {
  const stillPregnant = activeGroups(before, now).includes('pregnant');
  const groups: ContactGroup[] = [...(answers.pregnant ? ['pregnant' as const] : []), ...(answers.elderly ? ['elderly' as const] : [])];
  const pregnantUntil = !answers.pregnant ? null : stillPregnant ? before.pregnantUntil! : DateTime.fromJSDate(now).plus({ months: PREGNANCY_FLAG_MONTHS }).toJSDate();
  return { groups, pregnantUntil };
}
