import { checkPlausibility, isoDayNumber, type Measure, type Measurement as DomainMeasurement } from '../../domain/growth/index.js';
import type { Child, Measurement, MeasurementSource } from '../children/child-records.js';
import { todayIn } from '../today.js';
import type { Asker } from '../contacts/asker.js';
import { canSeeChild } from './access.js';
import type { GrowthRecordEffect } from './growth-effects.js';
import type { GrowthReads } from './growth-ports.js';
import { assessVisit, type GrowthAssessment, type PastVisit, type VisitValues } from './assessment.js';
import { openIssues, type IssueField, type MeasurementIssue } from './issue-fields.js';
import { mergeSameDay, type ValueChange } from './same-day.js';
import { mergesWith, supersedePlan } from './supersede.js';

/** The visit's values (date YYYY-MM-DD: not before birth, not after today) and who vouches for them. */
export interface RecordMeasurementInput extends VisitValues {
  childId: string;
  source: MeasurementSource;
  /** The contact who typed it (the asker, when a turn plans it); may see the child, in the role `source` names. */
  recordedBy: string;
  /** `true` saves despite plausibility issues; a list confirms the issues of those values only. */
  confirmed?: boolean | readonly IssueField[];
}

export type RecordOutcome =
  /**
   * To be saved by applying `effect`; `changes`: values of the day given again with another number
   * (the earlier ones stay, superseded).
   */
  | { status: 'saved'; child: Child; measurement: Measurement; assessment: GrowthAssessment; changes: ValueChange[]; effect: GrowthRecordEffect }
  | { status: 'needs_confirmation'; child: Child; issues: MeasurementIssue[]; assessment: GrowthAssessment }
  | { status: 'denied' }
  | { status: 'invalid'; reason: 'no_values' | 'bad_date' | 'before_birth' | 'in_future' };

const ROLE_SOURCE: Record<string, MeasurementSource> = { parent: 'parent', kader: 'kader', puskesmas: 'puskesmas' };

/** A stored measurement as an earlier visit for the growth rules. */
export function pastVisit(m: Measurement): PastVisit {
  return { date: m.date, weightKg: m.weightKg, lengthCm: m.lengthCm, measure: m.measure };
}

/**
 * Growth use cases, read only: decide what a visit's report records (assessed, checked, with
 * provenance) and read a child's history, both behind the access rule. Recording is an effect the
 * turn's commit applies (`growth.record`); escalation hears of it there.
 *
 * @example
 * const outcome = await new GrowthService(reads).planMeasurement(asker, { childId: 'ch-budi', date: '2026-03-09',
 *   weightKg: 8.5, lengthCm: 72, source: 'parent' }, { id: 'ms_1', now });
 * if (outcome.status === 'saved') outcome.effect; // { type: 'growth.record', id: 'ms_1', … }
 */
export class GrowthService {
  constructor(private readonly deps: GrowthReads) {}

  /** The child when `asker` may see it, else null (unknown and forbidden look the same). */
  async childFor(asker: Asker | null, childId: string): Promise<Child | null> {
    const child = await this.deps.children.get(childId);
    if (!child) return null;
    return asker && (await canSeeChild(this.deps, asker.actor, child)) ? child : null;
  }

  /** The children of a kader's posyandu, by name; null for anyone who is not a kader. */
  async childrenOfMyPosyandu(asker: Asker | null): Promise<Child[] | null> {
    const actor = asker?.actor;
    if (actor?.role !== 'kader') return null;
    const lists = await Promise.all((actor.posyanduIds ?? []).map((id) => this.deps.children.ofPosyandu(id)));
    return lists.flat().sort((a, b) => a.name.localeCompare(b.name));
  }

  /** A child's measurements in force (not superseded), oldest first, or null without access. */
  async history(asker: Asker | null, childId: string): Promise<{ child: Child; measurements: Measurement[] } | null> {
    const child = await this.childFor(asker, childId);
    return child ? { child, measurements: await this.deps.children.measurements(child._id) } : null;
  }

