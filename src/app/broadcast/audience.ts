import { DateTime } from 'luxon';
import type { BroadcastAudience } from './broadcast-records.js';
import type { Child } from '../children/child-records.js';

/** The audience choices a kader sees, in order. */
export const AUDIENCE_CHOICES = ['all', 'under5', 'pregnant', 'elderly', 'rw'] as const;

/**
 * The audience from the kader's choice (and RW when they chose one); undefined when it does not fit.
 *
 * @example
 * toAudience('rw', '03'); // { kind: 'rw', rw: '03' }
 * toAudience('pregnant'); // { kind: 'group', group: 'pregnant' }
 */
export function toAudience(choice: unknown, rw?: unknown): BroadcastAudience | undefined {
  switch (choice) {
    case 'all':
    case 'under5':
      return { kind: choice };
    case 'pregnant':
    case 'elderly':
      return { kind: 'group', group: choice };
    case 'rw':
      return typeof rw === 'string' && rw !== '' ? { kind: 'rw', rw } : undefined;
    default:
      return undefined;
  }
}

/**
 * The locale key (and params) that names an audience, for the preview and the report.
 *
 * @example
 * audienceLabel({ kind: 'rw', rw: '03' }); // { __t: 'broadcast.audience.rw_label', params: { rw: '03' } }
 */
export function audienceLabel(audience: BroadcastAudience): { __t: string; params?: { rw: string } } {
  switch (audience.kind) {
    case 'rw':
      return { __t: 'broadcast.audience.rw_label', params: { rw: audience.rw } };
    case 'group':
      return { __t: `broadcast.audience.${audience.group}` };
    default:
      return { __t: `broadcast.audience.${audience.kind}` };
  }
}

/**
 * Children under five on a day: born less than five years before it (a child on their fifth
 * birthday is five; one born on 29 February turns five on 28 February of a common year).
 *
 * @example
 * isUnderFive('2021-03-10', '2026-03-09'); // true
 * isUnderFive('2021-03-09', '2026-03-09'); // false
 */
export function isUnderFive(birthDate: string, today: string): boolean {
  const fifth = DateTime.fromISO(birthDate).plus({ years: 5 }).toISODate();
  return fifth !== null && fifth > today;
}

/**
 * The caregivers of the posyandu's children under five, each once, sorted.
 *
 * @example
 * caregiversOfUnderFives(children, '2026-03-09'); // ['c_1', 'c_7']
 */
export function caregiversOfUnderFives(children: readonly Pick<Child, 'birthDate' | 'caregiverIds'>[], today: string): string[] {
  const ids = new Set(children.filter((c) => isUnderFive(c.birthDate, today)).flatMap((c) => c.caregiverIds));
  return [...ids].sort();
}

/**
 * Splits recipients into batches of `size`, in order.
 *
 * @example
 * toBatches(['a', 'b', 'c'], 2); // [['a', 'b'], ['c']]
 */
export function toBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
