import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/http/app.js';
import { withoutQueryValues } from '../../src/shared/logger.js';
import { capturedLogger } from '../channels/whatsapp-baileys/log-capture.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { ALL_INPUTS_ENV, CLOUD_VERIFY } from './bot-env.js';

/** What the request log says, read from the real logger's JSON lines. */
describe('request logs hold no secrets and no phone numbers', () => {
  let bot: TestBot;
  let slow: FastifyInstance;
  const captured = capturedLogger();
  const lines = captured.lines;
  const all = () => JSON.stringify(lines);

  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: ALL_INPUTS_ENV, log: captured.log });
    const { deps, conversations } = bot.container;
    // No workers: every simulator message times out, after 50 ms rather than 20 s.
    slow = await buildHttpApp({
      log: captured.log,
      health: { ready: async () => ({}) },
      simulator: { conversations, messages: deps.messages, contacts: deps.contacts, processed: deps.processed, clock: deps.clock, personas: [], replyTimeoutMs: 50 },
    });
  });
  afterAll(async () => {
    await slow.close();
    await bot.close();
  });

  it('never logs the WhatsApp verify token from the query string', async () => {
    lines.length = 0;
    const res = await bot.app.inject({ method: 'GET', url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${CLOUD_VERIFY}&hub.challenge=abc` });
    expect(res.statusCode).toBe(200);
    await bot.app.inject({ method: 'GET', url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=a-wrong-guess-xyz&hub.challenge=abc' });
    expect(lines.length).toBeGreaterThan(0);
    expect(all()).not.toContain(CLOUD_VERIFY);
    expect(all()).not.toContain('a-wrong-guess-xyz');
    expect(all()).toContain('/webhooks/whatsapp?hub.mode=[redacted]');
  });

  it('logs a simulator timeout at warn, without a stack or the phone', async () => {
    lines.length = 0;
    const res = await slow.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: '+628111000092', text: 'halo', id: 'timeout-1' } });
    expect(res.statusCode).toBe(504);
    const timeout = lines.filter((l) => (l as unknown as { code?: string }).code === 'TIMEOUT');
    expect(timeout.map((l) => l.level)).toEqual([40]);
    expect(all()).not.toContain('stack');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(all()).not.toContain('628111000092');
  });

  it('keeps parameter names and drops every value', () => {
    expect(withoutQueryValues('/a?x=1&y=&z')).toBe('/a?x=[redacted]&y=[redacted]&z=[redacted]');
    expect(withoutQueryValues('/a')).toBe('/a');
  });
});
