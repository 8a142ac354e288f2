import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { ALL_INPUTS_ENV, credentialsFor, signCloud } from './bot-env.js';

const LIMIT = 3 * 1024 * 1024;
const concrete = (url: string) => url.replace(/:([A-Za-z]+)/g, 'x1');

/** Scenario: a body over the limit is refused 413 by every route that takes a body, before a handler runs. */
describe('bodies over the limit', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: ALL_INPUTS_ENV });
  });
  afterAll(() => bot.close());

  it('are refused with 413 on every route that accepts a body', async () => {
    const routes = bot.app.declaredRoutes.filter((r) => r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH');
    expect(routes.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/simulator/messages', '/webhooks/telegram/:botId', '/webhooks/whatsapp', '/api/pusling/requests']));
    const raw = JSON.stringify({ text: 'x'.repeat(LIMIT) });
    for (const route of routes) {
      const url = route.url === '/webhooks/telegram/:botId' ? '/webhooks/telegram/123456789' : concrete(route.url);
      const headers = { 'content-type': 'application/json', ...credentialsFor(route.access), ...(route.url === '/webhooks/whatsapp' ? { 'x-hub-signature-256': signCloud(raw) } : {}) };
      const res = await bot.app.inject({ method: route.method as 'POST', url, headers, payload: raw });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(413);
    }
  });

  it('without a content length too (chunked), on the simulator and both webhooks', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = Math.ceil(LIMIT / chunk.length) + 1;
    for (const [url, access] of [['/api/simulator/messages', 'simulator'], ['/webhooks/telegram/123456789', 'signed-webhook'], ['/webhooks/whatsapp', 'signed-webhook']] as const) {
      const body = Readable.from((function* () {
        yield '{"text":"';
        for (let i = 0; i < chunks; i++) yield chunk;
        yield '"}';
      })());
      const res = await bot.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...credentialsFor(access) }, payload: body });
      expect(res.statusCode, url).toBe(413);
    }
  });
});
