import type { FastifyInstance } from 'fastify';
import type { ChildAccessLog } from '../../app/children/child-access.js';
import { AppError } from '../../shared/errors.js';

export interface AdminAuditDeps {
  childAccess: Pick<ChildAccessLog, 'list'>;
}

const str = { type: 'string' } as const;
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;
const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    child: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
    since: { type: 'string', maxLength: 40 },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 500 },
  },
} as const;
const entry = {
  type: 'object',
  properties: { at: { type: 'string', format: 'date-time' }, staffId: str, role: str, action: str, childId: str, via: str },
} as const;

interface Query {
  child?: string;
  since?: string;
  limit: number;
}

function sinceOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION_FAILED', 'since must be a date or time, e.g. 2026-03-01 or 2026-03-01T00:00:00+07:00.', { since: text });
  return at;
}

/**
 * The staff access log for the puskesmas: who (registry id, role) read or changed which child's data,
 * how and when, oldest first. Ids only, never names or phones. Route access `admin`
 * (`Authorization: Bearer <ADMIN_TOKEN>`).
 *
 * @example
 * // GET /api/admin/audit?child=ch-budi&since=2026-03-01
 * // { items: [{ at: '2026-03-09T02:00:00.000Z', staffId: 'per-kader-ani', role: 'kader', action: 'measurement.create', childId: 'ch-budi', via: 'chat' }] }
 */
export async function adminAuditRoutes(app: FastifyInstance, deps: AdminAuditDeps): Promise<void> {
  app.get<{ Querystring: Query }>(
    '/api/admin/audit',
    { config: { access: 'admin' }, schema: { querystring, response: { 200: { type: 'object', properties: { items: { type: 'array', items: entry } } }, 400: error, 401: error } } },
    async (request) => {
      const { child, since, limit } = request.query;
      const at = sinceOf(since);
      return { items: await deps.childAccess.list({ ...(child ? { childId: child } : {}), ...(at ? { since: at } : {}), limit }) };
    },
  );
}
