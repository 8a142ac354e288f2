import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { errorHandler } from '../../src/http/errors.js';
import { guardRoutes, scopeAccess } from '../../src/http/route-access.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const ADMIN = 'admin-token-for-tests-0123456789';
const SIMULATOR = 'simulator-token-for-tests-012345';
const PUBLIC_ROUTES = ['GET /healthz', 'GET /readyz', 'GET /simulator', 'GET /media/:id.png', 'POST /api/auth/code', 'POST /api/auth/session', 'DELETE /api/auth/session',
  // The API docs (route shapes only, no data): Swagger UI, its files, and the OpenAPI document.
  'GET /docs', 'GET /docs/json', 'GET /docs/yaml', 'GET /docs/static/*', 'GET /docs/static/index.html', 'GET /docs/static/swagger-initializer.js'];

/** A concrete path for a route pattern: every parameter becomes a harmless id. */
const concrete = (url: string) => url.replace(/:([A-Za-z]+)/g, 'x1abcdefgh');

/** One letter of every segment percent-encoded: the router decodes it, a text prefix check does not. */
const encodeOneLetter = (path: string, upper: boolean) =>
  path.replace(/\/([a-z])/g, (_m, letter: string) => `/%${letter.charCodeAt(0).toString(16)[upper ? 'toUpperCase' : 'toLowerCase']()}`);
const encodeEveryLetter = (path: string) => path.replace(/[a-z]/g, (letter) => `%${letter.charCodeAt(0).toString(16).toUpperCase()}`);

function variants(url: string): string[] {
  const path = concrete(url);
  return [path, encodeOneLetter(path, false), encodeOneLetter(path, true), encodeEveryLetter(path), `${path}?x=1`, path.replace(/\//g, '/%2e/').replace(/^\/%2e/, '')];
}

/** The router's own miss (no handler ran), as opposed to a handler's NOT_FOUND. */
const routerMiss = (status: number, body: string) => status === 404 && /Route .* not found/.test(body);

describe('route access', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      workers: false,
      env: {
        ADMIN_TOKEN: ADMIN,
        SIMULATOR_TOKEN: SIMULATOR,
        TELEGRAM_BOT_TOKEN: '123456789:AAFtesttokentesttokentesttoken',
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_SECRET: 'telegram-secret-for-tests-01',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        WHATSAPP_CLOUD_TOKEN: 'cloud-token-for-tests-0123456789',
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: '1234567890',
        WHATSAPP_CLOUD_APP_SECRET: 'cloud-app-secret-for-tests',
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'cloud-verify-token-for-tests',
        WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9/v21.0',
      },
    });
  });
  afterAll(() => bot.close());

  it('declares every route; exactly the known ones are public', () => {
    const routes = bot.app.declaredRoutes;
    expect(routes.length).toBeGreaterThan(20);
    const publicOnes = routes.filter((r) => r.access === 'public' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    expect(publicOnes.sort()).toEqual([...PUBLIC_ROUTES].sort());
    for (const kind of ['admin', 'simulator', 'signed-webhook', 'staff-session']) expect(routes.some((r) => r.access === kind), kind).toBe(true);
    // The operators' views, the queue board's own routes and assets included, are admin-only.
    const ops = routes.filter((r) => r.url === '/metrics' || r.url.startsWith('/admin/queues'));
    expect(ops.length).toBeGreaterThan(5);
    expect(ops.filter((r) => r.access !== 'admin')).toEqual([]);
  });

  it('gives a plugin scope\'s undeclared routes the scope\'s access, and nobody else\'s', async () => {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    guardRoutes(app, { adminToken: ADMIN });
    await app.register(async (scope) => {
      scopeAccess(scope, 'admin');
      scope.get('/board', async () => 'board');
      scope.get('/board/health', { config: { access: 'public' } }, async () => 'ok');
    });
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/board' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/board', headers: { authorization: `Bearer ${ADMIN}` } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/board/health' })).statusCode).toBe(200);
    await app.close();

    // A sibling of the scope does not inherit its access.
    const other = Fastify();
    guardRoutes(other, {});
    await other.register(async (scope) => scopeAccess(scope, 'admin'));
    await expect(
      other.register(async (sibling) => {
        sibling.get('/sibling', async () => 'x');
      }),
    ).rejects.toThrow(/declares no config.access/);
    await other.close().catch(() => undefined);
  });

  it('refuses every non-public route without credentials, however its path is encoded', async () => {
    const guarded = bot.app.declaredRoutes.filter((r) => r.access !== 'public');
    let reached = 0;
    for (const route of guarded) {
      for (const url of variants(route.url)) {
        const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
        const res = await bot.app.inject({ method: route.method as 'GET', url, ...(hasBody ? { payload: {} } : {}) });
        const where = `${route.method} ${url} (${route.access})`;
        if (routerMiss(res.statusCode, res.body)) continue;
        reached++;
        expect([401, 403], where).toContain(res.statusCode);
        for (const wrong of [`Bearer ${ADMIN.slice(0, -1)}x`, 'Bearer ', `Basic ${Buffer.from(':nope').toString('base64')}`]) {
          const again = await bot.app.inject({ method: route.method as 'GET', url, headers: { authorization: wrong }, ...(hasBody ? { payload: {} } : {}) });
          expect([401, 403], `${where} with ${wrong}`).toContain(again.statusCode);
        }
        // A forged or stale session cookie is no credential either (staff-session routes read only the cookie).
        const cookie = await bot.app.inject({ method: route.method as 'GET', url, headers: { cookie: 'pws_session=forged-session-id-0123456789abcdefghijklmnopq' }, ...(hasBody ? { payload: {} } : {}) });
        expect([401, 403], `${where} with a forged session cookie`).toContain(cookie.statusCode);
      }
    }
    // The plain and the percent-encoded forms reach the router's match for every guarded route.
    expect(reached).toBeGreaterThanOrEqual(guarded.length * 4);
  });

  it('lets the right credentials through (the guard is not a wall)', async () => {
    const admin = await bot.app.inject({ method: 'GET', url: '/api/%61dmin/people', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(admin.statusCode).toBe(200);
    const basic = await bot.app.inject({ method: 'GET', url: '/api/admin/posyandu', headers: { authorization: `Basic ${Buffer.from(`staff:${ADMIN}`).toString('base64')}` } });
    expect(basic.statusCode).toBe(200);
    const simulator = await bot.app.inject({ method: 'GET', url: '/api/simulator/personas', headers: { authorization: `Bearer ${SIMULATOR}` } });
    expect(simulator.statusCode).toBe(200);
  });

  it('stops start-up when a route declares no access', async () => {
    const app = Fastify();
    guardRoutes(app, {});
    expect(() => app.get('/undeclared', async () => 'x')).toThrow(/declares no config.access/);
    await app.close();
  });

  it('refuses admin routes when no ADMIN_TOKEN is configured at all', async () => {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    guardRoutes(app, {});
    app.get('/api/admin/thing', { config: { access: 'admin' } }, async () => 'secret');
    expect((await app.inject({ method: 'GET', url: '/api/admin/thing', headers: { authorization: 'Bearer ' } })).statusCode).toBe(401);
    await app.close();
  });
});
