/**
 * A broadcast worker in its own process, for the durability test to kill with SIGKILL. Every
 * hand-over to a send queue is also counted in Redis (`<prefix>:test-enqueues`).
 *
 * Usage: node --import tsx test/queues/broadcast-worker-child.ts '<env json>' <mongoUri>
 */
import { loadEnv } from '../../src/config/env.js';
import { createContainer } from '../../src/main/container.js';
import { startCountingBroadcastWorker } from './broadcast-worker-counting.js';

const env = loadEnv(JSON.parse(process.argv[2]!) as Record<string, string>);
const container = await createContainer({ env, mongoUri: process.argv[3]! });
startCountingBroadcastWorker(container);
process.stdout.write('ready\n');
