import { childHandlers } from '../children/child-effect-handlers.js';
import { contactHandlers } from '../contacts/contact-effect-handlers.js';
import { broadcastHandlers } from '../broadcast/broadcast-effect-handlers.js';
import { escalationHandlers } from '../escalation/escalation-effects.js';
import { growthHandlers } from '../growth/growth-effect-handlers.js';
import { immunisationHandlers } from '../immunisation/immunisation-effect-handlers.js';
import { puslingHandlers } from '../pusling/pusling-effect-handlers.js';
import { screeningHandlers } from '../screening/screening-effect-handlers.js';
import { pregnancyHandlers } from '../pregnancy/pregnancy-effect-handlers.js';
import { parentHelpHandlers } from '../escalation/parent-help-effects.js';
import { scheduleHandlers } from '../schedule/schedule-effect-handlers.js';
import { correctionHandlers } from '../rights/correction-effect-handlers.js';
import { staffAccessHandlers } from '../rights/staff-access-effect-handlers.js';
import { engineHandlers } from './engine-effect-handlers.js';
import { TurnCommit } from './turn-commit.js';
import type { EngineAssets } from '../../engine/index.js';

/**
 * The conversation's commit with every feature's handlers; a feature that moves its writes onto
 * effects adds its table here. Order matters within one effect type: growth stores a measurement
 * before escalation evaluates it.
 *
 * @example
 * await turnCommit(deps).apply(effects, { contactId, now, erased: false });
 */
/** What the commit writes through: every feature handler's own declared ports, together. */
export type CommitDeps = Parameters<typeof engineHandlers>[0] &
  Parameters<typeof growthHandlers>[0] & { engine: Pick<EngineAssets, 'translate'> } &
  Parameters<typeof escalationHandlers>[0] &
  Parameters<typeof contactHandlers>[0] &
  Parameters<typeof childHandlers>[0] &
  Parameters<typeof immunisationHandlers>[0] &
  Parameters<typeof screeningHandlers>[0] &
  Parameters<typeof puslingHandlers>[0] &
  Parameters<typeof pregnancyHandlers>[0] &
  Parameters<typeof correctionHandlers>[0] &
  Parameters<typeof broadcastHandlers>[0] &
  Parameters<typeof scheduleHandlers>[0] &
  Parameters<typeof staffAccessHandlers>[0] &
  Omit<Parameters<typeof parentHelpHandlers>[0], 'translate'>;

export function turnCommit(deps: CommitDeps): TurnCommit {
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
    scheduleHandlers(deps),
    staffAccessHandlers(deps),
    parentHelpHandlers({ ...deps, translate: deps.engine.translate }),
  );
}
