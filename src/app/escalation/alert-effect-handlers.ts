import { closeAlertForEpisode } from '../../domain/escalation/index.js';
import type { EscalationPorts } from '../ports.js';
import type { Clock } from '../../shared/clock.js';
import type { AlertOpenEffect, AlertResolveEffect, EpisodeKeepEffect, EscalationEffect } from './alert-effects.js';
import { auditEntry, saveAlertChange } from './alert-changes.js';
import { NOTIFY_DELAY_MS } from './escalation-deps.js';

type Deps = { escalation: EscalationPorts; clock: Clock };

/**
 * Applies one escalation effect. Each write is keyed by the effect's ids (episode and alert
 * inserted unless there, audit line and jobs named by the alert), and an alert already resolved
 * stays resolved, so applying an effect again changes nothing.
 *
 * @example
 * for (const effect of effects) await applyEscalationEffect({ escalation, clock }, effect);
 */
export async function applyEscalationEffect(deps: Deps, effect: EscalationEffect): Promise<void> {
  switch (effect.type) {
    case 'alert.open':
      return open(deps, effect);
    case 'alert.resolve':
      return resolve(deps, effect);
    case 'episode.keep':
      return keep(deps, effect);
  }
}

async function open({ escalation, clock }: Deps, { episode, alert, familyAdvice }: AlertOpenEffect): Promise<void> {
  await escalation.episodes.insert(episode);
  await escalation.alerts.insert(alert);
  await escalation.audit.record(auditEntry(alert, 0));
  if (alert.ackDueAt) await escalation.jobs.deadline(alert.id, alert.level, alert.ackDueAt, clock.now());
  await escalation.jobs.notify(alert.id, familyAdvice, NOTIFY_DELAY_MS);
}

async function resolve(deps: Deps, { episodeId, reason, closedAt }: AlertResolveEffect): Promise<void> {
  const { alerts, episodes, locks } = deps.escalation;
  await episodes.close(episodeId, closedAt, reason);
  for (const { id } of await alerts.ofEpisode(episodeId)) {
    await locks.withLock(`alert:${id}`, async () => {
      const alert = await alerts.get(id);
      if (!alert || alert.state === 'resolved') return;
      await saveAlertChange(deps, alert, closeAlertForEpisode(alert, reason, closedAt));
    });
  }
}

async function keep({ escalation }: Deps, { episodeId, lastSeenAt, lastAssessedAt, clearStreak }: EpisodeKeepEffect): Promise<void> {
  await escalation.episodes.keep(episodeId, { lastSeenAt, lastAssessedAt, clearStreak });
}
