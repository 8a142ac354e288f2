import type { FlowDefinition, LoadedFlow } from '../engine/index.js';
import { isDuplicateKey } from './connect.js';
import type { Models } from './store.js';

/** Keeps every flow revision that ran, so a session pinned to one can finish after the file changed. */
export class FlowRevisionsRepository {
  constructor(private readonly models: Models) {}

  async remember(flows: readonly LoadedFlow[], at: Date): Promise<void> {
    for (const flow of flows) {
      try {
        await this.models.flowRevisions.create({
          _id: `${flow.definition.id}@${flow.revision}`,
          flowId: flow.definition.id,
          revision: flow.revision,
          definition: flow.definition,
          firstLoadedAt: at,
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  async history(): Promise<Array<{ revision: string; definition: FlowDefinition }>> {
    const docs = await this.models.flowRevisions.find({}, { revision: 1, definition: 1 }).lean();
    return docs.map((d) => ({ revision: d.revision, definition: d.definition }));
  }
}
