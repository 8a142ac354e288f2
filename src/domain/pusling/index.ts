/**
 * Pusling (puskesmas keliling) visit requests: creation, puskesmas decisions with monthly
 * capacity, ranking by need, and the rule that a parent's call for help goes to the kader.
 *
 * @example
 * import { requestPusling, decidePuslingRequest, rankRequests } from './domain/pusling/index.js';
 */
export * from './config.js';
export * from './request.js';
export * from './access.js';
export * from './capacity.js';
export * from './request-actions.js';
export * from './ranking.js';
export * from './parent-help.js';
export * from './notices.js';
