import type { ChildAssessment } from './assessment.js';
import { familyOf, isWorse, type ConditionCode, type ConditionFamily } from './conditions.js';
import { detectConditions, observeCondition } from './detect.js';
import type { Episode, EpisodeDecision, NewEpisode } from './episode.js';
import type { EscalationRules } from './rules.js';

/**
 * Decides what one assessment means for a child's open episodes. Rules, in order, per family:
 * - a more severe condition than the open one → close it (`worsened`) and open the new one, which
 *   alerts at its own severity and links back through `worsenedFrom`;
 * - enough consecutive clear measurements (rule `recovery.consecutiveClear`) → close (`recovered`);
 *   a milder condition of the family may then open as a new episode;
 * - otherwise keep it, whatever this measurement shows (a milder level does not close it: a
 *   severely stunted child measured at −2.5 stays in the severe episode until haz ≥ −2);
 * - a detected condition with no open episode in its family → open.
 * Disabled conditions never open; their open episodes still close on recovery. An assessment not
 * newer than what the episodes have already seen is ignored, so re-running one is harmless.
 *
 * @example
 * const decisions = evaluateChild(assessment, openEpisodes, DEFAULT_ESCALATION_RULES, clock.now());
 * // [{ kind: 'keep', episodeId: 'ep-1', ... }, { kind: 'open', episode: { condition: 'wasting', ... } }]
 */
export function evaluateChild(
  assessment: ChildAssessment,
  openEpisodes: readonly Episode[],
  rules: EscalationRules,
  now: Date,
): EpisodeDecision[] {
  const open = openEpisodes.filter((e) => e.closedAt === undefined && e.childId === assessment.childId);
  const measuredAt = assessment.measuredAt;
  if (open.some((e) => e.lastAssessedAt.getTime() >= measuredAt.getTime())) return [];

  const detected = new Map<ConditionFamily, ConditionCode>(detectConditions(assessment).map((c) => [familyOf(c), c]));
  const decisions: EpisodeDecision[] = [];
  const settled = new Set<ConditionFamily>();

  for (const episode of open) {
    const family = familyOf(episode.condition);
    const found = detected.get(family);
    if (found !== undefined && isWorse(found, episode.condition) && rules.conditions[found].enabled) {
      decisions.push({ kind: 'close', episodeId: episode.id, reason: 'worsened', closedAt: now, supersededBy: found });
      decisions.push({ kind: 'open', episode: newEpisode(assessment, found, rules, now, episode) });
      settled.add(family);
      continue;
    }
    const observation = observeCondition(episode.condition, assessment);
    const clearStreak =
      observation === 'clear' ? episode.clearStreak + 1 : observation === 'present' ? 0 : episode.clearStreak;
    if (clearStreak >= rules.conditions[episode.condition].recovery.consecutiveClear) {
      decisions.push({ kind: 'close', episodeId: episode.id, reason: 'recovered', closedAt: now });
      continue;
    }
    settled.add(family);
    decisions.push({
      kind: 'keep',
      episodeId: episode.id,
      observed: observation === 'present' ? (found ?? episode.condition) : null,
      lastSeenAt: observation === 'present' ? measuredAt : episode.lastSeenAt,
      lastAssessedAt: measuredAt,
      clearStreak,
    });
  }

  for (const [family, condition] of detected) {
    if (settled.has(family) || !rules.conditions[condition].enabled) continue;
    decisions.push({ kind: 'open', episode: newEpisode(assessment, condition, rules, now) });
  }
  return decisions;
}

function newEpisode(
  assessment: ChildAssessment,
  condition: ConditionCode,
  rules: EscalationRules,
  now: Date,
  previous?: Episode,
): NewEpisode {
  return {
    childId: assessment.childId,
    condition,
    severity: rules.conditions[condition].severity,
    area: assessment.area,
    openedAt: now,
    lastSeenAt: assessment.measuredAt,
    lastAssessedAt: assessment.measuredAt,
    clearStreak: 0,
    ...(previous ? { worsenedFrom: { episodeId: previous.id, condition: previous.condition } } : {}),
  };
}
