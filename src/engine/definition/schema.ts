import { SPEC_VERSION } from './types.js';
import { ROLES } from '../../shared/role.js';

const messageRef = {
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      required: ['key'],
      additionalProperties: false,
      properties: { key: { type: 'string', minLength: 1 }, params: { type: 'object' } },
    },
  ],
};
const stepId = { type: 'string', pattern: '^[a-z][a-z0-9_]*$' };

const answer = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: ['number', 'date', 'time', 'time_range', 'choice', 'yesno', 'phone', 'text'] },
    unit: { type: 'string' },
    min: { type: 'number' },
    max: { type: 'number' },
    integer: { type: 'boolean' },
    example: { type: 'string' },
    notFuture: { type: 'boolean' },
    notPast: { type: 'boolean' },
    maxYearsAgo: { type: 'number', minimum: 0 },
    minLength: { type: 'integer', minimum: 0 },
    maxLength: { type: 'integer', minimum: 1 },
    yes: { type: 'array', items: { type: 'string', minLength: 1 } },
    no: { type: 'array', items: { type: 'string', minLength: 1 } },
    number: { type: 'boolean' },
    name: { type: 'boolean' },
    options: {
      oneOf: [
        {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['id', 'label'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', minLength: 1 },
              label: { type: 'string', minLength: 1 },
              description: { type: 'string', minLength: 1 },
              synonyms: { type: 'array', items: { type: 'string' } },
              means: { enum: ['yes', 'no'] },
            },
          },
        },
        { type: 'object', required: ['from'], additionalProperties: false, properties: { from: { type: 'string', pattern: '^@' } } },
      ],
    },
  },
  additionalProperties: false,
  if: { properties: { type: { const: 'choice' } } },
  then: { required: ['options'] },
};

const step = {
  type: 'object',
  required: ['type'],
  oneOf: [
    {
      properties: { type: { const: 'send' }, text: messageRef, image: {}, next: stepId },
      required: ['type', 'text'],
      additionalProperties: false,
    },
    {
      properties: {
        type: { const: 'ask' },
        prompt: messageRef,
        answer,
        save: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
        hint: { type: 'string' },
        ahead: { type: 'boolean' },
        reading: { enum: ['switch', 'offer', 'answer'] },
        instead: {
          type: 'object',
          required: ['answer', 'save', 'next'],
          additionalProperties: false,
          properties: { answer, save: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' }, next: stepId },
        },
        unsaved: messageRef,
        next: stepId,
        timeout: {
          type: 'object',
          required: ['minutes'],
          additionalProperties: false,
          properties: { minutes: { type: 'number', exclusiveMinimum: 0 }, next: stepId },
        },
      },
      required: ['type', 'prompt', 'answer', 'save', 'next'],
      additionalProperties: false,
    },
    {
      properties: {
        type: { const: 'branch' },
        cases: {
          type: 'array',
          items: { type: 'object', required: ['when', 'next'], additionalProperties: false, properties: { when: { type: 'object' }, next: stepId } },
        },
        default: stepId,
      },
      required: ['type', 'cases', 'default'],
      additionalProperties: false,
    },
    {
      properties: {
        type: { const: 'action' },
        action: { type: 'string', pattern: '^[a-z][a-z0-9_.]*$' },
        args: { type: 'object' },
        save: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
        on: { type: 'object', additionalProperties: stepId },
        default: stepId,
      },
      required: ['type', 'action'],
      additionalProperties: false,
    },
    {
      properties: { type: { const: 'subflow' }, flow: { type: 'string' }, next: stepId },
      required: ['type', 'flow'],
      additionalProperties: false,
    },
    {
      properties: { type: { const: 'end' }, then: { enum: ['menu', 'stop'] } },
      required: ['type'],
      additionalProperties: false,
    },
  ],
};

/** JSON Schema (draft 2020-12 subset understood by ajv) of a flow file at the current spec version. */
export const flowSchema = {
  $id: 'https://posyandu.bot/schemas/flow.json',
  type: 'object',
  required: ['spec', 'id', 'version', 'start', 'steps'],
  additionalProperties: false,
  properties: {
    spec: { const: SPEC_VERSION },
    id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    version: { type: 'integer', minimum: 1 },
    description: { type: 'string' },
    roles: { type: 'array', items: { enum: [...ROLES] } },
    triggers: { type: 'array', items: { type: 'string', minLength: 1 } },
    reads: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    keeps: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } },
    start: stepId,
    steps: { type: 'object', minProperties: 1, propertyNames: stepId, additionalProperties: step },
  },
} as const;
