import {
  DEFAULT_ESCALATION_RULES,
  openAlert,
  type Actor,
  type Alert,
  type Area,
  type ChildAssessment,
  type ConditionCode,
  type Episode,
} from '../../../src/domain/escalation/index.js';

export const AREA: Area = { posyanduId: 'psy-melati', kelurahanId: 'kel-jatimulya', rw: '07', puskesmasId: 'pkm-jatimulya' };
export const T0 = new Date('2026-03-12T02:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function assess(overrides: Partial<ChildAssessment> = {}, daysLater = 0): ChildAssessment {
  return {
    childId: 'c-1',
    measuredAt: new Date(T0.getTime() + daysLater * DAY),
    area: AREA,
    categories: { haz: 'normal', whz: 'normal', waz: 'normal' },
    zScores: { haz: 0, whz: 0, waz: 0 },
    kms: 'N',
    belowRedLine: false,
    oedema: false,
    hazFalling: false,
    ...overrides,
  };
}

export function episode(overrides: Partial<Episode> = {}): Episode {
  return {
    id: 'ep-1',
    childId: 'c-1',
    condition: 'stunting',
    severity: 'high',
    area: AREA,
    openedAt: T0,
    lastSeenAt: T0,
    lastAssessedAt: T0,
    clearStreak: 0,
    ...overrides,
  };
}

export function alertFor(condition: ConditionCode, at: Date = T0, overrides: Partial<Episode> = {}): Alert {
  const severity = DEFAULT_ESCALATION_RULES.conditions[condition].severity;
  return openAlert(episode({ condition, severity, ...overrides }), DEFAULT_ESCALATION_RULES, at, `al-${condition}`);
}

export const KADER: Actor = { id: 'u-kader', role: 'kader', posyanduIds: ['psy-melati'] };
export const TPG: Actor = { id: 'u-tpg', role: 'puskesmas', puskesmasIds: ['pkm-jatimulya'] };
export const LURAH: Actor = { id: 'u-lurah', role: 'lurah', kelurahanIds: ['kel-jatimulya'] };
export const PARENT: Actor = { id: 'u-parent', role: 'parent', posyanduIds: ['psy-melati'] };
