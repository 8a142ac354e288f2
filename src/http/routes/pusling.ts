import type { FastifyInstance } from 'fastify';
import type { PuslingCommand, RejectionReason } from '../../domain/pusling/index.js';
import { staffActor, type PuslingActor } from '../../app/pusling/pusling-actor.js';
import type { PuslingService, PuslingServiceError } from '../../app/pusling/pusling-service.js';
import type { RegistryStore } from '../../app/registry/registry-ports.js';
import type { PuslingRequestRecord } from '../../app/pusling/pusling-records.js';
import { AppError, type ErrorCode } from '../../shared/errors.js';
import { createBody, decisionBody, errorView, rankedView, requestView } from './pusling-schemas.js';

export interface PuslingRoutesDeps {
  service: PuslingService;
  registry: Pick<RegistryStore, 'personByPhone'>;
}

type CreateBody = { actorPhone: string; kelurahanId: string; rw: string; reasons: string[]; preferredDates?: string[]; expectedPeople: number };
type DecisionBody = {
  actorPhone: string;
  action: PuslingCommand['action'];
  date?: string;
  time?: string;
  endTime?: string;
  place?: string;
  team?: string[];
  intoId?: string;
  until?: string;
  reason?: RejectionReason;
  note?: string;
};

const CODE: Record<PuslingServiceError, ErrorCode> = {
  parent: 'FORBIDDEN',
  outside_area: 'FORBIDDEN',
  not_decider: 'FORBIDDEN',
  not_coordinator: 'FORBIDDEN',
  date_taken: 'CONFLICT',
  capacity_full: 'CONFLICT',
  illegal_transition: 'CONFLICT',
  merge_target_invalid: 'CONFLICT',
  duplicate: 'CONFLICT',
  conflict: 'CONFLICT',
  invalid: 'VALIDATION_FAILED',
  unknown_area: 'VALIDATION_FAILED',
  not_found: 'NOT_FOUND',
};

const HINT: Record<PuslingServiceError, string> = {
  parent: 'Parents cannot request a Pusling; their call for help goes to the kader.',
  outside_area: 'The request is outside the area of the person named by actorPhone.',
  not_decider: 'Only the puskesmas Pusling coordinator decides.',
  not_coordinator: 'Give the officer the "pusling" duty in the staff registry to let them decide.',
  date_taken: 'The Pusling team is out that day already: merge into that visit or pick another date.',
  capacity_full: "That month's Pusling days are used up (Puskesmas.puslingDaysPerMonth): pick another month or postpone.",
  illegal_transition: "This decision is not possible in the request's current state.",
  merge_target_invalid: 'Merge into an open or scheduled request of the same puskesmas.',
  duplicate: 'An open request for this RW exists already.',
  conflict: 'The request changed meanwhile: read it again and retry.',
  invalid: 'Check date (2026-04-14), time and endTime (08:00), place, team, until and reason.',
  unknown_area: 'kelurahanId and rw must name an RW of the registry.',
  not_found: 'No Pusling request has this id.',
};

function fail(error: PuslingServiceError, issues?: readonly string[]): never {
  throw new AppError(CODE[error], `${error}: ${HINT[error]}`, { error, ...(issues ? { issues } : {}) });
}

function view(record: PuslingRequestRecord) {
  const { request } = record;
  return { ...request, ...(request.schedule ? { schedule: { ...request.schedule, endTime: record.endTime } } : {}) };
}

function commandOf(body: DecisionBody): PuslingCommand {
  const note = body.note ? { note: body.note } : {};
  switch (body.action) {
    case 'schedule':
      return { action: 'schedule', date: body.date ?? '', time: body.time ?? '', place: body.place ?? '', team: body.team ?? [], ...note };
    case 'merge':
      return { action: 'merge', intoId: body.intoId ?? '', ...note };
    case 'postpone':
      return { action: 'postpone', until: body.until ?? '', ...note };
    case 'reject':
      return { action: 'reject', reason: body.reason ?? 'other', ...note };
  }
}

/**
 * The Pusling admin API (ADMIN_TOKEN): create a request for a registered staff person, list a
 * puskesmas's requests ranked by need, and decide on one. Access is the same as in the chat: the
 * person named by `actorPhone` must be allowed.
 *
 * @example
 * await app.register((instance) => puslingRoutes(instance, { service, registry }));
 */
export async function puslingRoutes(app: FastifyInstance, deps: PuslingRoutesDeps): Promise<void> {
  const actorOf = async (phone: string): Promise<PuslingActor> => {
    const person = await deps.registry.personByPhone(phone);
    if (!person) throw new AppError('FORBIDDEN', 'actorPhone must be a kader, lurah or puskesmas officer of the staff registry.');
    return staffActor(person);
  };

  app.post<{ Body: CreateBody }>(
    '/api/pusling/requests',
    { config: { access: 'admin' }, schema: { body: createBody, response: { 201: { type: 'object', properties: { request: requestView } }, '4xx': errorView } } },
    async (request, reply) => {
      const { actorPhone, ...form } = request.body;
      const outcome = await deps.service.request(await actorOf(actorPhone), { ...form, preferredDates: form.preferredDates ?? [] }, 'api');
      if (!outcome.ok) fail(outcome.error, outcome.issues);
      return reply.status(201).send({ request: view(outcome.record) });
    },
  );

  app.get<{ Querystring: { puskesmasId: string } }>(
    '/api/pusling/requests',
    {
      config: { access: 'admin' },
      schema: {
        querystring: { type: 'object', required: ['puskesmasId'], properties: { puskesmasId: { type: 'string', minLength: 1, maxLength: 64 } } },
        response: { 200: { type: 'object', properties: { ranked: { type: 'array', items: rankedView }, others: { type: 'array', items: requestView } } }, '4xx': errorView },
      },
    },
    async (request) => {
      const records = await deps.service.ofPuskesmas(request.query.puskesmasId);
      const ranked = await deps.service.rankNow(records);
      const rankedIds = new Set(ranked.map((r) => r.request.id));
      const byId = new Map(records.map((r) => [r._id, r]));
      return {
        ranked: ranked.map((r) => ({ ...r, request: view(byId.get(r.request.id)!) })),
        others: records.filter((r) => !rankedIds.has(r._id)).map(view),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: DecisionBody }>(
    '/api/pusling/requests/:id/decision',
    {
      config: { access: 'admin' },
      schema: {
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 64 } } },
        body: decisionBody,
        response: { 200: { type: 'object', properties: { request: requestView } }, '4xx': errorView },
      },
    },
    async (request) => {
      const who = await actorOf(request.body.actorPhone);
      const outcome = await deps.service.decide(who, request.params.id, commandOf(request.body), request.body.endTime ?? null);
      if (!outcome.ok) fail(outcome.error, outcome.issues);
      return { request: view(outcome.record) };
    },
  );
}
