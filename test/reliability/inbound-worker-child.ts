/**
 * An inbound worker in its own process, for the crash test to kill with SIGKILL mid-drain. Turns are
 * slowed a little so the kill lands in the middle of one contact's backlog; its beat is short, so the
 * restarted worker takes the contact the killed one held up again within seconds.
 *
 * Usage: node --import tsx test/reliability/inbound-worker-child.ts '<env json>' <mongoUri>
 */
import { loadEnv } from '../../src/config/env.js';
import { createContainer } from '../../src/main/container.js';
import { startTestInboundWorker } from './inbound-worker.js';

const env = loadEnv(JSON.parse(process.argv[2]!) as Record<string, string>);
const container = await createContainer({ env, mongoUri: process.argv[3]! });
startTestInboundWorker(container, 100);
process.stdout.write('ready\n');
