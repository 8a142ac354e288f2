/**
 * Stunting-risk escalation: conditions, episodes, alerts and their deadlines, who may see and act,
 * and what the lurah is told. Pure: callers store, send and schedule.
 *
 * @example
 * import { evaluateChild, openAlert, dueEscalations, DEFAULT_ESCALATION_RULES } from './domain/escalation/index.js';
 */
export * from './area.js';
export * from './assessment.js';
export * from './conditions.js';
export * from './detect.js';
export * from './rules.js';
export * from './rules-load.js';
export * from './episode.js';
export * from './evaluate-child.js';
export * from './alert.js';
export * from './alert-actions.js';
export * from './due-escalations.js';
export * from './access.js';
export * from './message.js';
export * from './alert-messages.js';
export * from './lurah-notice.js';
export * from './digest-period.js';
export * from './lurah-digest.js';
export * from './measurement-plan.js';
