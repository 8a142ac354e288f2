import { AppError } from '../shared/errors.js';
import type { FlowDefinition, LoadedFlow } from './definition/types.js';

/**
 * The flows the engine can run: the current revision of each, plus older revisions that sessions
 * still pin (the store keeps them), so a flow file can change under a waiting conversation.
 *
 * @example
 * const library = new FlowLibrary(loadFlows('flows', context));
 * library.current('onboarding').revision; // 'a1b2c3d4e5f6'
 */
export class FlowLibrary {
  private readonly latest = new Map<string, LoadedFlow>();
  private readonly byRevision = new Map<string, FlowDefinition>();

  constructor(flows: readonly LoadedFlow[], history: ReadonlyArray<{ revision: string; definition: FlowDefinition }> = []) {
    for (const old of history) this.byRevision.set(`${old.definition.id}@${old.revision}`, old.definition);
    for (const flow of flows) {
      this.latest.set(flow.definition.id, flow);
      this.byRevision.set(`${flow.definition.id}@${flow.revision}`, flow.definition);
    }
  }

  current(id: string): LoadedFlow {
    const flow = this.latest.get(id);
    if (!flow) throw new AppError('FLOW_NOT_FOUND', `No flow "${id}" is loaded; add flows/${id}.yaml.`, { flow: id });
    return flow;
  }

  has(id: string): boolean {
    return this.latest.has(id);
  }

  /** The definition a session pinned, or undefined when that revision is no longer known. */
  pinned(id: string, revision: string): FlowDefinition | undefined {
    return this.byRevision.get(`${id}@${revision}`);
  }

  all(): LoadedFlow[] {
    return [...this.latest.values()];
  }
}
