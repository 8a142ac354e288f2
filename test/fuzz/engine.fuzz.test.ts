import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { LANGS, type Lang } from '../../src/shared/lang.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { catalog } from './answer-texts.js';
import { longMessage, message } from './inputs.js';

/**
 * Random conversations through the whole bot (simulator route, inbox, worker, engine, real flows and
 * catalogs, MongoDB and Redis): every message gets an answer, in the contact's language.
 */

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
let bot: TestBot;

beforeAll(async () => {
  // The flood guard would rightly quiet a chat this busy; the properties here are about answers, not floods.
  bot = await startTestBot({ clock, env: { REPLY_LIMIT_PER_CHAT: '100000' }, seed: (c) => seedDemo(c.models, clock.now()) });
});
afterAll(async () => {
  await bot?.close();
});

/** A template as a pattern: its words literally, each `{param}` any text. */
function pattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}

/** A template that says something by itself (not just "{text}"): at least a few letters of its own. */
const distinctive = (template: string): boolean => (template.replace(/\{\w+\}/g, '').match(/\p{L}/gu) ?? []).length >= 3;

/** Every text and every line of a text in one language's catalog, as patterns. */
const texts = Object.fromEntries(
  LANGS.map((lang) => {
    const templates = Object.values(catalog[lang]).filter(distinctive);
    const lines = templates.flatMap((t) => t.split('\n')).filter(distinctive);
    return [lang, { whole: templates.map(pattern), lines: [...new Set(lines)].map(pattern) }];
  }),
) as Record<Lang, { whole: RegExp[]; lines: RegExp[] }>;

/** A reply is in a language when one of its texts gives it, or each of its lines is one of its lines. */
function inLanguage(reply: string, lang: Lang): boolean {
  const { whole, lines } = texts[lang];
  if (whole.some((p) => p.test(reply))) return true;
  return reply.split('\n').every((line) => line.trim() === '' || lines.some((p) => p.test(line)));
}

// Demo personas: parents in Indonesian, Sundanese and English, and an Indonesian kader.
const PERSONAS: Array<[string, Lang, string]> = [
  ['parent', 'id', '+628111000001'],
  ['parent', 'su', '+628111000006'],
  ['parent', 'en', '+628111000007'],
  ['kader', 'id', '+628111000002'],
];

async function langOf(phone: string): Promise<Lang> {
  const contact = await bot.container.deps.contacts.findByPhone(phone);
  return (contact?.lang as Lang | undefined) ?? 'id';
}

/** What people send: menu numbers and keywords to walk into flows, and anything else. */
const step = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('1', '2', '3', '4', '5', '6', '8', 'ya', 'tidak', 'menu', 'MENU', 'batal', 'bantuan', 'halo', 'kapan posyandu', 'bb 8,5 tb 72', '12-03-2024', 'jam 8 pagi') },
  { weight: 4, arbitrary: message },
  { weight: 1, arbitrary: longMessage },
);

describe('fuzz: the engine, through the whole bot', () => {
  it('tells the languages apart (the check below could fail)', () => {
    const keys = ['engine.cancelled', 'answer.error.no_such_choice', 'answer.error.empty', 'engine.too_many_attempts', 'engine.error'].filter((k) => LANGS.every((l) => catalog[l][k]));
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      for (const lang of LANGS) {
        const text = catalog[lang][key]!.replace(/\{\w+\}/g, '1');
        expect(inLanguage(text, lang), `${lang} ${key}`).toBe(true);
        for (const other of LANGS.filter((l) => l !== lang && catalog[l][key] !== catalog[lang][key])) expect(inLanguage(text, other), `${lang} ${key} as ${other}`).toBe(false);
      }
    }
  });

  it.each(PERSONAS)('answers every message of a random conversation of a %s in %s, in the contact\'s language', async (_role, lang, phone) => {
    expect(await langOf(phone)).toBe(lang);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        await bot.send(phone, 'MENU');
        for (const text of steps) {
          const before = await langOf(phone);
          const replies = await bot.send(phone, text);
          const after = await langOf(phone);
          expect(replies.length, `no reply to ${JSON.stringify(text)}`).toBeGreaterThan(0);
          for (const reply of replies) {
            // The bot's apology for an exception it caught is in the language too, but it is a failure here.
            expect(LANGS.map((l) => catalog[l]['engine.error'])).not.toContain(reply.text);
            expect(inLanguage(reply.text, before) || inLanguage(reply.text, after), `${before}/${after}: ${JSON.stringify(reply.text)} after ${JSON.stringify(text)}`).toBe(true);
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_ENGINE_RUNS ?? 8), ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
  }, 240_000);
});
