import type { FastifyInstance } from 'fastify';
import type { FhirExport } from '../../app/fhir/fhir-export.js';
import type { Clock } from '../../shared/clock.js';
import { errorSchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface FhirRouteDeps {
  fhir: Pick<FhirExport, 'childMonth'>;
  clock: Clock;
}

const querySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['child'],
  properties: { child: { type: 'string', minLength: 1, maxLength: 64, description: 'The child\'s id (column 1 of the measurements export)' }, month: { type: 'string', maxLength: 20, description: 'YYYY-MM; this month when absent' } },
} as const;

/**
 * `GET /api/fhir/bundle?child=ID&month=YYYY-MM`: one child's month as a FHIR R4 collection Bundle
 * (`application/fhir+json`): Patient, guardians as RelatedPerson, the posyandu, Observations of the
 * measured values and z-scores, Provenance. Route access `staff-session`; kader and puskesmas staff of
 * the child's area only (a lurah gets 403, a child outside the area 404); each read is access-logged.
 *
 * @example
 * // GET /api/fhir/bundle?child=ch-budi&month=2026-02 (cookie pws_session) → { resourceType: 'Bundle', type: 'collection', entry: […] }
 */
export async function fhirRoutes(app: FastifyInstance, deps: FhirRouteDeps): Promise<void> {
  app.get<{ Querystring: { child: string; month?: string } }>(
    '/api/fhir/bundle',
    {
      config: { access: 'staff-session' },
      schema: {
        tags: ['fhir'],
        summary: 'A child\'s month as a FHIR R4 Bundle',
        querystring: querySchema,
        response: {
          200: { description: 'A FHIR R4 Bundle (type collection)', content: { 'application/fhir+json': { schema: { type: 'object', additionalProperties: true } } } },
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const bundle = await deps.fhir.childMonth(staffOf(request), request.query.child, request.query.month, deps.clock.now());
      // Sent as text: the bundle's shape is FHIR's, not a schema fast-json-stringify should trim.
      return reply.type('application/fhir+json; charset=utf-8').header('cache-control', 'no-store').send(JSON.stringify(bundle));
    },
  );
}
