import type { Actor, Area } from '../../../src/domain/escalation/index.js';
import type { PuslingRequest } from '../../../src/domain/pusling/index.js';

export const AREA: Area = { posyanduId: 'psy-melati', kelurahanId: 'kel-jatimulya', rw: '07', puskesmasId: 'pkm-jatimulya' };
export const T0 = new Date('2026-03-12T02:00:00Z');
export const DAY = 86_400_000;
export const KADER: Actor = { id: 'u-kader', role: 'kader', posyanduIds: ['psy-melati'] };
export const TPG: Actor = { id: 'u-tpg', role: 'puskesmas', puskesmasIds: ['pkm-jatimulya'] };
export const LURAH: Actor = { id: 'u-lurah', role: 'lurah', kelurahanIds: ['kel-jatimulya'] };
export const PARENT: Actor = { id: 'u-parent', role: 'parent', posyanduIds: ['psy-melati'] };

export function request(overrides: Partial<PuslingRequest> = {}): PuslingRequest {
  return {
    id: 'pr-1',
    area: AREA,
    requestedBy: { id: 'u-kader', role: 'kader' },
    reasons: ['distance'],
    preferredDates: ['2026-04-14'],
    expectedPeople: 40,
    requestedAt: T0,
    state: 'requested',
    history: [{ at: T0, by: { id: 'u-kader', role: 'kader' }, action: 'request', from: null, to: 'requested' }],
    ...overrides,
  };
}
