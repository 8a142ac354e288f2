import { childHandlers } from '../children/child-effect-handlers.js';
import { contactHandlers } from '../contacts/contact-effect-handlers.js';
import { escalationHandlers } from '../escalation/escalation-effects.js';
import { growthHandlers } from '../growth/growth-effect-handlers.js';
import type { AppDeps } from '../ports.js';
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
export function turnCommit(deps: Pick<AppDeps, 'timeouts' | 'log' | 'logSecret' | 'children' | 'media' | 'growthEvents' | 'engine' | 'contacts' | 'messages' | 'sessions' | 'escalation'>): TurnCommit {
  return new TurnCommit(engineHandlers(deps), growthHandlers(deps, deps.engine.translate), escalationHandlers(deps), contactHandlers(deps), childHandlers(deps), correctionHandlers(deps));
}
