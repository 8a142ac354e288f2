import { readFileSync } from 'node:fs';
import type { Worker } from 'bullmq';
import { AlertDeadlines } from '../app/escalation/alert-deadlines.js';
import type { EscalationDeps } from '../app/escalation/escalation-deps.js';
import { LurahDigestService } from '../app/escalation/lurah-digest-service.js';
import { MeasurementEscalation } from '../app/escalation/measurement-escalation.js';
import type { EscalationPorts, PuslingDigestSource } from '../app/escalation/escalation-ports.js';
import type { GrowthEvents } from '../app/growth/growth-events.js';
import type { Env } from '../config/env.js';
import { DEFAULT_ESCALATION_RULES, escalationRulesFromYaml, type EscalationRules } from '../domain/escalation/index.js';
import { RedisLock } from '../queues/escalation-lock.js';
import { EscalationQueue, startEscalationWorker } from '../queues/escalation-queue.js';
import type { Redis } from '../queues/redis.js';
import { AppError, isAppError } from '../shared/errors.js';
import { AlertAuditRepository } from '../store/alert-audit-repository.js';
import { AlertRepository } from '../store/alert-repository.js';
import { EpisodeRepository } from '../store/episode-repository.js';
import { EscalationDecisionRepository } from '../store/escalation-decision-repository.js';
import type { Models } from '../store/store.js';

/**
 * The escalation rules in force: the defaults, overridden by `ESCALATION_RULES_FILE` when set. A
 * missing or invalid file stops start-up with the file name and what is wrong.
 *
 * @example
 * loadEscalationRules({ ESCALATION_RULES_FILE: 'config/escalation.yaml' }).conditions.haz_falling.enabled;
 */
export function loadEscalationRules(env: Pick<Env, 'ESCALATION_RULES_FILE'>): EscalationRules {
  const file = env.ESCALATION_RULES_FILE;
  if (!file) return DEFAULT_ESCALATION_RULES;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `ESCALATION_RULES_FILE: cannot read ${file}; fix the path or unset the variable.`, { variable: 'ESCALATION_RULES_FILE' }, { cause });
  }
  try {
    return escalationRulesFromYaml(text);
  } catch (error) {
    if (isAppError(error)) throw new AppError('CONFIG_INVALID', `ESCALATION_RULES_FILE ${file}: ${error.message}`, { variable: 'ESCALATION_RULES_FILE', ...error.context }, { cause: error });
    throw error;
  }
}

/** What escalation uses of the rest of the app: the outbox, the registry and children, a translator. */
export type EscalationRuntimeDeps = Omit<EscalationDeps, 'escalation'>;

/**
 * The escalation feature: its adapters (repositories, Redis lock, queue), the growth hook built on
 * them, and its worker. Built whole from the stores it reads, so nothing is bound later.
 *
 * @example
 * const escalation = new EscalationRuntime({ env, models, redis, pusling: { ofKelurahan: async (id) => pusling.ofKelurahan(id) }, deps: { ...outbox, ids, registry, children, childAccess, translate } });
 * const commit = turnCommit({ …, escalation: escalation.ports, growthEvents: escalation.growthEvents });
 */
export class EscalationRuntime {
  readonly queue: EscalationQueue;
  readonly ports: EscalationPorts;
  readonly growthEvents: GrowthEvents;
  private readonly deps: EscalationDeps;

  constructor(private readonly options: { env: Env; models: Models; redis: Redis; pusling: PuslingDigestSource; deps: EscalationRuntimeDeps }) {
    const { env, models, redis } = options;
    this.queue = new EscalationQueue(redis, env.QUEUE_PREFIX);
    this.ports = {
      episodes: new EpisodeRepository(models),
      decisions: new EscalationDecisionRepository(models),
      alerts: new AlertRepository(models),
      audit: new AlertAuditRepository(models),
      jobs: this.queue,
      locks: new RedisLock(redis, env.QUEUE_PREFIX),
      rules: loadEscalationRules(env),
      pusling: options.pusling,
      digest: { zone: env.DEFAULT_TIMEZONE, unit: env.LURAH_DIGEST_PERIOD },
    };
    this.deps = { ...options.deps, escalation: this.ports };
    this.growthEvents = new MeasurementEscalation(this.deps);
  }

  /** Deadline, notification, sweep and digest jobs; the repeating ones are (re)scheduled here. */
  start(): Worker {
    const deps = this.deps;
    const deadlines = new AlertDeadlines(deps);
    const digests = new LurahDigestService(deps);
    const { env } = this.options;
    void this.queue
      .scheduleRepeating({ sweepEveryMinutes: env.ESCALATION_SWEEP_MINUTES, digestCron: env.LURAH_DIGEST_CRON, zone: env.DEFAULT_TIMEZONE })
      .catch((error: unknown) => deps.log.error({ err: error }, 'escalation: repeating jobs not scheduled'));
    return startEscalationWorker({
      connection: this.options.redis,
      prefix: env.QUEUE_PREFIX,
      handlers: {
        deadline: async (alertId, level) => void (await deadlines.deadline(alertId, level)),
        notify: (alertId, familyAdvice) => deadlines.notifyOpened(alertId, familyAdvice),
        sweep: async () => void (await deadlines.sweep()),
        digest: async () => void (await digests.sendAll()),
      },
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
