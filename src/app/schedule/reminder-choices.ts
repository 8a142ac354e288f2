/**
 * The reminder sets a family can pick in the "Pengingat" flow, nearest-to-the-day last. `null` means
 * every kind the posyandu sends (its own custom kinds included); an empty list means none.
 *
 * @example
 * REMINDER_CHOICES.find((c) => c.id === 'near')?.kinds; // ['evening_before', 'morning_of']
 */
export const REMINDER_CHOICES = [
  { id: 'all', kinds: null },
  { id: 'near', kinds: ['evening_before', 'morning_of'] },
  { id: 'morning', kinds: ['morning_of'] },
  { id: 'none', kinds: [] },
] as const satisfies ReadonlyArray<{ id: string; kinds: readonly string[] | null }>;

export type ReminderChoiceId = (typeof REMINDER_CHOICES)[number]['id'] | 'custom';

/**
 * Which choice a stored `reminderKinds` is, or `custom` when it was set some other way.
 *
 * @example
 * reminderChoiceOf(['morning_of']); // 'morning'
 */
export function reminderChoiceOf(kinds: readonly string[] | null): ReminderChoiceId {
  const key = kinds === null ? null : [...kinds].sort().join(',');
  const found = REMINDER_CHOICES.find((c) => (c.kinds === null ? key === null : key !== null && [...c.kinds].sort().join(',') === key));
  return found?.id ?? 'custom';
}
