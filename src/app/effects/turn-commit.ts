import type { AppEffect, AppEffectType, CommitContext, EffectHandler, EffectHandlers } from './app-effect.js';

/**
 * The one place a turn's effects change stored state: each effect goes to its feature's handlers, in
 * the order the turn produced them. Every handler is idempotent by the effect's id, so the commit of a
 * redelivered turn applies the same effects again and changes nothing.
 *
 * @example
 * const commit = new TurnCommit(growthHandlers(deps, translate), escalationHandlers(deps), engineHandlers(deps));
 * await commit.apply(effects, { contactId: 'c_1', now, erased: false });
 */
export class TurnCommit {
  readonly handlers: EffectHandlers;

  /** Tables of several features are joined; for one effect type, earlier tables' handlers run first. */
  constructor(...tables: EffectHandlers[]) {
    const joined: Partial<Record<AppEffectType, ReadonlyArray<EffectHandler<never>>>> = {};
    for (const table of tables) {
      for (const [type, list] of Object.entries(table) as Array<[AppEffectType, ReadonlyArray<EffectHandler<never>>]>) joined[type] = [...(joined[type] ?? []), ...list];
    }
    this.handlers = joined as EffectHandlers;
  }

  async apply(effects: readonly AppEffect[], turn: CommitContext): Promise<void> {
    for (const effect of effects) {
      const list = (this.handlers[effect.type] ?? []) as ReadonlyArray<EffectHandler<typeof effect>>;
      for (const handle of list) await handle(effect, turn);
    }
  }
}
