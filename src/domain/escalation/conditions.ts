/**
 * The growth conditions that raise an alert, grouped in families. Inside a family the codes are
 * ordered from mild to severe: a child is in at most one condition per family at a time, and a
 * move up the family is "worsening" (see `evaluate-child.ts`).
 *
 * @example
 * familyOf('severe_stunting'); // 'length'
 * isWorse('severe_stunting', 'stunting'); // true
 */
export const CONDITION_FAMILIES = {
  /** Length/height-for-age: early warning, then stunted, then severely stunted. */
  length: ['haz_falling', 'stunting', 'severe_stunting'],
  /** Weight-for-length/height: moderate, then severe acute malnutrition. */
  acute: ['wasting', 'severe_wasting'],
  /** Bilateral pitting oedema is severe acute malnutrition whatever the z-score. */
  oedema: ['oedema'],
  /** KMS weight trend between monthly weighings: one T, then two T in a row. */
  weight_trend: ['growth_faltering', 'faltering_2t'],
  /** Weight below the red line of the KMS (BGM). */
  red_line: ['below_red_line'],
} as const;

export type ConditionFamily = keyof typeof CONDITION_FAMILIES;
export type ConditionCode = (typeof CONDITION_FAMILIES)[ConditionFamily][number];

/** Every condition code, families in order, mild before severe inside each. */
export const CONDITION_CODES: readonly ConditionCode[] = Object.values(CONDITION_FAMILIES).flat();

const FAMILY_BY_CODE = new Map<ConditionCode, ConditionFamily>(
  (Object.keys(CONDITION_FAMILIES) as ConditionFamily[]).flatMap((family) =>
    CONDITION_FAMILIES[family].map((code) => [code, family] as const),
  ),
);

/**
 * The family a condition belongs to.
 *
 * @example
 * familyOf('faltering_2t'); // 'weight_trend'
 */
export function familyOf(code: ConditionCode): ConditionFamily {
  const family = FAMILY_BY_CODE.get(code);
  if (family === undefined) throw new RangeError(`Unknown condition code "${code}".`);
  return family;
}

/**
 * Position inside the family, 0 for the mildest.
 *
 * @example
 * rankInFamily('severe_wasting'); // 1
 */
export function rankInFamily(code: ConditionCode): number {
  return (CONDITION_FAMILIES[familyOf(code)] as readonly ConditionCode[]).indexOf(code);
}

/**
 * True when `a` is a more severe condition of the same family as `b`.
 *
 * @example
 * isWorse('faltering_2t', 'growth_faltering'); // true
 * isWorse('severe_wasting', 'stunting'); // false (different families)
 */
export function isWorse(a: ConditionCode, b: ConditionCode): boolean {
  return familyOf(a) === familyOf(b) && rankInFamily(a) > rankInFamily(b);
}

/**
 * How fast someone must act: `urgent` in hours (kader and puskesmas at once, lurah informed),
 * `high` in days (kader and puskesmas), `follow_up` in days (kader only).
 */
export type Severity = 'urgent' | 'high' | 'follow_up';
export const SEVERITIES: readonly Severity[] = ['urgent', 'high', 'follow_up'];

/** The escalation chain, lowest first. An alert is always at exactly one level. */
export const LEVELS = ['kader', 'puskesmas', 'lurah'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The next level up the chain, or undefined at the top.
 *
 * @example
 * nextLevel('kader'); // 'puskesmas'
 * nextLevel('lurah'); // undefined
 */
export function nextLevel(level: Level): Level | undefined {
  return LEVELS[LEVELS.indexOf(level) + 1];
}
