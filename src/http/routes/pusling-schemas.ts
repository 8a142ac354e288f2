import { PUSLING_REASONS, REJECTION_REASONS } from '../../domain/pusling/index.js';

const str = { type: 'string' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const time = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;
const phone = { type: 'string', minLength: 8, maxLength: 20 } as const;

const area = {
  type: 'object',
  properties: { posyanduId: str, kelurahanId: str, rw: str, puskesmasId: str },
} as const;

/** A request as the API shows it, with its history (who, when, what). */
export const requestView = {
  type: 'object',
  properties: {
    id: str,
    state: str,
    area,
    requestedBy: { type: 'object', properties: { id: str, role: str } },
    reasons: { type: 'array', items: str },
    preferredDates: { type: 'array', items: str },
    expectedPeople: { type: 'integer' },
    requestedAt: { type: 'string', format: 'date-time' },
    schedule: { type: 'object', properties: { date: str, time: str, endTime: { type: ['string', 'null'] }, zone: str, place: str, team: { type: 'array', items: str } } },
    mergedInto: str,
    postponedUntil: str,
    rejection: { type: 'object', properties: { reason: str, note: str } },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: { at: { type: 'string', format: 'date-time' }, by: { type: 'object', properties: { id: str, role: str } }, action: str, from: { type: ['string', 'null'] }, to: str, note: str },
      },
    },
  },
} as const;

const part = { type: 'object', properties: { value: { type: 'number' }, points: { type: 'number' } } } as const;

export const rankedView = {
  type: 'object',
  properties: {
    score: { type: 'number' },
    parts: { type: 'object', properties: { children: part, distance: part, waiting: part } },
    needUnknown: { type: 'boolean' },
    request: requestView,
  },
} as const;

export const errorView = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;

export const createBody = {
  type: 'object',
  required: ['actorPhone', 'kelurahanId', 'rw', 'reasons', 'expectedPeople'],
  additionalProperties: false,
  properties: {
    actorPhone: phone,
    kelurahanId: { type: 'string', minLength: 1, maxLength: 64 },
    rw: { type: 'string', minLength: 1, maxLength: 8 },
    reasons: { type: 'array', minItems: 1, maxItems: 4, uniqueItems: true, items: { type: 'string', enum: [...PUSLING_REASONS] } },
    preferredDates: { type: 'array', maxItems: 5, items: date },
    expectedPeople: { type: 'integer', minimum: 1, maximum: 2000 },
  },
} as const;

export const decisionBody = {
  type: 'object',
  required: ['actorPhone', 'action'],
  additionalProperties: false,
  properties: {
    actorPhone: phone,
    action: { type: 'string', enum: ['schedule', 'merge', 'postpone', 'reject'] },
    date,
    time,
    endTime: time,
    place: { type: 'string', minLength: 1, maxLength: 120 },
    team: { type: 'array', minItems: 1, maxItems: 20, items: { type: 'string', minLength: 1, maxLength: 60 } },
    intoId: { type: 'string', minLength: 1, maxLength: 64 },
    until: date,
    reason: { type: 'string', enum: [...REJECTION_REASONS] },
    note: { type: 'string', maxLength: 500 },
  },
} as const;
