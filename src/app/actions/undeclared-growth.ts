import { z } from 'zod';
import type { Action, DeclaredAction } from '../../engine/index.js';
import { AppError } from '../../shared/errors.js';
import { growthActions } from './growth-actions.js';

/** The arguments and results an undeclared action is known to use, so flows calling it are still checked. */
interface KnownContract {
  args: readonly string[];
  results: readonly string[];
}

/**
 * TRANSITION ONLY, remove when `growth-actions.ts` is declared with `defineAction`: the growth
 * actions are being rewritten to return typed effects, so they keep their old form for now. Their
 * arguments and results are written down here, read from the code, so loading checks flows against
 * them like any declared action; at run time their arguments are passed on unread, as before.
 */
const GROWTH_CONTRACTS: Readonly<Record<string, KnownContract>> = {
  'growth.my_children': { args: [], results: ['none', 'one', 'many'] },
  'growth.pick_child': { args: ['childId'], results: ['ok', 'denied'] },
  'growth.posyandu_children': { args: [], results: ['some', 'none', 'denied'] },
  'growth.find_child': { args: ['text', 'items'], results: ['found', 'not_found', 'ambiguous', 'done', 'list'] },
  'growth.read_values': { args: ['text', 'tries'], results: ['ok', 'problem', 'gave_up'] },
  'growth.child_named': { args: ['text', 'items'], results: ['found', 'none'] },
  'growth.forget_trigger': { args: [], results: ['ok'] },
  'growth.today': { args: [], results: ['ok'] },
  'growth.position_needed': { args: ['birthDate', 'values', 'date'], results: ['ask', 'known'] },
  'growth.apply_position': { args: ['values', 'position'], results: ['ok'] },
  'growth.record': { args: ['childId', 'values', 'date'], results: ['saved', 'confirm', 'invalid', 'denied'] },
  'growth.apply_confirmation': { args: ['values', 'pending', 'answer'], results: ['retry', 'again'] },
  'growth.history': { args: ['childId'], results: ['some', 'none', 'denied'] },
  'growth.charts': { args: ['childId'], results: ['ok', 'none'] },
};

function undeclared(name: string, action: Action, contract: KnownContract): DeclaredAction {
  const args = z.object(Object.fromEntries(contract.args.map((arg) => [arg, z.json().optional()])));
  return { name, args, results: contract.results, invoke: async (context) => action(context) };
}

/**
 * The growth actions in the registry's form. An action without a written contract stops start-up,
 * so one added in the old form cannot slip past the flow checks.
 *
 * @example
 * new ActionRegistry([...declaredActions, ...undeclaredGrowthActions(deps)]);
 */
export function undeclaredGrowthActions(deps: Parameters<typeof growthActions>[0]): DeclaredAction[] {
  return Object.entries(growthActions(deps)).map(([name, action]) => {
    const contract = GROWTH_CONTRACTS[name];
    if (!contract) throw new AppError('ACTION_NOT_FOUND', `Growth action "${name}" has no contract in undeclared-growth.ts; declare it with defineAction.`, { action: name });
    return undeclared(name, action, contract);
  });
}
