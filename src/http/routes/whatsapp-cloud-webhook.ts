import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validSignature } from '../../channels/whatsapp-cloud/signature.js';
import { AppError } from '../../shared/errors.js';

export interface WhatsAppCloudWebhookDeps {
  /** WHATSAPP_CLOUD_VERIFY_TOKEN, typed into the app's webhook settings. */
  verifyToken: string;
  /** WHATSAPP_CLOUD_APP_SECRET: Meta signs every POST body with it. */
  appSecret: string;
  /** Checks the body's schema, accepts messages durably and records statuses; throws only when storage fails (Meta retries). */
  receive(body: unknown): Promise<void>;
}

const BODY_LIMIT = 3 * 1024 * 1024;

function sameToken(given: unknown, wanted: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(wanted));
}

const unauthorized = () => new AppError('UNAUTHORIZED', 'Bad or missing X-Hub-Signature-256: Meta signs the raw body with the app secret; set WHATSAPP_CLOUD_APP_SECRET to the app\'s secret.');

/**
 * The Cloud API webhook. GET answers Meta's verification (echo `hub.challenge` when the verify
 * token matches). POST checks `X-Hub-Signature-256` over the raw bytes (this plugin's own JSON
 * parser keeps them), accepts and answers 200; the conversation work happens in the workers.
 *
 * @example
 * await app.register((instance) => whatsappCloudWebhookRoutes(instance, { verifyToken, appSecret, receive }));
 */
export async function whatsappCloudWebhookRoutes(app: FastifyInstance, deps: WhatsAppCloudWebhookDeps): Promise<void> {
  const verified = new WeakSet<FastifyRequest>();
  // Scoped to this plugin: the signature is over the bytes as sent, so they are checked before parsing.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (request, raw, done) => {
    if (!validSignature(raw as Buffer, request.headers['x-hub-signature-256'], deps.appSecret)) return done(unauthorized(), undefined);
    verified.add(request);
    try {
      done(null, JSON.parse((raw as Buffer).toString('utf8')));
    } catch {
      done(new AppError('VALIDATION_FAILED', 'The body is not JSON.'), undefined);
    }
  });

  app.get<{ Querystring: Record<string, string> }>('/webhooks/whatsapp', { config: { access: 'signed-webhook' } }, async (request, reply) => {
    const query = request.query;
    if (query['hub.mode'] !== 'subscribe' || !sameToken(query['hub.verify_token'], deps.verifyToken)) {
      throw new AppError('FORBIDDEN', 'The verify token does not match WHATSAPP_CLOUD_VERIFY_TOKEN.');
    }
    return reply.type('text/plain').send(query['hub.challenge'] ?? '');
  });

  app.post<{ Body: unknown }>(
    '/webhooks/whatsapp',
    {
      config: { access: 'signed-webhook' },
      bodyLimit: BODY_LIMIT,
      preValidation: async (request) => {
        if (!verified.has(request)) throw unauthorized();
      },
      schema: {
        // Only the shape of JSON here: the fields are the receiver's schema, which acknowledges a bad one.
        body: { type: 'object' },
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } },
      },
    },
    async (request) => {
      await deps.receive(request.body);
      return { ok: true };
    },
  );
}
