import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PwsService } from '../../app/pws/pws-service.js';
import { skdnCsv } from '../../app/pws/skdn-csv.js';
import type { Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { errorSchema, pwsQuerySchema, pwsViewSchema, sweepSchema } from './pws-schemas.js';

export interface PwsRouteDeps {
  pws: Pick<PwsService, 'monthTable' | 'sweepingList'>;
  clock: Clock;
}

/** The signed-in staff member; the guard put them there for `staff-session` routes. */
export function staffOf(request: FastifyRequest) {
  if (!request.staff) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return request.staff.person;
}

/**
 * `GET /api/pws?month=YYYY-MM`: the month's SKDN, nutrition counts and rates, alerts and Pusling per
 * posyandu and RW, scoped by the signed-in staff member (route access `staff-session`). Aggregates
 * only. Without `month`, this month.
 *
 * @example
 * // GET /api/pws?month=2026-03 (cookie pws_session)
 * // { month: '2026-03', role: 'kader', posyandu: [{ posyanduId: 'psy-mawar', S: 4, K: 4, D: 3, N: 2, D_S: 75, N_D: 66.7, … }], rw: […], total: {…} }
 */
export async function pwsRoutes(app: FastifyInstance, deps: PwsRouteDeps): Promise<void> {
  app.get<{ Querystring: { month?: string } }>(
    '/api/pws',
    { config: { access: 'staff-session' }, schema: { querystring: pwsQuerySchema, response: { 200: pwsViewSchema, 400: errorSchema, 401: errorSchema } } },
    async (request) => deps.pws.monthTable(staffOf(request), request.query.month, deps.clock.now()),
  );

  // The same table as CSV, for spreadsheets and e-PPGBM-style reporting.
  app.get<{ Querystring: { month?: string } }>(
    '/api/pws/skdn.csv',
    { config: { access: 'staff-session' }, schema: { querystring: pwsQuerySchema, response: { 400: errorSchema, 401: errorSchema } } },
    async (request, reply) => {
      const view = await deps.pws.monthTable(staffOf(request), request.query.month, deps.clock.now());
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="pws-skdn-${view.month}.csv"`).header('cache-control', 'no-store').send(skdnCsv(view));
    },
  );

  // Children not weighed this month, by name: kader and puskesmas only; every read is in the staff access log.
  app.get<{ Querystring: { month?: string } }>(
    '/api/pws/sweeping',
    { config: { access: 'staff-session' }, schema: { querystring: pwsQuerySchema, response: { 200: sweepSchema, 400: errorSchema, 401: errorSchema, 403: errorSchema } } },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return deps.pws.sweepingList(staffOf(request), request.query.month, deps.clock.now());
    },
  );
}
