/**
 * `npm run chat -- [contact id] [server]`: talk to the bot from a terminal through the simulator API.
 * Default contact +628111000001 (the demo parent), default server http://localhost:3000.
 */
import { createInterface } from 'node:readline/promises';

const from = process.argv[2] ?? '+628111000001';
const server = (process.argv[3] ?? process.env.SIMULATOR_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
const headers = { 'content-type': 'application/json', ...(process.env.SIMULATOR_TOKEN ? { authorization: `Bearer ${process.env.SIMULATOR_TOKEN}` } : {}) };

interface Reply {
  text: string;
  choices?: Array<{ label: string }>;
  image?: string;
}

function show(reply: Reply): void {
  console.log(`\n\x1b[32mbot>\x1b[0m ${reply.text.replace(/\n/g, '\n     ')}`);
  reply.choices?.forEach((c, i) => console.log(`     ${i + 1}. ${c.label}`));
  if (reply.image) console.log(`     [gambar] ${server}${reply.image}`);
}

const rl = createInterface({ input: process.stdin, output: process.stdout });
console.log(`Chatting as ${from} with ${server} (Ctrl+D to leave).`);
for (;;) {
  let text: string;
  try {
    text = await rl.question('\n\x1b[36manda>\x1b[0m ');
  } catch {
    break;
  }
  if (!text.trim()) continue;
  try {
    const res = await fetch(`${server}/api/simulator/messages`, { method: 'POST', headers, body: JSON.stringify({ from, text }) });
    const body = (await res.json()) as { replies?: Reply[]; error?: { message: string } };
    if (!res.ok) console.log(`(error ${res.status}: ${body.error?.message ?? 'unknown'})`);
    for (const reply of body.replies ?? []) show(reply);
  } catch (error) {
    console.log(`(cannot reach ${server}: ${(error as Error).message}; is "npm run demo" running?)`);
  }
}
rl.close();
