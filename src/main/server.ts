import { runRole } from './run-role.js';

/** Production entry: the HTTP server (webhooks, simulator, admin). Workers run in `worker.ts`. */
await runRole({ role: 'server' });
