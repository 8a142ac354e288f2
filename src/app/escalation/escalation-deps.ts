import type { Translate } from '../../i18n/catalog.js';
import type { OutboxDeps } from '../outbound.js';
import type { IdGenerator } from '../../shared/ids.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ChildReads, ChildStore } from '../children/child-ports.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { Clock } from '../../shared/clock.js';
import type { EscalationPorts, EscalationReadPorts } from './escalation-ports.js';
import type { ChildAccessLog } from '../children/child-access.js';

/**
 * What the escalation use cases need: the shared stores, the escalation ports and a translator for
 * messages sent outside a conversation. Built before the engine exists (the growth hook and the flow
 * actions are wired before it), hence `translate` of its own.
 *
 * @example
 * const deps: EscalationDeps = { ...outbox, ids, registry, children, childAccess, escalation, translate: createTranslator(catalog) };
 */
export type EscalationDeps = OutboxDeps & { ids: IdGenerator; registry: RegistryStore; children: ChildStore; escalation: EscalationPorts; childAccess: ChildAccessLog; translate: Translate };

/**
 * What the escalation use cases of a turn read (the PERINGATAN list, an alert and what to do with it,
 * the lurah's digest on demand, a parent's call for help): no store, queue or lock that writes.
 *
 * @example
 * const desk = new AlertDesk({ clock, contacts, registry, children, escalation, translate });
 */
export type EscalationReads = { clock: Clock; contacts: ContactReads; registry: RegistryStore; children: ChildReads; escalation: EscalationReadPorts; translate: Translate };

/** Lets the family read the measurement result before the advice, and batches an alert's messages. */
export const NOTIFY_DELAY_MS = 1500;
