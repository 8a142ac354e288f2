import type { FastifyInstance, FastifyRequest } from 'fastify';
import { childChartPng, chartsOf } from '../../app/pws/child-chart.js';
import { renderChildPage } from '../../app/pws/lists-html.js';
import type { PwsLists } from '../../app/pws/pws-lists.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Clock } from '../../shared/clock.js';
import { isLang, type Lang } from '../../shared/lang.js';
import { errorSchema, pwsQuerySchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface PwsListRouteDeps {
  lists: Pick<PwsLists, 'lists' | 'child' | 'rwCounts'>;
  translate: Translate;
  clock: Clock;
}

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const followUp = { type: ['object', 'null'], properties: { alertId: str, condition: str, state: str, level: str, ackDueAt: nullableStr } } as const;
const listsSchema = {
  type: 'object',
  properties: {
    month: str,
    flagged: { type: 'array', items: { type: 'object', properties: { childId: str, name: str, posyanduId: str, rw: nullableStr, categories: { type: 'array', items: str }, followUp } } },
    alerts: { type: 'array', items: { type: 'object', properties: { alertId: str, childId: str, name: str, condition: str, severity: str, state: str, level: str, openedAt: str, ackDueAt: nullableStr, overdue: { type: 'boolean' } } } },
    pusling: { type: 'array', items: { type: 'object', properties: { requestId: str, kelurahanId: str, rw: str, state: str, requestedOn: str, visitOn: nullableStr } } },
    // A lurah's answer instead of the three lists: counts per RW, no names, no child ids.
    rws: { type: 'array', items: { type: 'object', properties: { kelurahanId: str, rw: str, openAlerts: { type: 'integer' }, overdueAlerts: { type: 'integer' }, nextDeadline: nullableStr, notWeighed: { type: 'integer' }, puslingRequests: { type: 'integer' }, nextVisit: nullableStr } } },
  },
} as const;
const numberMap = { type: 'object', additionalProperties: { type: 'number' } } as const;
const childSchema = {
  type: 'object',
  properties: {
    child: { type: 'object', properties: { childId: str, name: str, sex: { type: 'integer' }, birthDate: str, rw: nullableStr, posyanduId: nullableStr } },
    visits: { type: 'array', items: { type: 'object', properties: { date: str, weightKg: { type: ['number', 'null'] }, lengthCm: { type: ['number', 'null'] }, headCm: { type: ['number', 'null'] }, armCm: { type: ['number', 'null'] }, z: numberMap, categories: { type: 'object', additionalProperties: str }, kms: nullableStr } } },
  },
} as const;
const childParams = { type: 'object', required: ['childId'], properties: { childId: { type: 'string', maxLength: 64 } } } as const;
const langQuery = { type: 'object', additionalProperties: false, properties: { lang: { type: 'string', enum: ['id', 'en', 'su'] } } } as const;
const refusals = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema } as const;

const langOf = (request: FastifyRequest): Lang => {
  const asked = (request.query as { lang?: string } | undefined)?.lang;
  return isLang(asked) ? asked : 'id';
};

/**
 * The named PWS views (route access `staff-session`; a child outside the reader's area is 404; every
 * read is in the staff access log). A lurah gets the lists as counts per RW (`rws`) and 403 on a child:
 * - `GET /api/pws/lists?month=YYYY-MM`: flagged children with their follow-up, open alerts with deadlines, Pusling;
 * - `GET /api/pws/children/:childId`: a child's visits with z-scores and categories;
 * - `GET /pws/children/:childId`: the same as a page, with growth charts (`…/charts/wfa.png`, `lhfa.png`).
 *
 * @example
 * // GET /api/pws/lists?month=2026-03 (cookie pws_session) → { month, flagged: [{ name: 'Budi', categories: ['stunting'], … }], alerts, pusling }
 */
export async function pwsListRoutes(app: FastifyInstance, deps: PwsListRouteDeps): Promise<void> {
  const now = () => deps.clock.now();
  app.get<{ Querystring: { month?: string } }>('/api/pws/lists', { config: { access: 'staff-session' }, schema: { querystring: pwsQuerySchema, response: { 200: listsSchema, ...refusals } } }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const person = staffOf(request);
    return person.role === 'lurah' ? deps.lists.rwCounts(person, request.query.month, now()) : deps.lists.lists(person, request.query.month, now());
  });

  app.get<{ Params: { childId: string } }>('/api/pws/children/:childId', { config: { access: 'staff-session' }, schema: { params: childParams, response: { 200: childSchema, ...refusals } } }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    const { child, visits } = await deps.lists.child(staffOf(request), request.params.childId, now());
    return { child, visits };
  });

  app.get<{ Params: { childId: string } }>('/pws/children/:childId', { config: { access: 'staff-session' }, schema: { params: childParams, querystring: langQuery } }, async (request, reply) => {
    const page = await deps.lists.child(staffOf(request), request.params.childId, now());
    const charts = chartsOf(page.child, page.measurements);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderChildPage(page, charts, deps.translate, langOf(request)));
  });

  app.get<{ Params: { childId: string; indicator: 'wfa' | 'lhfa' } }>(
    '/pws/children/:childId/charts/:indicator.png',
    { config: { access: 'staff-session' }, schema: { params: { type: 'object', required: ['childId', 'indicator'], properties: { childId: childParams.properties.childId, indicator: { type: 'string', enum: ['wfa', 'lhfa'] } } }, querystring: langQuery } },
    async (request, reply) => {
      const page = await deps.lists.child(staffOf(request), request.params.childId, now(), 'child.chart');
      const png = childChartPng(page.child, page.measurements, request.params.indicator, langOf(request), deps.translate);
      return reply.type('image/png').header('cache-control', 'private, no-store').send(png);
    },
  );
}
