import type { FastifyInstance } from 'fastify';
import type { ScheduleAdminInput, ScheduleAdminService } from '../../app/schedule/schedule-admin-service.js';

export interface AdminScheduleDeps {
  schedules: ScheduleAdminService;
}

const str = { type: 'string' } as const;
const params = { type: 'object', required: ['posyanduId'], properties: { posyanduId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } } } as const;
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;
/** Stored schedule and next sessions; their shapes are the domain schemas', so they pass through whole. */
const view = { type: 'object', properties: { record: { type: 'object', additionalProperties: true }, next: { type: 'array', items: { type: 'object', additionalProperties: true } } } } as const;

/** Shapes only; `ScheduleAdminService` checks meaning (times, rules, policies) with the domain schemas. */
const body = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    schedule: {
      type: 'object',
      additionalProperties: false,
      properties: { rule: { type: 'object' }, start: str, end: str, place: str, services: { type: 'array', items: str }, holidayPolicy: { type: 'object' } },
    },
    reminderPolicy: {
      type: 'object',
      additionalProperties: false,
      properties: { reminders: { type: 'array', items: { type: 'object' } }, quietHours: { type: 'object' } },
    },
    exceptions: { type: 'array', items: { type: 'object' } },
  },
} as const;

/**
 * The schedule admin API for puskesmas staff: read a posyandu's schedule with its next sessions, and
 * set its routine, reminder times, quiet hours and exceptions (each part optional; what is sent
 * replaces the stored part). Every request needs `Authorization: Bearer <ADMIN_TOKEN>` (route access `admin`).
 *
 * @example
 * await app.register((i) => adminScheduleRoutes(i, { schedules: new ScheduleAdminService(deps)) }));
 * // PUT /api/admin/schedules/psy-mawar { reminderPolicy: { quietHours: { start: '20:00', end: '06:30' } } }
 */
export async function adminScheduleRoutes(app: FastifyInstance, deps: AdminScheduleDeps): Promise<void> {
  const errors = { 400: error, 401: error, 404: error };

  app.get<{ Params: { posyanduId: string } }>('/api/admin/schedules/:posyanduId', { config: { access: 'admin' }, schema: { params, response: { 200: view, ...errors } } }, async (request) =>
    deps.schedules.get(request.params.posyanduId),
  );
  app.put<{ Params: { posyanduId: string }; Body: ScheduleAdminInput }>(
    '/api/admin/schedules/:posyanduId',
    { config: { access: 'admin' }, schema: { params, body, response: { 200: view, ...errors } } },
    async (request) => deps.schedules.save(request.params.posyanduId, request.body),
  );
}
