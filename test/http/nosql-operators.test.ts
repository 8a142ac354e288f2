import { QUEUE_BOARD_PATH } from '../../src/http/routes/queue-board.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { ALL_INPUTS_ENV, cloudBody, credentialsFor, postCloud, postTelegram } from './bot-env.js';

const OPERATORS: unknown[] = [{ $ne: null }, { $gt: '' }, { $where: 'sleep(100)' }, { $regex: '.*' }, [{ $ne: null }]];
/** Every field name any route or payload reads, so an operator lands wherever a handler looks. */
const FIELDS = ['from', 'text', 'id', 'phone', 'name', 'actorPhone', 'kelurahanId', 'puskesmasId', 'posyanduId', 'rw', 'rws', 'address', 'timezone', 'action', 'intoId', 'reason', 'note', 'date', 'time', 'place', 'team', 'until', 'endTime', 'reasons', 'expectedPeople', 'schedule', 'exceptions'];
const concrete = (url: string) => url.replace(/:([A-Za-z]+)/g, 'psy-mawar');
const hasBody = (method: string) => method === 'POST' || method === 'PUT' || method === 'PATCH';

/** Sets the value at a dotted path of a deep copy. */
function withValueAt(value: object, path: string[], replacement: unknown): object {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

/** The dotted paths of every leaf (string, number) of a payload. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

/**
 * Scenario: NoSQL operators through every input path. Bodies, query strings, platform payload fields
 * and chat text are all typed before any query is built: an operator is refused (4xx), acknowledged
 * and dropped (webhooks), or kept as the literal text it is.
 */
describe('NoSQL operators are neutralised on every input path', () => {
  let bot: TestBot;
  beforeAll(async () => {
    const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
    bot = await startTestBot({ clock, env: ALL_INPUTS_ENV, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  it('refuses operators in the body of every admin and simulator route', async () => {
    // The queue board's API (bull-board, admin only) hands its bodies to BullMQ in Redis, never to a MongoDB filter.
    const routes = bot.app.declaredRoutes.filter((r) => hasBody(r.method) && r.access !== 'signed-webhook' && !r.url.startsWith(QUEUE_BOARD_PATH));
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['POST /api/simulator/messages', 'PUT /api/admin/people/:id', 'POST /api/pusling/requests', 'PUT /api/admin/schedules/:posyanduId']));
    for (const route of routes) {
      const url = concrete(route.url);
      const headers = credentialsFor(route.access);
      // A PUT's resource as read back: an operator the schema strips (additionalProperties: false) must change nothing.
      const read = async () => (route.method === 'PUT' ? (await bot.app.inject({ method: 'GET', url, headers })).body : '');
      const before = await read();
      const bodies: unknown[] = [...OPERATORS, ...OPERATORS.map((op) => Object.fromEntries(FIELDS.map((f) => [f, op]))), { $where: '1', $or: [{}] }];
      for (const payload of bodies) {
        const res = await bot.app.inject({ method: route.method as 'POST', url, headers, payload: payload as object });
        const where = `${route.method} ${route.url} ${JSON.stringify(payload)}`;
        if (route.method === 'PUT' && res.statusCode === 200) expect(await read(), where).toBe(before);
        else expect(res.statusCode, where).toBe(400);
      }
    }
    // Nothing was written under an operator: the registry still has exactly the seeded people.
    const people = await bot.app.inject({ method: 'GET', url: '/api/admin/people', headers: credentialsFor('admin') });
    expect((people.json() as { items: Array<{ _id: string }> }).items.every((p) => /^[A-Za-z0-9_-]+$/.test(p._id))).toBe(true);
  });

  it('reads bracketed or JSON operators in a query string as plain text', async () => {
    for (const query of ['puskesmasId[$ne]=x', 'puskesmasId=%7B%22%24ne%22%3Anull%7D', 'puskesmasId[$gt]=&puskesmasId=x']) {
      const res = await bot.app.inject({ method: 'GET', url: `/api/pusling/requests?${query}`, headers: credentialsFor('admin') });
      expect(res.statusCode, query).toBeLessThan(500);
      if (res.statusCode === 200) expect(res.json(), query).toEqual({ ranked: [], others: [] });
    }
    for (const route of bot.app.declaredRoutes.filter((r) => r.method === 'GET')) {
      const res = await bot.app.inject({ method: 'GET', url: `${concrete(route.url)}?id[$ne]=x&phone=%7B%22%24gt%22%3A%22%22%7D`, headers: credentialsFor(route.access) });
      expect(res.statusCode, route.url).toBeLessThan(500);
    }
  });

  it('keeps operator-looking chat text as the text it is', async () => {
    for (const text of ['{"$gt":""}', '{"$where":"sleep(1000)"}', '$ne']) {
      const replies = await bot.send('+628111000093', text, `op-text-${text.length}`);
      expect(replies.length, text).toBeGreaterThan(0);
      expect((await bot.container.deps.messages.getInbound(`simulator:op-text-${text.length}`))?.text).toBe(text);
    }
    // And an operator-looking sender is a literal address of its own.
    await bot.send('{"$ne":null}', 'halo');
    expect(await bot.container.deps.contacts.findByAddress('simulator', '{"$ne":null}')).toMatchObject({ phone: null });
  });
});

/** The platform payload paths, on a bot without workers: only what is accepted matters here, not the replies. */
describe('NoSQL operators in platform payload fields', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: ALL_INPUTS_ENV });
  });
  afterAll(() => bot.close());

  it('acknowledges and drops an operator in any field of a Telegram update', async () => {
    const update = { update_id: 990000, message: { message_id: 1, date: 0, chat: { id: 9901, type: 'private' }, from: { id: 9901, is_bot: false, first_name: 'x' }, text: '/start' } };
    let n = 0;
    for (const path of leafPaths(update).filter((p) => ['update_id', 'chat', 'text', 'from'].some((k) => p.includes(k)))) {
      for (const op of OPERATORS) {
        const updateId = 990001 + n++;
        const hostile = withValueAt({ ...update, update_id: updateId }, path, op);
        const res = await postTelegram(bot, hostile);
        expect(res.statusCode, path.join('.')).toBe(200);
        const stored = await bot.container.deps.messages.getInbound(`telegram:${updateId}`);
        // A field the bot does not read (from.first_name) may carry anything; the message is then stored as typed.
        if (stored) expect([typeof stored.address, typeof stored.text, stored.address]).toEqual(['string', 'string', '9901']);
      }
    }
  });

  it('acknowledges and drops an operator in any field of a WhatsApp message or status', async () => {
    const message = { from: '628111000091', id: 'wamid.OP', timestamp: '1773021000', type: 'text', text: { body: 'menu' } };
    const status = { id: 'wamid.OUT-OP', status: 'failed', timestamp: '1773021000', recipient_id: '628111000091', errors: [{ code: 131026 }] };
    let n = 0;
    for (const path of leafPaths(message)) {
      for (const op of OPERATORS) {
        const id = `wamid.OP${n++}`;
        const res = await postCloud(bot, cloudBody({ messages: [withValueAt({ ...message, id }, path, op)] }));
        expect(res.statusCode, path.join('.')).toBe(200);
        const stored = await bot.container.deps.messages.getInbound(`whatsapp-cloud:${id}`);
        if (stored) expect([stored.address, typeof stored.text]).toEqual(['628111000091', 'string']);
      }
    }
    for (const path of leafPaths(status)) {
      for (const op of OPERATORS) expect((await postCloud(bot, cloudBody({ statuses: [withValueAt(status, path, op)] }))).statusCode, path.join('.')).toBe(200);
    }
    for (const op of OPERATORS) expect((await postCloud(bot, { object: op, entry: op })).statusCode).toBe(200);
    const keys = await bot.container.redis.keys(`${bot.container.env.QUEUE_PREFIX}*`);
    expect(keys.filter((k) => k.includes('object') || k.includes('$'))).toEqual([]);
  });
});
