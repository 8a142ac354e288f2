import { SPEC_VERSION } from './types.js';

type RawFlow = Record<string, unknown>;
type Migration = (flow: RawFlow) => RawFlow;

/**
 * One pure JSON → JSON function per spec version, from `n` to `n + 1`. Files written for an old spec
 * keep loading; `scripts/check-flows.ts --write` rewrites them at the current spec.
 */
const migrations: Record<number, Migration> = {
  // Spec 1 named the answer variable `var` and a send step's message `message`.
  1: (flow) => {
    const steps = (flow.steps ?? {}) as Record<string, Record<string, unknown>>;
    const migrated = Object.fromEntries(
      Object.entries(steps).map(([id, step]) => {
        const { var: saveAs, message, ...rest } = step;
        const next: Record<string, unknown> = { ...rest };
        if (step.type === 'ask' && saveAs !== undefined) next.save = saveAs;
        if (step.type === 'send' && message !== undefined) next.text = message;
        return [id, next];
      }),
    );
    return { ...flow, spec: 2, steps: migrated };
  },
};

/**
 * Brings a raw flow object to the current spec. Unknown or future specs are returned unchanged so
 * validation reports them with the file name.
 *
 * @example
 * migrateFlow({ spec: 1, id: 'x', version: 1, start: 'a', steps: { a: { type: 'send', message: 'k' } } }).spec; // 2
 */
export function migrateFlow(raw: RawFlow): RawFlow {
  let flow = raw;
  while (typeof flow.spec === 'number' && flow.spec < SPEC_VERSION) {
    const migrate = migrations[flow.spec];
    if (!migrate) break;
    flow = migrate(flow);
  }
  return flow;
}