  /**
   * What recording `input` for `asker` would do, reading only: `id` is the new measurement's (derived
   * from the turn), `now` the turn's clock (today for the date checks, the record's `createdAt`).
   */
  async planMeasurement(asker: Asker | null, report: Omit<RecordMeasurementInput, 'recordedBy'>, at: { id: string; now: Date }): Promise<RecordOutcome> {
    const child = await this.deps.children.get(report.childId);
    if (!asker) return { status: 'denied' };
    const input: RecordMeasurementInput = { ...report, recordedBy: asker.contact._id };
    if (!child || ROLE_SOURCE[asker.actor.role] !== input.source || !(await canSeeChild(this.deps, asker.actor, child))) {
      return { status: 'denied' };
    }
    const invalid = invalidReason(input, child, todayIn(at.now, asker.contact.timezone));
    if (invalid) return { status: 'invalid', reason: invalid };
    const stored = await this.deps.children.measurements(child._id);
    const earlier = stored.filter((m) => m.date < input.date);
    const typed: VisitValues = {
      date: input.date,
      ...(input.weightKg !== undefined ? { weightKg: input.weightKg } : {}),
      ...(input.lengthCm !== undefined ? { lengthCm: input.lengthCm } : {}),
      ...(input.measure !== undefined ? { measure: input.measure } : {}),
      ...(input.headCm !== undefined ? { headCm: input.headCm } : {}),
      ...(input.armCm !== undefined ? { armCm: input.armCm } : {}),
      oedema: input.oedema === true,
    };
    // A second report the same day completes that day's visit instead of replacing it.
    const sameDay = stored.filter((m) => m.date === input.date);
    const plan = supersedePlan(input.source, sameDay);
    const merged = mergeSameDay(typed, sameDay.filter((m) => plan.supersedes.includes(m._id) && mergesWith(input.source, m.source)));
    const visit = merged.visit;
    const confirmed = input.confirmed === true || [...new Set([...(Array.isArray(input.confirmed) ? input.confirmed : []), ...merged.confirmed])];
    const assessment = assessVisit(child, visit, earlier.map(pastVisit));
    const issues = openIssues(this.issues(child, visit, assessment, earlier.at(-1)), confirmed);
    if (issues.length) return { status: 'needs_confirmation', child, issues, assessment };

    const values = { ...input, ...visit, ...(input.confirmed === undefined && merged.confirmed.length === 0 ? {} : { confirmed }) };
    const measurement = measurementDoc({ id: at.id, child, input: values, assessment, supersededBy: plan.supersededBy, now: at.now });
    const effect: GrowthRecordEffect = { type: 'growth.record', id: at.id, measurement, supersedes: plan.supersedes };
    return { status: 'saved', child, measurement, assessment, changes: plan.supersededBy ? [] : merged.changes, effect };
  }

  private issues(child: Child, visit: VisitValues, assessment: GrowthAssessment, previous: Measurement | undefined): MeasurementIssue[] {
    const issues: MeasurementIssue[] = checkPlausibility(child, toDomain({ ...visit, ...(assessment.measure ? { measure: assessment.measure } : {}) }), previous && toDomain(previous));
    if (assessment.standingUnder9Months) issues.push({ code: 'standing_under_9_months' });
    return issues;
  }
}

/**
 * The stored record of a visit: values as typed, the position used, provenance, and the assessment
 * (2-decimal z-scores, the categories given to exactly those values, KMS status, BGM, warnings).
 *
 * @example
 * measurementDoc({ id: 'ms_1', child, input, assessment, supersededBy: null, now }).result.z; // { waz: -1.23, … }
 */
export function measurementDoc(args: {
  id: string;
  child: Child;
  input: Omit<RecordMeasurementInput, 'childId'>;
  assessment: GrowthAssessment;
  supersededBy: string | null;
  now: Date;
}): Measurement {
  const { id, child, input, assessment } = args;
  return {
    _id: id,
    childId: child._id,
    posyanduId: child.posyanduId,
    date: input.date,
    month: input.date.slice(0, 7),
    weightKg: input.weightKg ?? null,
    lengthCm: input.lengthCm ?? null,
    measure: assessment.measure,
    headCm: input.headCm ?? null,
    armCm: input.armCm ?? null,
    oedema: input.oedema === true,
    source: input.source,
    recordedBy: input.recordedBy,
    result: { ...assessment, confirmed: input.confirmed === undefined ? [] : input.confirmed },
    supersededBy: args.supersededBy,
    createdAt: args.now,
  };
}

type InvalidReason = Extract<RecordOutcome, { status: 'invalid' }>['reason'];

function invalidReason(input: RecordMeasurementInput, child: Child, today: string): InvalidReason | undefined {
  const values = [input.weightKg, input.lengthCm, input.headCm, input.armCm].filter((v) => v !== undefined);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v <= 0)) return 'no_values';
  const day = isoDayNumber(input.date);
  const birth = isoDayNumber(child.birthDate);
  if (day === undefined || birth === undefined) return 'bad_date';
  if (day < birth) return 'before_birth';
  return input.date > today ? 'in_future' : undefined;
}

/** Our visit (or a stored one) in the shape of the domain's plausibility check. */
function toDomain(v: { date: string; weightKg?: number | null; lengthCm?: number | null; measure?: Measure | null; headCm?: number | null; armCm?: number | null; oedema?: boolean }): DomainMeasurement {
  return {
    date: v.date,
    ...(v.weightKg != null ? { weightKg: v.weightKg } : {}),
    ...(v.lengthCm != null ? { lenheiCm: v.lengthCm } : {}),
    ...(v.measure != null ? { measure: v.measure } : {}),
    ...(v.headCm != null ? { headCm: v.headCm } : {}),
    ...(v.armCm != null ? { armCm: v.armCm } : {}),
    ...(v.oedema ? { oedema: true } : {}),
  };
}
