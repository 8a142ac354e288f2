import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';

const ADMIN = 'admin-token-for-tests-0123456789';

type Operation = { parameters?: Array<{ in: string; name: string }>; requestBody?: unknown; responses?: Record<string, unknown>; security?: unknown[] };
type Schema = { properties?: Record<string, unknown> } | undefined;

/** Fastify's `:id` as OpenAPI's `{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z]\w*)/g, '{$1}');

describe('OpenAPI document at /docs', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: { ADMIN_TOKEN: ADMIN } });
  });
  afterAll(() => bot?.close());

  it('serves Swagger UI and the document without credentials', async () => {
    const ui = await bot.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
    const page = ui.statusCode === 302 ? await bot.app.inject({ method: 'GET', url: ui.headers.location as string }) : ui;
    expect(page.body).toContain('swagger');
    const doc = (await bot.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes).toHaveProperty('staffSession');
  });

  it('shows the public only the sign-in and dashboard API, and the whole document to the operator', async () => {
    const doc = (await bot.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, object>; components: { securitySchemes: object } };
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/auth/code', '/api/auth/session', '/api/pws', '/api/fhir/bundle']));
    expect(paths.filter((p) => !/^\/(api\/(auth|pws|exports|fhir)|pws)\b/.test(p))).toEqual([]);
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['staffSession']);
    const yaml = (await bot.app.inject({ method: 'GET', url: '/docs/yaml' })).body;
    expect(yaml).not.toContain('/api/admin');

    expect((await bot.app.inject({ method: 'GET', url: '/api/admin/openapi.json' })).statusCode).toBe(401);
    const full = await bot.app.inject({ method: 'GET', url: '/api/admin/openapi.json', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(full.statusCode).toBe(200);
    expect(Object.keys(full.json().paths)).toEqual(expect.arrayContaining(['/api/admin/audit', '/api/auth/code']));
  });

  it('lists every /api route with its own schema: parameters, body, answers and the credential it needs', async () => {
    const doc = (await bot.app.inject({ method: 'GET', url: '/api/admin/openapi.json', headers: { authorization: `Bearer ${ADMIN}` } })).json() as { paths: Record<string, Record<string, Operation>> };
    const routes = bot.app.declaredRoutes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(20);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const route of routes) {
      const where = `${route.method} ${route.url}`;
      const op = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      if (!op) {
        problems.push(`${where}: not in the document`);
        continue;
      }
      const schema = route.schema as { params?: Schema; querystring?: Schema; body?: unknown; response?: Record<string, unknown> } | undefined;
      const same = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
      const inPlace = (place: string) => (op.parameters ?? []).filter((p) => p.in === place).map((p) => p.name);
      check(schema?.response !== undefined && same(Object.keys(op.responses ?? {}), Object.keys(schema.response).map((code) => code.toUpperCase())), `${where}: answers ${JSON.stringify(Object.keys(op.responses ?? {}))}, declared ${JSON.stringify(Object.keys(schema?.response ?? {}))}`);
      const urlParams = [...route.url.matchAll(/:([A-Za-z]\w*)/g)].map((m) => m[1]!);
      check(same(Object.keys(schema?.params?.properties ?? {}), urlParams) && same(inPlace('path'), urlParams), `${where}: path parameters`);
      check(same(inPlace('query'), Object.keys(schema?.querystring?.properties ?? {})), `${where}: query parameters`);
      check((op.requestBody !== undefined) === (schema?.body !== undefined), `${where}: body`);
      if (route.access === 'admin') check(JSON.stringify(op.security) === JSON.stringify([{ adminToken: [] }]), `${where}: security`);
      if (route.access === 'staff-session') check(JSON.stringify(op.security) === JSON.stringify([{ staffSession: [] }]), `${where}: security`);
    }
    expect(problems).toEqual([]);
  });
});
