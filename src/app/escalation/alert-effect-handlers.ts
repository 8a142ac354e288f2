import { closeAlertForEpisode } from '../../domain/escalation/index.js';
import type { EscalationPorts } from './escalation-ports.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { AlertChangeEffect, AlertOpenEffect, AlertResolveEffect, EpisodeKeepEffect, EscalationEffect } from './alert-effects.js';
import { auditEntry, saveAlertChange } from './alert-changes.js';
import { NOTIFY_DELAY_MS } from './escalation-deps.js';

type Deps = { escalation: EscalationPorts; clock: Clock; log: Logger };

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
    case 'alert.change':
      return change(deps, effect);
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

/**
 * Under the alert's lock: the change is saved when the stored alert is still the one the turn read;
 * when its entry is stored already (applied before), the audit line and deadline job are made sure
 * of (both keyed, so twice is once); when someone else's change came first, it is logged and dropped.
 */
async function change(deps: Deps, { before, after }: AlertChangeEffect): Promise<void> {
  await deps.escalation.locks.withLock(`alert:${after.id}`, async () => {
    const stored = await deps.escalation.alerts.get(after.id);
    const entries = stored?.history.length ?? -1;
    if (entries === before.history.length) return saveAlertChange(deps, before, after);
    const last = stored?.history[after.history.length - 1];
    if (entries === after.history.length && last && new Date(last.at).getTime() === new Date(after.history.at(-1)!.at).getTime()) return saveAlertChange(deps, before, after, { stored: true });
    deps.log.warn({ alert: after.id }, 'alert: a chat action lost to a concurrent change and was not applied');
  });
}
