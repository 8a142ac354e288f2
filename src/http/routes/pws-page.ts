import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderPwsPage, renderSignInPage } from '../../app/pws/pws-page.js';
import type { PwsArea, PwsService, PwsView } from '../../app/pws/pws-service.js';
import { renderListsSection, renderRwCountsSection } from '../../app/pws/lists-html.js';
import type { PwsLists } from '../../app/pws/pws-lists.js';
import type { Person } from '../../app/registry/registry-records.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Clock } from '../../shared/clock.js';
import { isAppError } from '../../shared/errors.js';
import { isLang, type Lang } from '../../shared/lang.js';
import { errorHandler } from '../errors.js';
import { pwsQuerySchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface PwsPageDeps {
  pws: Pick<PwsService, 'page'>;
  /** The lists to act on under the table: by name (their reads are logged), or for a lurah counts per RW. */
  lists?: { read: Pick<PwsLists, 'lists' | 'rwCounts'>; timezone: string };
  translate: Translate;
  clock: Clock;
}

type PageQuery = { month?: string; lang?: string };
const langOf = (request: FastifyRequest): Lang => {
  const asked = (request.query as PageQuery | undefined)?.lang;
  return isLang(asked) ? asked : 'id';
};

/**
 * `GET /pws`: the PWS page (Indonesian first; `?lang=en|su`), server-rendered from the same view as
 * `GET /api/pws`. Route access `staff-session`: without a session the guard refuses and this plugin
 * answers the refusal with the sign-in form (status 401), so the page is one address.
 *
 * @example
 * // GET /pws?month=2026-03&lang=en (cookie pws_session) → 200 text/html
 */
export async function pwsPageRoutes(app: FastifyInstance, deps: PwsPageDeps): Promise<void> {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isAppError(error, 'UNAUTHORIZED')) {
      void reply.status(401).type('text/html; charset=utf-8').send(renderSignInPage(deps.translate, langOf(request)));
      return;
    }
    errorHandler(error, request, reply);
  });
  app.get<{ Querystring: PageQuery }>('/pws', { config: { access: 'staff-session' }, schema: { querystring: pwsQuerySchema } }, async (request, reply) => {
    const person = staffOf(request);
    const now = deps.clock.now();
    // One read of the area for the table, the trend and the lists.
    const { view, trend, area } = await deps.pws.page(person, request.query.month, now);
    const lang = langOf(request);
    const lists = deps.lists ? await listsSection(deps.lists, person, view, area, deps.translate, lang, now) : '';
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderPwsPage(view, deps.translate, lang, trend, lists));
  });
}

/**
 * The lists under the table from the source `GET /api/pws/lists` answers with: by name for readers who may
 * see names; for a lurah (aggregates only) the counts per RW, never a name or a child id.
 */
async function listsSection(lists: NonNullable<PwsPageDeps['lists']>, person: Person, view: PwsView, area: PwsArea, translate: Translate, lang: Lang, now: Date): Promise<string> {
  const kelurahanNames = new Map(view.rw.map((r) => [r.kelurahanId, r.kelurahanName]));
  const kelurahanName = (id: string) => kelurahanNames.get(id) ?? id;
  if (view.names) return renderListsSection(await lists.read.lists(person, view.month, now, area), kelurahanName, translate, lang, lists.timezone);
  const { rws } = await lists.read.rwCounts(person, view.month, now, area);
  return renderRwCountsSection(rws, kelurahanName, translate, lang, lists.timezone);
}
