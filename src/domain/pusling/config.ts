import { Duration } from 'luxon';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';

const isoDuration = z.string().refine((text) => {
  const duration = Duration.fromISO(text);
  return duration.isValid && duration.toMillis() > 0;
}, 'Use a positive ISO 8601 duration such as "P2D".');

/**
 * Pusling policy: monthly capacity, the need score's weights and caps, and how fast a kader must
 * answer a parent's call for help. Weights are points out of 100.
 */
export const puslingConfigSchema = z.strictObject({
  /** Time zone for visit dates and times (WIB by default; set WITA/WIT per deployment). */
  zone: z.string().min(1),
  capacity: z.strictObject({
    /** Pusling days a puskesmas can run per month (the Bekasi trial: one). */
    defaultDaysPerMonth: z.number().int().min(0).max(31),
    perPuskesmas: z.record(z.string(), z.number().int().min(0).max(31)),
  }),
  ranking: z.strictObject({
    weights: z
      .strictObject({ children: z.number().min(0), distance: z.number().min(0), waiting: z.number().min(0) })
      .refine((w) => Math.abs(w.children + w.distance + w.waiting - 100) < 1e-9, 'Weights must add up to 100.'),
    /** Values at or above a cap earn the full weight. */
    caps: z.strictObject({
      flaggedChildren: z.number().positive(),
      distanceKm: z.number().positive(),
      waitingDays: z.number().positive(),
    }),
  }),
  parentFollowUpDeadline: isoDuration,
});

export type PuslingConfig = z.infer<typeof puslingConfigSchema>;

/**
 * Defaults: one Pusling day per puskesmas per month; need score = 50 points for flagged children
 * (full at 10), 30 for distance (full at 15 km), 20 for waiting (full at 60 days); a parent's
 * call for help must be picked up by the kader within two days.
 *
 * @example
 * DEFAULT_PUSLING_CONFIG.capacity.defaultDaysPerMonth; // 1
 */
export const DEFAULT_PUSLING_CONFIG: PuslingConfig = Object.freeze({
  zone: 'Asia/Jakarta',
  capacity: Object.freeze({ defaultDaysPerMonth: 1, perPuskesmas: Object.freeze({}) }),
  ranking: Object.freeze({
    weights: Object.freeze({ children: 50, distance: 30, waiting: 20 }),
    caps: Object.freeze({ flaggedChildren: 10, distanceKm: 15, waitingDays: 60 }),
  }),
  parentFollowUpDeadline: 'P2D',
});

/**
 * Applies a partial override (from JSON or YAML) to the defaults and validates it.
 *
 * @example
 * parsePuslingConfig({ capacity: { perPuskesmas: { 'pkm-jatimulya': 2 } } }).capacity.defaultDaysPerMonth; // 1
 * @throws AppError `CONFIG_INVALID` naming the offending paths.
 */
export function parsePuslingConfig(override: unknown, base: PuslingConfig = DEFAULT_PUSLING_CONFIG): PuslingConfig {
  const o = (override ?? {}) as Partial<Record<keyof PuslingConfig, Record<string, unknown>>> & Record<string, unknown>;
  if (typeof o !== 'object' || Array.isArray(o)) throw new AppError('CONFIG_INVALID', 'The Pusling config must be an object.');
  const ranking = (o.ranking ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const merged = {
    ...base,
    ...o,
    capacity: { ...base.capacity, ...o.capacity },
    ranking: {
      ...base.ranking,
      ...ranking,
      weights: { ...base.ranking.weights, ...ranking.weights },
      caps: { ...base.ranking.caps, ...ranking.caps },
    },
  };
  const parsed = puslingConfigSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new AppError('CONFIG_INVALID', `Pusling config is invalid: ${issues.join('; ')}`, { issues });
}
