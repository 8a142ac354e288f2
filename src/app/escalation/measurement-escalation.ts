import { closeAlertForEpisode, evaluateChild, openAlert, SEVERITIES, type EpisodeDecision } from '../../domain/escalation/index.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import type { GrowthEvents } from '../ports.js';
import type { AlertRecord, Child, EpisodeRecord, Measurement } from '../records.js';
import { auditEntry, saveAlertChange } from './alert-changes.js';
import { areaOf, toChildAssessment } from './child-assessment.js';
import { NOTIFY_DELAY_MS, type EscalationDeps } from './escalation-deps.js';

/**
 * The growth hook: after every saved measurement, the child's episodes are evaluated against the
 * rules (under the child's lock, so two measurements of one child do not race), decisions are
 * stored, each new episode opens an alert (deadline job + notification job), and alerts of closed
 * or worsened episodes are resolved by the system. A failure is logged, never shown to the person
 * who typed the measurement: it is saved either way.
 *
 * @example
 * const growthEvents: GrowthEvents = new MeasurementEscalation(deps);
 */
export class MeasurementEscalation implements GrowthEvents {
  constructor(private readonly deps: EscalationDeps) {}

  async measurementRecorded(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<void> {
    try {
      await this.evaluate(child, measurement, assessment);
    } catch (error) {
      this.deps.log.error({ err: error, measurement: measurement._id }, 'escalation: the measurement could not be evaluated');
    }
  }

  /** Returns the alerts it opened. */
  async evaluate(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<AlertRecord[]> {
    // A report that a kader's measurement of the same day already replaced says nothing new.
    if (measurement.supersededBy !== null) return [];
    const area = areaOf(child, child.posyanduId ? await this.deps.registry.posyandu(child.posyanduId) : null);
    if (!area) return [];
    const input = toChildAssessment(child, measurement, assessment, area);
    const { episodes, locks, rules } = this.deps.escalation;
    return locks.withLock(`child:${child._id}`, async () => {
      const now = this.deps.clock.now();
      const decisions = evaluateChild(input, await episodes.openOf(child._id), rules, now);
      const opened: AlertRecord[] = [];
      for (const decision of decisions) {
        const alert = await this.apply(decision, now);
        if (alert) opened.push(alert);
      }
      // One measurement may open several alerts; the family hears only the most urgent advice.
      const advising = [...opened].filter((a) => a.familyAdvice).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
      for (const alert of opened) await this.deps.escalation.jobs.notify(alert.id, alert === advising, NOTIFY_DELAY_MS);
      return opened;
    });
  }

  private async apply(decision: EpisodeDecision, now: Date): Promise<AlertRecord | undefined> {
    const { episodes } = this.deps.escalation;
    switch (decision.kind) {
      case 'keep':
        await episodes.keep(decision.episodeId, { lastSeenAt: decision.lastSeenAt, lastAssessedAt: decision.lastAssessedAt, clearStreak: decision.clearStreak });
        return undefined;
      case 'close':
        await episodes.close(decision.episodeId, decision.closedAt, decision.reason);
        await this.closeAlerts(decision.episodeId, decision.reason, now);
        return undefined;
      case 'open': {
        const episode: EpisodeRecord = { ...decision.episode, id: this.deps.ids.next('ep') };
        await episodes.insert(episode);
        return this.openFor(episode, now);
      }
    }
  }

  private async openFor(episode: EpisodeRecord, now: Date): Promise<AlertRecord> {
    const { alerts, audit, jobs, rules } = this.deps.escalation;
    const alert: AlertRecord = { ...openAlert(episode, rules, now, this.deps.ids.next('al')), origin: 'episode', requestedBy: null, deliveries: [], updatedAt: now };
    await alerts.insert(alert);
    await audit.record(auditEntry(alert, 0));
    if (alert.ackDueAt) await jobs.deadline(alert.id, alert.level, alert.ackDueAt, now);
    return alert;
  }

  private async closeAlerts(episodeId: string, reason: 'recovered' | 'worsened', now: Date): Promise<void> {
    const { alerts, locks } = this.deps.escalation;
    for (const { id } of await alerts.ofEpisode(episodeId)) {
      await locks.withLock(`alert:${id}`, async () => {
        const alert = await alerts.get(id);
        if (!alert || alert.state === 'resolved') return;
        await saveAlertChange(this.deps, alert, closeAlertForEpisode(alert, reason, now));
      });
    }
  }
}
