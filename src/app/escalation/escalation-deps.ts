import type { Translate } from '../../i18n/catalog.js';
import type { AppDeps } from '../ports.js';

/**
 * What the escalation use cases need: the shared stores, the escalation ports and a translator for
 * messages sent outside a conversation. Built from `AppDeps` before the engine exists (the growth
 * hook and the flow actions are wired before it), hence `translate` of its own.
 *
 * @example
 * const deps: EscalationDeps = { ...appDeps, translate: createTranslator(catalog) };
 */
export type EscalationDeps = Pick<
  AppDeps,
  'clock' | 'ids' | 'log' | 'logSecret' | 'contacts' | 'registry' | 'children' | 'messages' | 'sends' | 'channels' | 'escalation' | 'childAccess'
> & { translate: Translate };

/** Lets the family read the measurement result before the advice, and batches an alert's messages. */
export const NOTIFY_DELAY_MS = 1500;
