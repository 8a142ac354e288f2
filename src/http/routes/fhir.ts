import type { FastifyInstance } from 'fastify';
import type { FhirExport } from '../../app/fhir/fhir-export.js';
import type { Clock } from '../../shared/clock.js';
import { errorSchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface FhirRouteDeps {
  fhir: Pick<FhirExport, 'childMonth' | 'childHistory' | 'areaMonth'>;
  clock: Clock;
}

const querySchema = {
  type: 'object',
  additionalProperties: false,
  // At least one of the two: a child's month, a child's history (no month), or the area's month (no child).
  anyOf: [{ required: ['child'] }, { required: ['month'] }],
  properties: {
    child: { type: 'string', minLength: 1, maxLength: 64, description: 'The child\'s id (column 1 of the measurements export); absent: every child measured in the month in your area' },
    month: { type: 'string', maxLength: 20, description: 'YYYY-MM (empty: this month); absent: the child\'s whole history' },
  },
} as const;

/**
 * `GET /api/fhir/bundle`: children's growth as a FHIR R4 collection Bundle (`application/fhir+json`):
 * Patient, guardians as RelatedPerson, the posyandu, Observations of the measured values and z-scores,
 * Provenance. `child=ID&month=YYYY-MM` one child's month, `child=ID` their whole history, `month=YYYY-MM`
 * every child measured that month in the reader's area. Route access `staff-session`; kader and
 * puskesmas staff of their area only (a lurah gets 403, a child outside the area 404); every child in
 * a bundle is access-logged.
 *
 * @example
 * // GET /api/fhir/bundle?child=ch-budi&month=2026-02 (cookie pws_session) → { resourceType: 'Bundle', type: 'collection', entry: […] }
 * // GET /api/fhir/bundle?month=2026-02 → every child the kader's posyandu measured in February
 */
export async function fhirRoutes(app: FastifyInstance, deps: FhirRouteDeps): Promise<void> {
  app.get<{ Querystring: { child?: string; month?: string } }>(
    '/api/fhir/bundle',
    {
      config: { access: 'staff-session' },
      schema: {
        tags: ['fhir'],
        summary: 'Children\'s growth as a FHIR R4 Bundle: a child\'s month, a child\'s history, or the area\'s month',
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
      const { child, month } = request.query;
      const person = staffOf(request);
      const now = deps.clock.now();
      const bundle = child === undefined ? await deps.fhir.areaMonth(person, month, now) : month === undefined ? await deps.fhir.childHistory(person, child, now) : await deps.fhir.childMonth(person, child, month, now);
      // Sent as text: the bundle's shape is FHIR's, not a schema fast-json-stringify should trim.
      return reply.type('application/fhir+json; charset=utf-8').header('cache-control', 'no-store').send(JSON.stringify(bundle));
    },
  );
}
