import type { EngineEffect, TurnEffect } from '../../engine/index.js';
import type { ChildEffect } from '../children/child-effects.js';
import type { ContactEffect } from '../contacts/contact-effects.js';
import type { BroadcastEffect } from '../broadcast/broadcast-effects.js';
import type { EscalationEffect } from '../escalation/alert-effects.js';
import type { GrowthEffect } from '../growth/growth-effects.js';
import type { ImmunisationEffect } from '../immunisation/immunisation-effects.js';
import type { ScreeningEffect } from '../screening/screening-effects.js';
import type { PuslingEffect } from '../pusling/pusling-effects.js';
import type { PregnancyEffect } from '../pregnancy/pregnancy-effects.js';
import type { CorrectionEffect } from '../rights/correction-effects.js';
import type { ParentRequestEffect } from '../escalation/parent-help-effects.js';
import type { ScheduleEffect } from '../schedule/schedule-effects.js';
import type { StaffAccessEffect } from '../rights/staff-access-effects.js';

/**
 * Every effect a turn may return, one union: the engine's own and each feature's. A feature that moves
 * its writes out of its actions adds its effect types here and its handlers to the commit.
 *
 * @example
 * const effect: AppEffect = { type: 'schedule_timeout', token: 'c_1:1', at: '2026-03-10T02:00:00.000Z' };
 */
export type AppEffect =
  | EngineEffect
  | GrowthEffect
  | EscalationEffect
  | ContactEffect
  | ChildEffect
  | ImmunisationEffect
  | ScreeningEffect
  | PuslingEffect
  | PregnancyEffect
  | CorrectionEffect
  | BroadcastEffect
  | ScheduleEffect
  | ParentRequestEffect
  | StaffAccessEffect;
export type AppEffectType = AppEffect['type'];

/** What every handler may know of the turn being committed. */
export interface CommitContext {
  contactId: string;
  /** The turn's reference: a message turn's inbound id, which its replies answer. */
  ref?: string;
  /** The commit's clock; an effect's own times travel in the effect, so a replay writes the same. */
  now: Date;
  /** The contact's data was erased in this turn: nothing is scheduled for them any more. */
  erased: boolean;
}

/** Applies one effect; must change nothing when the same effect (same id) is applied again. */
export type EffectHandler<E extends AppEffect> = (effect: E, turn: CommitContext) => Promise<void>;

/** Each effect type's handlers, run in order (a measurement is stored before escalation reads it). */
export type EffectHandlers = { readonly [T in AppEffectType]?: ReadonlyArray<EffectHandler<Extract<AppEffect, { type: T }>>> };

const ENGINE_TYPES: ReadonlySet<string> = new Set<EngineEffect['type']>(['schedule_timeout', 'opt_out', 'opt_in', 'event']);

/** The effects of a turn as the app's union; an effect of a type nothing handles is an error, never dropped. */
export function appEffects(effects: readonly TurnEffect[], handlers: EffectHandlers): AppEffect[] {
  return effects.map((effect) => {
    if (ENGINE_TYPES.has(effect.type) || effect.type in handlers) return effect as AppEffect;
    throw new Error(`effect ${effect.type} has no handler: add one to the turn commit (src/app/effects/turn-commit.ts)`);
  });
}
