import type { EffectHandlers } from '../effects/app-effect.js';
import type { ImmunisationStore } from './immunisation-ports.js';

/**
 * Applies `immunisation.record`: inserts each record under its id, then marks the records it corrects.
 * Both change nothing when applied again.
 *
 * @example
 * const commit = new TurnCommit(immunisationHandlers({ immunisations }), …);
 */
export function immunisationHandlers(deps: { immunisations: Pick<ImmunisationStore, 'insert' | 'supersede'> }): EffectHandlers {
  return {
    'immunisation.record': [
      async (effect) => {
        for (const record of effect.records) await deps.immunisations.insert(record);
        for (const [old, by] of effect.supersede) await deps.immunisations.supersede(old, by);
      },
    ],
  };
}
