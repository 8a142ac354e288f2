import { pseudonym, type Logger } from '../../shared/logger.js';
import type { TimeoutScheduler } from '../messages/conversation-ports.js';
import type { EffectHandlers } from './app-effect.js';

/**
 * The engine's own effects at the commit: a question's timeout is scheduled (job id = its token, so
 * twice is once), events are logged. Opting in or out changes the contact: `contactHandlers` sets it.
 *
 * @example
 * const commit = new TurnCommit(engineHandlers({ timeouts, log, logSecret }), …);
 */
export function engineHandlers(deps: { timeouts: TimeoutScheduler; log: Logger; logSecret: string }): EffectHandlers {
  return {
    schedule_timeout: [
      async (effect, turn) => {
        if (!turn.erased) await deps.timeouts.schedule({ contactId: turn.contactId, token: effect.token }, new Date(effect.at), turn.now);
      },
    ],
    event: [async (effect, turn) => deps.log.info({ contact: pseudonym(deps.logSecret, turn.contactId), event: effect.name, ...safeData(effect.data) }, 'conversation event')],
  };
}

/** Event data names flows, steps, keywords and errors only; this keeps it that way in logs. */
function safeData(data: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!data) return {};
  const allowed = ['flow', 'step', 'keyword', 'action', 'result', 'error'];
  return Object.fromEntries(Object.entries(data).filter(([k]) => allowed.includes(k)));
}
