import type { z } from 'zod';
import { AppError } from '../shared/errors.js';
import type { Json } from './definition/types.js';
import type { ActionContext, ActionOutcome } from './types.js';

/** The arguments an action takes: an object schema, so loading can check a step's argument names. */
export type ArgsSchema = z.ZodObject;

/** The arguments as the engine resolved them from the step, before the action's schema read them. */
export type RawArgs = Readonly<Record<string, Json>>;

/** What loading a flow needs to know of an action: the arguments it takes and the results it gives. */
export interface ActionSignature {
  readonly name: string;
  readonly args: ArgsSchema;
  readonly results: readonly string[];
}

/** The actions loading may check a flow against, by name. */
export interface ActionCatalog {
  signature(name: string): ActionSignature | undefined;
}

/**
 * An action as the registry holds it: its signature, and `invoke`, which reads the resolved
 * arguments with the schema and runs the action on them. A value that does not fit the schema
 * throws a `VALIDATION_FAILED` error naming the argument (never its value), which the engine
 * answers like any failed action.
 */
export interface DeclaredAction extends ActionSignature {
  invoke(context: ActionContext<RawArgs>): Promise<ActionOutcome>;
}

/** What `run` is given and may return, for an action with these arguments and results. */
export type ActionRun<Args extends ArgsSchema, Result extends string> = (
  context: ActionContext<z.output<Args>>,
) => Promise<ActionOutcome<Result>> | ActionOutcome<Result>;

/** A declared action: the registry's form, plus its typed `run` (tests call it directly). */
export interface ActionDeclaration<Args extends ArgsSchema, Result extends string> extends DeclaredAction {
  readonly args: Args;
  readonly results: readonly Result[];
  readonly run: ActionRun<Args, Result>;
}

/**
 * Declares a named action: the only way a flow reaches the app. `run` receives the arguments as
 * the schema parsed them, and may only return one of the declared `results` (anything else is a
 * type error); loading checks every flow step's arguments and `on:` results against the declaration.
 *
 * @example
 * const check = defineAction({
 *   name: 'age.check',
 *   args: z.object({ months: z.number() }),
 *   results: ['baby', 'child'] as const,
 *   run: ({ args }) => ({ result: args.months < 12 ? 'baby' : 'child' }),
 * });
 */
export function defineAction<Args extends ArgsSchema, const Result extends string>(declaration: {
  name: string;
  args: Args;
  results: readonly Result[];
  run: ActionRun<Args, NoInfer<Result>>;
}): ActionDeclaration<Args, NoInfer<Result>> {
  const { name, args, results, run } = declaration;
  return {
    name,
    args,
    results,
    run,
    async invoke(context) {
      const parsed = args.safeParse(context.args);
      if (!parsed.success) throw argumentsError(name, parsed.error);
      return run({ ...context, args: parsed.data });
    },
  };
}

function argumentsError(action: string, error: z.ZodError): AppError {
  // Messages and paths only: argument values are a person's answers.
  const problems = error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
  return new AppError('VALIDATION_FAILED', `Action "${action}" was given arguments it cannot take: ${problems.join('; ')}. Fix the flow step's args.`, { action, problems });
}

/**
 * Every action flows may call, by unique name. Building it fails when two actions share a name, so
 * one cannot silently replace another.
 *
 * @example
 * const actions = new ActionRegistry([check]);
 * await actions.invoke('age.check', { contact, vars: {}, args: { months: 8 }, now, translate }); // { result: 'baby' }
 */
export class ActionRegistry implements ActionCatalog {
  private readonly byName = new Map<string, DeclaredAction>();

  constructor(actions: readonly DeclaredAction[]) {
    for (const action of actions) {
      if (this.byName.has(action.name)) throw new AppError('CONFLICT', `Two actions are named "${action.name}"; give one another name.`, { action: action.name });
      this.byName.set(action.name, action);
    }
  }

  signature(name: string): ActionSignature | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  all(): DeclaredAction[] {
    return [...this.byName.values()];
  }

  /** Runs the named action on the step's resolved arguments; throws when it is unknown or the arguments do not fit. */
  async invoke(name: string, context: ActionContext<RawArgs>): Promise<ActionOutcome> {
    const action = this.byName.get(name);
    if (!action) throw new AppError('ACTION_NOT_FOUND', `Action "${name}" is not registered; declare it or fix the flow.`, { action: name });
    return action.invoke(context);
  }
}
