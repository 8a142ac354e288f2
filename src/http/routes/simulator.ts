import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../../app/conversation.js';
import type { ContactStore } from '../../app/contacts/contact-ports.js';
import type { MessageStore, ProcessedNotifier, ReplyView } from '../../app/messages/message-ports.js';
import { inboundId } from '../../app/conversation.js';
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

function view(record: ReplyView) {
  return {
    text: record.text,
    ...(record.choices?.length ? { choices: record.choices } : {}),
    ...(record.choices?.length && record.question ? { question: record.question } : {}),
    ...(record.image ? { image: record.image } : {}),
  };
}

const choice = { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } }, required: ['id', 'label'] };
const reply = { type: 'object', properties: { text: { type: 'string' }, choices: { type: 'array', items: choice }, question: { type: 'string' }, image: { type: 'string' } }, required: ['text'] };
const page = readFileSync(new URL('../public/simulator.html', import.meta.url), 'utf8');

/**
 * The simulator channel over HTTP: send as any simulator contact and get the replies once processed;
 * read everything the bot sent a simulator address; a web chat page. The simulator sees only its own
 * contacts: a number another channel uses becomes a simulator contact of its own (see contact-scope.ts).
 */
export async function simulatorRoutes(app: FastifyInstance, deps: SimulatorDeps): Promise<void> {
  const simulator = { config: { access: 'simulator' as const } };
  app.post<{ Body: { from: string; text: string; id?: string; question?: string; attachment?: 'photo' | 'document' } }>(
    '/api/simulator/messages',
    {
      ...simulator,
      schema: {
        body: {
          type: 'object',
          required: ['from', 'text'],
          additionalProperties: false,
          properties: {
            from: { type: 'string', minLength: 1, maxLength: 64, pattern: '\\S' },
            text: { type: 'string', maxLength: 4096 },
            id: { type: 'string', minLength: 1, maxLength: 128, pattern: '\\S' },
            question: { type: 'string', maxLength: 16 },
            attachment: { enum: ['photo', 'document'] },
          },
        },
        response: { 200: { type: 'object', properties: { replies: { type: 'array', items: reply } } } },
      },
    },
    async (request) => {
      const [message] = simulatorChannel.parse(request.body, deps.clock.now());
      if (!message) throw new AppError('VALIDATION_FAILED', 'Send {"from": "<a phone number or a name>", "text": "<the message>"}; from may not be blank.');
      const id = inboundId(message);
      const stored = async () => {
        const inbound = await deps.messages.getInbound(id);
        return !inbound || inbound.status === 'queued' ? null : deps.messages.repliesTo(id);
      };
      // Waiting starts before the message is queued, so its signal (which carries the replies) cannot pass unheard.
      const signalled = deps.processed.wait(id, deps.replyTimeoutMs ?? 20_000, stored);
      signalled.catch(() => undefined); // awaited below; a request that fails first must not leave it unhandled
      const { duplicate } = await deps.conversations.accept(message);
      // A client id is only a duplicate of the same contact's message; another contact's is not theirs to read.
      if (duplicate && (await deps.messages.getInbound(id))?.address !== message.address) {
        throw new AppError('CONFLICT', 'This message id was already used by another contact; send a new id (or none).');
      }
      const replies = (duplicate ? await stored() : null) ?? (await signalled);
      if (!replies) throw new AppError('TIMEOUT', 'The message was accepted but not processed in time; read the replies later from the messages endpoint.', { id });
      return { replies: replies.map(view) };
    },
  );

  app.get<{ Params: { contactId: string } }>(
    '/api/simulator/contacts/:contactId/messages',
    { ...simulator, schema: { params: { type: 'object', required: ['contactId'], properties: { contactId: { type: 'string' } } }, response: { 200: { type: 'object', properties: { messages: { type: 'array', items: reply } } } } } },
    async (request) => {
      const address = request.params.contactId;
      const contact = await deps.contacts.findByAddress('simulator', address);
      if (!contact) return { messages: [] };
      // Only what was sent to this simulator address: a contact also reached on WhatsApp or Telegram keeps that transcript.
      const own = (await deps.messages.outboundFor(contact._id)).filter((record) => record.channel === 'simulator' && record.address === address);
      return { messages: own.map(view) };
    },
  );

  app.get(
    '/api/simulator/personas',
    { ...simulator, schema: { response: { 200: { type: 'object', properties: { personas: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } } } } } } } } },
    async () => ({ personas: deps.personas }),
  );

  app.get('/simulator', { config: { access: 'public' } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
