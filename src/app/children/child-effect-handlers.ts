import { AppError } from '../../shared/errors.js';
import type { EffectHandlers } from '../effects/app-effect.js';
import type { ChildStore } from './child-ports.js';

/**
 * Applies the children's effects: `child.register` inserts the child under its id unless it is there;
 * `child.link` adds the caregiver to a set. Both change nothing the second time.
 *
 * @example
 * const commit = new TurnCommit(childHandlers({ children }), …);
 */
export function childHandlers(deps: { children: Pick<ChildStore, 'insert' | 'get' | 'addCaregiver'> }): EffectHandlers {
  return {
    'child.register': [
      async ({ child }) => {
        if ((await deps.children.insert(child)) || (await deps.children.get(child._id))) return;
        // The code was free when the turn read it; another turn took it since (about one in a billion).
        throw new AppError('CONFLICT', `Child code taken between the turn and its commit; the turn is retried and set aside if it keeps failing.`, { child: child._id });
      },
    ],
    'child.link': [async (effect, turn) => deps.children.addCaregiver(effect.childId, turn.contactId)],
  };
}
