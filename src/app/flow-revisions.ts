import type { FlowDefinition, LoadedFlow } from '../engine/index.js';

/** Every flow revision ever loaded, so a session started on an older one resumes on it. */
export interface FlowRevisionStore {
  remember(flows: readonly LoadedFlow[], at: Date): Promise<void>;
  history(): Promise<Array<{ revision: string; definition: FlowDefinition }>>;
}
