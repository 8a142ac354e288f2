import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { StaffPrincipal } from '../app/pws/staff-sign-in.js';
import { AppError } from '../shared/errors.js';
import { bearerToken, secretMatches } from './secrets.js';

/**
 * Who may call a route, declared on the route itself (`config.access`) so that the guard follows the
 * router's own match and never the URL's text (a percent-encoded letter once walked past a prefix check).
 *
 * - `public`: anyone (health, the simulator page shell, media by unguessable id).
 * - `admin`: `Authorization: Bearer <ADMIN_TOKEN>`, or the token as HTTP Basic password in a browser.
 * - `simulator`: `Authorization: Bearer <SIMULATOR_TOKEN>` when one is configured.
 * - `signed-webhook`: the route verifies the platform's own signature or secret before its body is read.
 * - `staff-session`: a staff member signed in on the web (session cookie, see `src/app/pws/staff-sign-in.ts`);
 *   the handler finds them on `request.staff` and scopes what it shows by their registry entry.
 */
export type RouteAccess = 'public' | 'admin' | 'simulator' | 'signed-webhook' | 'staff-session';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Set on `staff-session` routes once the session cookie was checked. */
    staff?: StaffPrincipal;
  }
  interface FastifyInstance {
    /** Every route with its declared access, as registered: what the access test walks. */
    declaredRoutes: DeclaredRoute[];
    /** The access of routes registered in this scope without one (see `scopeAccess`). */
    scopeRouteAccess?: RouteAccess;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's own schema as declared (params, querystring, body, response per status): what the API docs are built from. */
  schema?: FastifySchema;
}

export interface AccessSecrets {
  /** ADMIN_TOKEN; without it every `admin` route refuses. */
  adminToken?: string;
  /** SIMULATOR_TOKEN; without it `simulator` routes are open (development and tests only: see `simulatorEnabled`). */
  simulatorToken?: string;
  /** The staff member behind a request's session cookie; without it every `staff-session` route refuses. */
  staffSession?: (request: FastifyRequest) => Promise<StaffPrincipal | null>;
}

function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization ?? '';
  const bearer = bearerToken(header);
  if (bearer) return bearer;
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

function refuseAdmin(reply: FastifyReply): never {
  void reply.header('www-authenticate', 'Basic realm="posyandu-admin", charset="UTF-8"');
  throw new AppError('UNAUTHORIZED', 'Send ADMIN_TOKEN as "Authorization: Bearer <token>" (or as the password when the browser asks).');
}

/**
 * Gives every route registered inside `instance` (a plugin's own scope) that declares no access this
 * one: for a third-party plugin whose routes cannot carry our `config` (the queue board). Declared
 * routes keep their own; the scope's parent and siblings are not touched.
 *
 * @example
 * await app.register(async (scope) => { scopeAccess(scope, 'admin'); await scope.register(board); });
 */
export function scopeAccess(instance: FastifyInstance, access: RouteAccess): void {
  instance.decorate('scopeRouteAccess', access);
}

/**
 * Installs the route-access rule on the root app, before any route plugin is registered: a route that
 * declares no `config.access` stops start-up, and every request is checked against its matched route's
 * declaration before anything else runs.
 *
 * @example
 * guardRoutes(app, { adminToken: env.ADMIN_TOKEN });
 * app.get('/api/admin/people', { config: { access: 'admin' } }, handler);
 */
export function guardRoutes(app: FastifyInstance, secrets: AccessSecrets): void {
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', function declare(route) {
    const access = route.config?.access ?? this.scopeRouteAccess;
    if (!access) {
      throw new AppError('CONFIG_INVALID', `Route ${String(route.method)} ${route.url} declares no config.access (public, admin, simulator, signed-webhook or staff-session).`);
    }
    route.config = { ...route.config, access };
    for (const method of [route.method].flat()) declared.push({ method, url: route.url, access, ...(route.schema ? { schema: route.schema } : {}) });
  });
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === 'admin') {
      if (!secrets.adminToken || !secretMatches(tokenOf(request), secrets.adminToken)) refuseAdmin(reply);
    } else if (access === 'staff-session') {
      const staff = (await secrets.staffSession?.(request)) ?? null;
      if (!staff) throw new AppError('UNAUTHORIZED', 'Sign in first: POST /api/auth/code with your phone, then POST /api/auth/session with the code the bot sent you.');
      request.staff = staff;
    } else if (access === 'simulator' && secrets.simulatorToken) {
      if (!secretMatches(bearerToken(request.headers.authorization), secrets.simulatorToken)) {
        throw new AppError('UNAUTHORIZED', 'Send the simulator token as "Authorization: Bearer <SIMULATOR_TOKEN>".');
      }
    }
  });
}

/**
 * Declares the access of every route registered in an encapsulated scope that declares none itself:
 * for plugins whose routes we do not write (the API docs). The scope is decided at registration,
 * never from the request's URL text.
 *
 * @example
 * await app.register(async (scope) => {
 *   declareScopeAccess(scope, 'public');
 *   await scope.register(fastifySwaggerUi, { routePrefix: '/docs' });
 * });
 */
export function declareScopeAccess(scope: FastifyInstance, access: RouteAccess): void {
  scope.decorate('routeAccessDefault', access);
}
