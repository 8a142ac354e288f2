import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderPwsPage, renderSignInPage } from '../../app/pws/pws-page.js';
import type { PwsService } from '../../app/pws/pws-service.js';
import { renderListsSection } from '../../app/pws/lists-html.js';
import type { PwsLists } from '../../app/pws/pws-lists.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Clock } from '../../shared/clock.js';
import { isAppError } from '../../shared/errors.js';
import { isLang, type Lang } from '../../shared/lang.js';
import { errorHandler } from '../errors.js';
import { pwsQuerySchema } from './pws-schemas.js';
import { staffOf } from './pws.js';

export interface PwsPageDeps {
  pws: Pick<PwsService, 'monthTable' | 'trend'>;
  /** The lists to act on under the table (readers who may see names); their reads are logged. */
  lists?: { read: Pick<PwsLists, 'lists'>; timezone: string };
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
    const view = await deps.pws.monthTable(person, request.query.month, deps.clock.now());
    const trend = await deps.pws.trend(person, view.month);
    const lang = langOf(request);
    const lists = view.names && deps.lists ? renderListsSection(await deps.lists.read.lists(person, view.month, deps.clock.now()), deps.translate, lang, deps.lists.timezone) : '';
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderPwsPage(view, deps.translate, lang, trend, lists));
  });
}
