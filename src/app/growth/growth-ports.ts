import type { ChildStore } from '../children/child-ports.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { MediaStore } from '../messages/media-store.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * What growth conversations read: children and their measurements, who is asking, and the registry
 * for access. Growth actions hold nothing else, so they cannot write; in-memory read models stand in
 * for the stores in engine-level transcripts.
 *
 * @example
 * const reads: GrowthReads = { children: deps.children, contacts: deps.contacts, registry: deps.registry };
 */
export interface GrowthReads {
  children: Pick<ChildStore, 'get' | 'ofCaregiver' | 'ofPosyandu' | 'measurements'>;
  contacts: Pick<ContactStore, 'get'>;
  registry: Pick<RegistryStore, 'personByPhone' | 'posyandu'>;
}

/** What applying growth effects writes: measurements (upserted by id) and chart images. */
export interface GrowthWrites {
  children: Pick<ChildStore, 'insertMeasurement' | 'supersede'>;
  media: MediaStore;
}
