import type { FastifyInstance } from 'fastify';
import { REGISTRY_KINDS, type RegistryKind } from '../../app/registry/registry-schemas.js';
import type { RegistryService } from '../../app/registry/registry-service.js';

export interface AdminRegistryDeps {
  registry: RegistryService;
}

const str = { type: 'string' } as const;
const strList = { type: 'array', items: str } as const;
const zone = { type: 'string', description: 'WIB, WITA or WIT, or Asia/Jakarta, Asia/Makassar, Asia/Jayapura' } as const;

/** Shapes only; the registry service validates meaning (phone numbers, zones, RWs, references). */
const FIELDS: Record<RegistryKind, { properties: Record<string, object>; required: string[] }> = {
  puskesmas: { properties: { name: str, address: str, timezone: zone, puslingDaysPerMonth: { type: 'integer' } }, required: ['name', 'address', 'timezone'] },
  kelurahan: {
    properties: { name: str, puskesmasId: str, rws: strList, rwDistanceKm: { type: 'object', additionalProperties: { type: 'number' } } },
    required: ['name', 'puskesmasId', 'rws'],
  },
  posyandu: { properties: { name: str, address: str, kelurahanId: str, puskesmasId: str, rws: strList, timezone: zone }, required: ['name', 'address', 'kelurahanId', 'puskesmasId', 'rws', 'timezone'] },
  people: {
    properties: { phone: str, role: { type: 'string', enum: ['kader', 'lurah', 'puskesmas'] }, name: str, posyanduIds: strList, kelurahanIds: strList, puskesmasIds: strList, duties: strList },
    required: ['phone', 'role', 'name'],
  },
};

const params = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } } } as const;
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;
const recordOf = (kind: RegistryKind) => ({ type: 'object', properties: { _id: str, ...FIELDS[kind].properties } });

/**
 * The registry admin API for puskesmas staff: list, get, upsert (PUT) and delete puskesmas,
 * kelurahan, posyandu and people under `/api/admin/<kind>`. Every request needs
 * `Authorization: Bearer <ADMIN_TOKEN>` (route access `admin`).
 *
 * @example
 * await app.register((i) => adminRegistryRoutes(i, { registry }));
 * // PUT /api/admin/posyandu/psy-mawar { name, address, kelurahanId, puskesmasId, rws: ['01'], timezone: 'WIB' }
 */
export async function adminRegistryRoutes(app: FastifyInstance, deps: AdminRegistryDeps): Promise<void> {
  for (const kind of REGISTRY_KINDS) {
    const record = recordOf(kind);
    const errors = { 400: error, 401: error, 404: error, 409: error };
    app.get(`/api/admin/${kind}`, { config: { access: 'admin' }, schema: { response: { 200: { type: 'object', properties: { items: { type: 'array', items: record } } }, 401: error } } }, async () => ({
      items: await deps.registry.list(kind),
    }));
    app.get<{ Params: { id: string } }>(`/api/admin/${kind}/:id`, { config: { access: 'admin' }, schema: { params, response: { 200: record, ...errors } } }, async (request) =>
      deps.registry.get(kind, request.params.id),
    );
    app.put<{ Params: { id: string }; Body: Record<string, unknown> }>(
      `/api/admin/${kind}/:id`,
      { config: { access: 'admin' }, schema: { params, body: { type: 'object', additionalProperties: false, ...FIELDS[kind] }, response: { 200: record, ...errors } } },
      async (request) => deps.registry.save(kind, request.params.id, request.body),
    );
    app.delete<{ Params: { id: string } }>(`/api/admin/${kind}/:id`, { config: { access: 'admin' }, schema: { params, response: { 204: { type: 'null' }, ...errors } } }, async (request, reply) => {
      await deps.registry.delete(kind, request.params.id);
      return reply.status(204).send();
    });
  }
}
