import { afterEach, describe, expect, it } from 'vitest';
import { outboundId } from '../../src/app/messages/outbound-id.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

/**
 * The contact side of a turn applied twice (see `conversation-replay.test.ts` for growth): a parent
 * changes language, registers a child, corrects (KOREKSI), erases their data or withdraws consent, and the worker dies
 * at one point of the commit. The redelivered turn must leave what one clean turn leaves.
 */
const LAST_ID = 'contact-replay-last';
const INBOUND = `simulator:${LAST_ID}`;
const PARENT = DEMO_PHONES.parent;

interface Scenario {
  before: string[];
  last: string;
  /** The write that carries the turn's change, to crash between the session save and the effects. */
  effectWrite: (b: TestBot) => Crash;
}

const scenarios: Record<string, Scenario> = {
  'changing language': {
    before: ['bahasa'],
    last: '2',
    effectWrite: (b) => failOnce(b.container.deps.contacts, 'update', (_id: string, patch: { lang?: string }) => patch.lang === 'en'),
  },
  'registering a child': {
    before: ['menu', '2', '1', 'Dewi', 'perempuan'],
    last: '1 Januari 2025',
    effectWrite: (b) => failOnce(b.container.deps.children, 'insert', () => true),
  },
  'correcting a child\'s name': {
    before: ['koreksi', 'Budi', '1'],
    last: 'Budiman',
    effectWrite: (b) => failOnce(b.container.deps.children, 'correct', () => true),
  },
  'correcting a measurement': {
    before: ['koreksi', 'Budi', '4', '1'],
    last: 'BB 9,1',
    effectWrite: (b) => failOnce(b.container.deps.children, 'insertMeasurement', () => true),
  },
  'erasing their data': {
    before: ['hapus data'],
    last: 'ya',
    effectWrite: (b) => failOnce(b.container.deps.contacts, 'erase', () => true),
  },
  'withdrawing consent': {
    before: ['cabut izin'],
    last: 'ya',
    effectWrite: (b) => failOnce(b.container.deps.sessions, 'delete', () => true),
  },
};

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(scenario: Scenario): Promise<TestBot> {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  for (const text of scenario.before) await bot.send(PARENT, text);
  return bot;
}

/**
 * What the contact side stores: the parent's contact as the engine and senders read it, their
 * session, every child (codes are drawn at random, so a rerun turn draws another), their chat
 * history, the withdrawal's audit entries and the turn's replies.
 */
async function stored(b: TestBot) {
  const { models, deps } = b.container;
  const byId = { _id: 1 } as const;
  const contact = await deps.contacts.findByPhone(PARENT);
  const children = (await Promise.all((await models.children.find({}).sort(byId).lean()).map(async ({ _id }) => deps.children.get(String(_id))))).filter((c) => c !== null);
  // A rerun turn draws another code: replies name the code of the child stored, whichever it is.
  const coded = (text: string) => children.reduce((t, c) => t.replaceAll(c.code, `<code of ${c._id}>`), text);
  return {
    contact: contact && { _id: contact._id, lang: contact.lang, role: contact.role, consented: contact.consentAt !== null, optedOut: contact.optedOut, posyanduId: contact.posyanduId },
    session: contact && (await deps.sessions.load(contact._id)) ? 1 : 0,
    children: children.map((c) => ({ _id: c._id, name: c.name, sex: c.sex, birthDate: c.birthDate, caregiverIds: c.caregiverIds, posyanduId: c.posyanduId, corrections: c.corrections ?? [] })),
    measurements: await models.measurements.countDocuments({}),
    // Corrections keep history: the old measurement stays, superseded by the new one.
    corrected: (await models.measurements.find({ $or: [{ corrects: { $exists: true } }, { supersededBy: { $ne: null } }] }).sort(byId).lean()).map(({ _id, weightKg, supersededBy, corrects }) => ({ _id, weightKg, supersededBy, corrects })),
    correctionAudit: await models.audit.countDocuments({ action: { $in: ['child.correct', 'measurement.correct'] } }),
    history: contact ? await models.outbound.countDocuments({ contactId: contact._id }) : 0,
    inbound: await models.inbound.countDocuments({}),
    audit: await models.audit.countDocuments({ action: 'consent.withdraw' }),
    replies: (await models.outbound.find({ inReplyTo: INBOUND }).sort(byId).lean()).map((r) => coded(r.text)),
  };
}

type Crash = (crashed: () => void) => void;

/** Makes one method of a store throw once, for the last turn only. */
function failOnce<T extends object, K extends keyof T>(target: T, key: K, when: (...args: never[]) => boolean): Crash {
  return (crashed) => {
    const original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
    let done = false;
    target[key] = (async (...args: never[]) => {
      if (!done && when(...args)) {
        done = true;
        crashed();
        throw new Error('the worker died here');
      }
      return original(...args);
    }) as T[K];
  };
}

const crashes: Array<[string, (b: TestBot, scenario: Scenario) => Crash]> = [
  ['before the turn is stored', (b) => failOnce(b.container.deps.messages, 'recordOutbound', (docs: Array<{ inReplyTo: string | null }>) => docs.some((d) => d.inReplyTo === INBOUND))],
  ['after the session is saved, before its effects are applied', (b, scenario) => scenario.effectWrite(b)],
  ['after the effects are applied, before its replies are queued', (b) => failOnce(b.container.deps.sends, 'enqueue', (_channel: string, _chat: string, ids: readonly string[]) => ids.includes(outboundId(INBOUND, 0)))],
];

const cases = Object.entries(scenarios).flatMap(([name, scenario]) => crashes.map(([at, crash]) => [name, at, scenario, crash] as const));

describe('a contact-side turn applied twice (MongoDB-wire server, Redis)', () => {
  it.each(cases)('%s, a crash %s: the redelivered turn stores what one clean turn does', async (_name, _at, scenario, crashAt) => {
    const clean = await start(scenario);
    await clean.send(PARENT, scenario.last, LAST_ID);
    const expected = await stored(clean);
    await clean.close();
    bot = undefined;

    const b = await start(scenario);
    let crashed = false;
    crashAt(b, scenario)(() => (crashed = true));
    await b.send(PARENT, scenario.last, LAST_ID);

    expect(crashed).toBe(true);
    expect(expected.replies.length).toBeGreaterThan(0);
    expect(await stored(b)).toEqual(expected);
  }, 120_000);
});
