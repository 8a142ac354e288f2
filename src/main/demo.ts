import { demoPersonas } from './demo-data.js';
import { ensureEmbeddedMongoBinary } from './embedded-mongo-build.js';
import { runRole } from './run-role.js';
import { seedDemo } from './seed-demo.js';

/**
 * `npm run demo`: server and workers in one process with the simulator, the local Redis, MongoDB
 * from MONGODB_URI or the embedded server, and the demo world seeded.
 */
process.env.NODE_ENV ??= 'development';
process.env.LOG_LEVEL ??= 'warn';
// Staff asking the chat for the dashboard ("dasbor") are given this address.
process.env.PUBLIC_BASE_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
// The first run compiles the embedded server (Go) for a minute or two: say what it is doing, before and after.
if (!process.env.MONGODB_URI) ensureEmbeddedMongoBinary((line) => process.stdout.write(`${line}\n`));
process.stdout.write(`Starting the demo: ${process.env.MONGODB_URI ? 'MongoDB from MONGODB_URI' : 'embedded MongoDB-wire server'}, Redis at ${new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379').host}, seeding the demo world...\n`);
const running = await runRole({
  role: 'all',
  embeddedMongoDir: '.cache/demo-data',
  extra: { personas: demoPersonas },
  beforeStart: (container) => seedDemo(container.models, container.deps.clock.now(), { area: true }),
});
const base = (running.address ?? `http://localhost:${running.env.PORT}`).replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
process.stdout.write(`
Posyandu Bot demo is running.

  Web chat (simulator):  ${base}/simulator
  PWS dashboard:         ${base}/pws (staff sign in with a code sent to their chat)
  Terminal chat:         npm run chat -- +628111000001
  API:                   POST ${base}/api/simulator/messages {"from": "+628111000001", "text": "MENU"}

Demo personas (contact ids):
${demoPersonas.map((p) => `  ${p.id}  ${p.label}`).join('\n')}
  any other number       a new parent (onboarding)

Press Ctrl+C to stop.
`);
