/**
 * A broadcast worker in its own process, for the durability test to kill with SIGKILL. Every
 * hand-over to a send queue is also counted in Redis (`<prefix>:test-enqueues`).
 *
 * Usage: node --import tsx test/queues/broadcast-worker-child.ts '<env json>' <mongoUri> <now ISO>
 */
import { loadEnv } from '../../src/config/env.js';
import { createContainer } from '../../src/main/container.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startCountingBroadcastWorker } from './broadcast-worker-counting.js';

const env = loadEnv(JSON.parse(process.argv[2]!) as Record<string, string>);
const container = await createContainer({ env, mongoUri: process.argv[3]!, clock: fixedClock(new Date(process.argv[4]!)) });
startCountingBroadcastWorker(container);
process.stdout.write('ready\n');
