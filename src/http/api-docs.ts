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

/**
 * Serves the document and Swagger UI at `/docs` (`/docs/json`, `/docs/yaml`): public, as the document
 * holds route shapes only, never data or secrets.
 *
 * @example
 * await serveApiDocs(app); // GET /docs
 */
export async function serveApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    scopeAccess(scope, 'public');
    await scope.register(fastifySwaggerUi, { routePrefix: '/docs' });
  });
}
