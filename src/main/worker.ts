import { runRole } from './run-role.js';

/** Production entry: the BullMQ workers (conversations, timeouts, sending, reminders, broadcasts). */
await runRole({ role: 'worker' });
