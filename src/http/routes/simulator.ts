import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../../app/conversation.js';
import type { ContactStore, MessageStore, ProcessedNotifier } from '../../app/ports.js';
import type { OutboundRecord } from '../../app/records.js';
import { simulatorChannel } from '../../channels/simulator/simulator-channel.js';
import type { Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';

export interface Persona {
  id: string;
  label: string;
}

export interface SimulatorDeps {
  conversations: ConversationService;
  messages: MessageStore;
  contacts: ContactStore;
  processed: ProcessedNotifier;
  clock: Clock;
  personas: Persona[];
  replyTimeoutMs?: number;
}

function view(record: OutboundRecord) {
  return {
    text: record.text,
    ...(record.choices?.length ? { choices: record.choices } : {}),
    ...(record.image ? { image: record.image } : {}),
  };
}

const choice = { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } }, required: ['id', 'label'] };
const reply = { type: 'object', properties: { text: { type: 'string' }, choices: { type: 'array', items: choice }, image: { type: 'string' } }, required: ['text'] };
const page = readFileSync(new URL('../public/simulator.html', import.meta.url), 'utf8');

/**
 * The simulator channel over HTTP: send as any contact and get the replies once processed; read
 * everything the bot sent a contact; a web chat page.
 */
export async function simulatorRoutes(app: FastifyInstance, deps: SimulatorDeps): Promise<void> {
  const simulator = { config: { access: 'simulator' as const } };
  app.post<{ Body: { from: string; text: string; id?: string } }>(
    '/api/simulator/messages',
    {
      ...simulator,
      schema: {
        body: {
          type: 'object',
          required: ['from', 'text'],
          additionalProperties: false,
          properties: { from: { type: 'string', minLength: 1, maxLength: 64 }, text: { type: 'string', maxLength: 4096 }, id: { type: 'string', minLength: 1, maxLength: 128 } },
        },
        response: { 200: { type: 'object', properties: { replies: { type: 'array', items: reply } } } },
      },
    },
    async (request) => {
      const [message] = simulatorChannel.parse(request.body, deps.clock.now());
      const { id } = await deps.conversations.accept(message!);
      const done = await deps.processed.wait(id, deps.replyTimeoutMs ?? 20_000, async () => (await deps.messages.getInbound(id))?.status !== 'queued');
      if (!done) throw new AppError('TIMEOUT', 'The message was accepted but not processed in time; read the replies later from the messages endpoint.', { id });
      return { replies: (await deps.messages.repliesTo(id)).map(view) };
    },
  );

  app.get<{ Params: { contactId: string } }>(
    '/api/simulator/contacts/:contactId/messages',
    { ...simulator, schema: { response: { 200: { type: 'object', properties: { messages: { type: 'array', items: reply } } } } } },
    async (request) => {
      const contact = await deps.contacts.findByAddress('simulator', request.params.contactId);
      if (!contact) return { messages: [] };
      return { messages: (await deps.messages.outboundFor(contact._id)).map(view) };
    },
  );

  app.get('/api/simulator/personas', simulator, async () => ({ personas: deps.personas }));

  app.get('/simulator', { config: { access: 'public' } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
