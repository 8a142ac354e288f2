import { childHandlers } from '../children/child-effect-handlers.js';
import { contactHandlers } from '../contacts/contact-effect-handlers.js';
import { broadcastHandlers } from '../broadcast/broadcast-effect-handlers.js';
import { escalationHandlers } from '../escalation/escalation-effects.js';
import { growthHandlers } from '../growth/growth-effect-handlers.js';
import { immunisationHandlers } from '../immunisation/immunisation-effect-handlers.js';
import { puslingHandlers } from '../pusling/pusling-effect-handlers.js';
import type { AppDeps } from '../ports.js';
import { screeningHandlers } from '../screening/screening-effect-handlers.js';
import { pregnancyHandlers } from '../pregnancy/pregnancy-effect-handlers.js';
import { correctionHandlers } from '../rights/correction-effect-handlers.js';
import { engineHandlers } from './engine-effect-handlers.js';
import { TurnCommit } from './turn-commit.js';

/**
 * The conversation's commit with every feature's handlers; a feature that moves its writes onto
 * effects adds its table here. Order matters within one effect type: growth stores a measurement
 * before escalation evaluates it.
 *
 * @example
 * await turnCommit(deps).apply(effects, { contactId, now, erased: false });
 */
export function turnCommit(
  deps: Pick<
    AppDeps,
    'timeouts' | 'log' | 'logSecret' | 'children' | 'media' | 'growthEvents' | 'engine' | 'escalation' | 'clock' | 'immunisations' | 'screenings' | 'contacts' | 'messages' | 'sends' | 'channels' | 'sessions' | 'pusling' | 'puslingJobs' | 'pregnancies' | 'broadcasts'
  >,
): TurnCommit {
  return new TurnCommit(
    engineHandlers(deps),
    growthHandlers(deps, deps.engine.translate),
    escalationHandlers(deps),
    contactHandlers(deps),
    childHandlers(deps),
    immunisationHandlers(deps),
    screeningHandlers(deps),
    puslingHandlers(deps),
    pregnancyHandlers(deps),
    correctionHandlers(deps),
    broadcastHandlers(deps),
  );
}
