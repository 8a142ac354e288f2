import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { scopeAccess, type RouteAccess } from './route-access.js';

/** How each route access kind is presented to API readers (see route-access.ts). */
const SECURITY: Partial<Record<RouteAccess, Array<Record<string, string[]>>>> = {
  admin: [{ adminToken: [] }],
  simulator: [{ simulatorToken: [] }],
  'staff-session': [{ staffSession: [] }],
};

/**
 * Collects every route's schema into an OpenAPI 3 document (`@fastify/swagger`). Registered on the
 * root app before any route plugin, so that its `onRoute` hook sees them all; each operation names
 * the credential its route access asks for.
 *
 * @example
 * await collectApiDocs(app); // then routes; app.swagger() is the document
 */
export async function collectApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Posyandu Bot API', version: '0.1.0', description: 'Admin API (ADMIN_TOKEN), the PWS dashboard, exports and FHIR bundles (staff session from POST /api/auth/session).' },
      components: {
        securitySchemes: {
          adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
          simulatorToken: { type: 'http', scheme: 'bearer', description: 'SIMULATOR_TOKEN' },
          staffSession: { type: 'apiKey', in: 'cookie', name: 'pws_session', description: 'A staff session: POST /api/auth/code, then POST /api/auth/session' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const security = SECURITY[route.config?.access as RouteAccess];
      return { schema: security && schema ? { ...schema, security } : schema, url };
    },
  });
}

type OpenApiDoc = { paths?: Record<string, Record<string, { security?: Array<Record<string, string[]>> }>>; components?: { securitySchemes?: Record<string, unknown> } };

/**
 * The document as the public may read it: the staff sign-in (`/api/auth/…`) and the dashboard API a
 * staff session opens. Admin, simulator and webhook routes are left out: their addresses are for
 * operators (`GET /api/admin/openapi.json` with the operator token).
 *
 * @example
 * publicApiDoc(app.swagger()).paths; // { '/api/auth/code': …, '/api/pws': …, … }
 */
export function publicApiDoc<T extends OpenApiDoc>(doc: T): T {
  const staff = (op: { security?: Array<Record<string, string[]>> }) => op.security?.some((s) => 'staffSession' in s) ?? false;
  const paths = Object.fromEntries(
    Object.entries(doc.paths ?? {})
      .map(([path, ops]) => [path, Object.fromEntries(Object.entries(ops).filter(([, op]) => path.startsWith('/api/auth/') || staff(op)))] as const)
      .filter(([, ops]) => Object.keys(ops).length > 0),
  );
  const schemes = doc.components?.securitySchemes;
  return { ...doc, paths, components: { ...doc.components, ...(schemes ? { securitySchemes: { staffSession: schemes.staffSession } } : {}) } };
}

/**
 * Serves the public document (`publicApiDoc`) and Swagger UI at `/docs` (`/docs/json`, `/docs/yaml`),
 * and the whole document, admin routes included, at `GET /api/admin/openapi.json` behind the operator
 * token (only where the admin API is on).
 *
 * @example
 * await serveApiDocs(app, { admin: true }); // GET /docs, GET /api/admin/openapi.json
 */
export async function serveApiDocs(app: FastifyInstance, options: { admin?: boolean } = {}): Promise<void> {
  await app.register(async (scope) => {
    scopeAccess(scope, 'public');
    await scope.register(fastifySwaggerUi, { routePrefix: '/docs', transformSpecification: (doc) => publicApiDoc(doc as OpenApiDoc) });
  });
  if (options.admin) {
    await app.register(async (scope) => {
      scopeAccess(scope, 'admin');
      scope.get('/api/admin/openapi.json', { schema: { response: { 200: { description: 'The OpenAPI 3 document of every route', type: 'object', additionalProperties: true }, 401: { type: 'object', additionalProperties: true } } } }, async () => app.swagger());
    });
  }
}
