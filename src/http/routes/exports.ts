import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MeasurementExport } from '../../app/exports/measurement-export.js';
import { measurementTable } from '../../app/exports/measurement-table.js';
import { skdnTable } from '../../app/exports/skdn-table.js';
import { tableCsv, tableXlsx } from '../../app/exports/table-files.js';
import type { PwsService } from '../../app/pws/pws-service.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Clock } from '../../shared/clock.js';
import { isLang, type Lang } from '../../shared/lang.js';
import { errorSchema, pwsQuerySchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface ExportRouteDeps {
  measurements: Pick<MeasurementExport, 'rows'>;
  pws: Pick<PwsService, 'monthTable'>;
  translate: Translate;
  clock: Clock;
}

type ExportQuery = { month?: string; lang?: string };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const langOf = (query: ExportQuery): Lang => (isLang(query.lang) ? query.lang : 'id');

function download(reply: FastifyReply, type: string, name: string, body: string | Buffer) {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store').send(body);
}

/**
 * The spreadsheet exports (route access `staff-session`; headers in `?lang=id|en|su`, Indonesian first):
 * - `GET /api/exports/measurements.csv|.xlsx?month=YYYY-MM`: the month's measurements by name with
 *   z-scores and Permenkes categories, close to e-PPGBM's by-name recording. Kader and puskesmas staff
 *   of the area only (a lurah gets 403); every child listed is written to the staff access log.
 * - `GET /api/pws/skdn.xlsx?month=YYYY-MM`: the SKDN table of `skdn.csv` as a workbook (aggregates; every role).
 *
 * @example
 * // GET /api/exports/measurements.xlsx?month=2026-03&lang=en (cookie pws_session) → an .xlsx download
 */
export async function exportRoutes(app: FastifyInstance, deps: ExportRouteDeps): Promise<void> {
  const measurements = async (request: FastifyRequest<{ Querystring: ExportQuery }>) => {
    const { month, rows } = await deps.measurements.rows(staffOf(request), request.query.month, deps.clock.now());
    return { month, table: measurementTable(rows, deps.translate, langOf(request.query), month) };
  };

  app.get<{ Querystring: ExportQuery }>(
    '/api/exports/measurements.csv',
    { config: { access: 'staff-session' }, schema: { tags: ['exports'], summary: 'Measurements by name (CSV)', querystring: pwsQuerySchema, response: { 200: file('text/csv', 'The month\'s measurements, one visit a line'), ...errors } } },
    async (request, reply) => {
      const { month, table } = await measurements(request);
      return download(reply, 'text/csv; charset=utf-8', `pengukuran-${month}.csv`, tableCsv(table));
    },
  );

  app.get<{ Querystring: ExportQuery }>(
    '/api/exports/measurements.xlsx',
    { config: { access: 'staff-session' }, schema: { tags: ['exports'], summary: 'Measurements by name (XLSX)', querystring: pwsQuerySchema, response: { 200: file(XLSX, 'The month\'s measurements as a workbook'), ...errors } } },
    async (request, reply) => {
      const { month, table } = await measurements(request);
      return download(reply, XLSX, `pengukuran-${month}.xlsx`, await tableXlsx([table], deps.clock.now()));
    },
  );

  app.get<{ Querystring: ExportQuery }>(
    '/api/pws/skdn.xlsx',
    { config: { access: 'staff-session' }, schema: { tags: ['pws'], summary: 'The SKDN table (XLSX)', querystring: pwsQuerySchema, response: { 200: file(XLSX, 'The month\'s SKDN table as a workbook'), 400: errorSchema, 401: errorSchema } } },
    async (request, reply) => {
      const view = await deps.pws.monthTable(staffOf(request), request.query.month, deps.clock.now());
      return download(reply, XLSX, `pws-skdn-${view.month}.xlsx`, await tableXlsx([skdnTable(view, deps.translate, langOf(request.query))], deps.clock.now()));
    },
  );
}
