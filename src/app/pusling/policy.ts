import { parsePuslingConfig, type PuslingConfig } from '../../domain/pusling/index.js';
import type { Puskesmas } from '../registry/registry-records.js';

/**
 * The Pusling policy for one puskesmas: its Pusling days a month (`Puskesmas.puslingDaysPerMonth`)
 * and its time zone over the domain defaults.
 *
 * @example
 * policyFor(demoPuskesmas).capacity.perPuskesmas; // { 'pkm-bekasi-jaya': 1 }
 */
export function policyFor(puskesmas: Puskesmas | null): PuslingConfig {
  if (!puskesmas) return parsePuslingConfig({});
  return parsePuslingConfig({
    zone: puskesmas.timezone,
    capacity: { perPuskesmas: { [puskesmas._id]: puskesmas.puslingDaysPerMonth } },
  });
}
