import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSession, runEngine, type SessionState } from '../../src/engine/index.js';
import { LANGS } from '../../src/shared/lang.js';
import { assets, contact } from '../engine/fixtures.js';
import { anyMessage } from './inputs.js';

const now = new Date('2026-03-09T02:00:00Z');
const step = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('1', '2', '8', '99', 'halo', 'menu', 'batal', 'bantuan', 'bahasa', 'cuaca', 'kapan posyandu', 'stop', 'mulai') },
  { weight: 3, arbitrary: anyMessage },
);

describe('fuzz: engine turns on the test flows', () => {
  it('runEngine never throws and answers every message, whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...LANGS), fc.constantFrom('parent' as const, 'kader' as const), fc.array(step, { minLength: 1, maxLength: 10 }), async (lang, role, texts) => {
        const engine = assets();
        let session: SessionState = newSession('c1', lang);
        let who = contact({ lang, role });
        for (const text of texts) {
          const result = await runEngine(engine, session, who, { type: 'message', text }, now);
          expect(result.messages.length, JSON.stringify(text)).toBeGreaterThan(0);
          // Session state survives being stored as JSON.
          expect(JSON.parse(JSON.stringify(result.session))).toEqual(result.session);
          session = result.session;
          who = result.contact;
        }
      }),
      { numRuns: 200 },
    );
  });
});
