import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toContactView } from '../../src/app/contact-view.js';
import type { AppEffect } from '../../src/app/effects/app-effect.js';
import { effectId } from '../../src/app/effects/effect-id.js';
import { TurnCommit } from '../../src/app/effects/turn-commit.js';
import { broadcastHandlers } from '../../src/app/broadcast/broadcast-effect-handlers.js';
import { childHandlers } from '../../src/app/children/child-effect-handlers.js';
import { growthHandlers } from '../../src/app/growth/growth-effect-handlers.js';
import { immunisationHandlers } from '../../src/app/immunisation/immunisation-effect-handlers.js';
import { pregnancyHandlers } from '../../src/app/pregnancy/pregnancy-effect-handlers.js';
import { correctionHandlers } from '../../src/app/rights/correction-effect-handlers.js';
import { newSession, runEngine, type EngineInput, type OutboundMessage, type SessionState } from '../../src/engine/index.js';
import { DemoWorld } from '../helpers/demo-world.js';
import { engineOn } from '../helpers/demo-world-engine.js';
import { readTranscript, type ExpectedReply } from '../helpers/transcript.js';

/**
 * Golden transcripts of test/transcripts (the same files the whole stack plays) run on the engine
 * alone: every declared action over an in-memory demo world, each turn's effects applied by the
 * growth, child, immunisation, correction, pregnancy, broadcast and contact handlers. No MongoDB, no
 * Redis. Replies must match the files; applying every turn's effects twice must leave the world as
 * applying them once; effects are asserted below. Transcripts not listed need what this world does
 * not do (alerts and their notices, schedule changes and their announcements, Pusling, a kader's
 * screenings and their notices, a moving clock): the whole stack plays them.
 */
const dir = join(import.meta.dirname, '../transcripts');

const ENGINE_TRANSCRIPTS = [
  'broadcast-kader.yaml',
  'broadcast-refused.yaml',
  'buttons-stale-tap.yaml',
  'child-named-in-request.yaml',
  'child-register-from-menu.yaml',
  'child-register-name-at-choice.yaml',
  'delete-data-during-onboarding.yaml',
  'delete-data.yaml',
  'growth-history-named.yaml',
  'growth-history.yaml',
  'household-pregnancy-offer.yaml',
  'immunisation-info.yaml',
  'immunisation-kader-record.yaml',
  'immunisation-parent-report.yaml',
  'immunisation-recorded-footer.yaml',
  'immunisation-vitamin-a.yaml',
  'keywords.yaml',
  'measure-date-in-text.yaml',
  'measure-decimal-slip.yaml',
  'measure-from-trigger.yaml',
  'measure-kader-date-in-text.yaml',
  'measure-kader-session.yaml',
  'measure-koma-words.yaml',
  'measure-left-unsaved.yaml',
  'measure-menu-anak-saya-number.yaml',
  'measure-menu-anak-saya.yaml',
  'measure-menu-bare-number.yaml',
  'measure-menu-english.yaml',
  'measure-menu-head.yaml',
  'measure-menu-kader.yaml',
  'measure-menu-named.yaml',
  'measure-menu-sundanese.yaml',
  'measure-menu-typed.yaml',
  'measure-not-my-child.yaml',
  'measure-parent-report.yaml',
  'measure-photo-caption.yaml',
  'measure-retype-two-values.yaml',
  'measure-same-day-head.yaml',
  'measure-same-day-kader.yaml',
  'measure-same-day-merge.yaml',
  'measure-two-values-kader.yaml',
  'measure-two-values.yaml',
  'measure-yes-with-value.yaml',
  'menu-kader-services.yaml',
  'menu-parent-services.yaml',
  'onboarding-declined.yaml',
  'onboarding-kader-first-jadwal.yaml',
  'onboarding-parent.yaml',
  'onboarding-request-after-consent.yaml',
  'onboarding-request-held.yaml',
  'onboarding-resumed.yaml',
  'onboarding-staff-first-request.yaml',
  'onboarding-staff.yaml',
  'onboarding-sundanese.yaml',
  'onboarding-three-strikes.yaml',
  'onboarding-two-requests-held.yaml',
  'pregnancy-redate-at-confirm.yaml',
  'pregnancy-register.yaml',
  'pusling-parent-asks.yaml',
  'pws-link-no-address.yaml',
  'pws-link.yaml',
  'rights-correct-child.yaml',
  'rights-correct-measurement.yaml',
  'rights-correct-two-values.yaml',
  'rights-view.yaml',
  'rights-withdraw-consent.yaml',
  'schedule-next-parent.yaml',
  'screening-adult.yaml',
  'screening-kader-teen.yaml',
  'settings-household.yaml',
  'stop-still-answers.yaml',
  'sweeping-list.yaml',
  'words-ada-yes.yaml',
  'words-broadcast-kirim.yaml',
  'words-measure-as-child-name.yaml',
  'words-measure-at-broadcast.yaml',
  'words-measure-at-open-question.yaml',
  'words-menu-label-words-thanks.yaml',
  'words-plausibility-yes.yaml',
  'words-request-at-broadcast.yaml',
  'words-request-at-child-pick.yaml',
  'words-yes-and-date.yaml',
  'words-yes-corrected-value.yaml',
  'wrong-answers.yaml',
];


interface Played {
  replies: ExpectedReply[][];
  effects: AppEffect[][];
  /** How often each turn read a contact: who asks is resolved once per turn. */
  contactReads: number[];
  world: DemoWorld;
}

async function play(file: string, options: { twice?: boolean } = {}): Promise<Played> {
  const transcript = readTranscript(join(dir, file));
  // The world is the demo's, on a frozen clock, with the test bot's configuration (a public address aside).
  const { PUBLIC_BASE_URL: publicBaseUrl, ...env } = transcript.env ?? {};
  if (Object.keys(env).length || transcript.seed === 'none' || transcript.clockMoves) throw new Error(`${file} needs a world this test does not build`);
  const now = new Date(transcript.clock ?? '2026-03-09T02:00:00Z');
  const world = new DemoWorld(now, publicBaseUrl ? { publicBaseUrl } : {});
  const assets = engineOn(world);
  const commit = new TurnCommit(
    growthHandlers(world, assets.translate),
    childHandlers(world),
    immunisationHandlers(world),
    correctionHandlers({ children: world.children, escalation: { audit: world.audit } }),
    pregnancyHandlers({ pregnancies: world.pregnancies, contacts: world.contactWrites }),
    broadcastHandlers(world),
    world.contactHandlers(),
  );
  const sessions = new Map<string, SessionState>();
  const played: Played = { replies: [], effects: [], contactReads: [], world };
  let contactReads = 0;
  const get = world.contacts.get;
  world.contacts.get = (id) => ((contactReads += 1), get(id));
  const sent: OutboundMessage[][] = [];
  for (const [i, turn] of transcript.turns.entries()) {
    const contact = world.contactFor(turn.from);
    const session = sessions.get(contact._id) ?? newSession(contact._id, contact.lang);
    contactReads = 0;
    const input = turn.tap ? tapped(sent, turn.tap) : { type: 'message' as const, text: turn.send ?? '', ...(turn.attachment ? { attachment: turn.attachment } : {}) };
    const result = await runEngine(assets, session, toContactView(contact), input, now, `t${i + 1}`);
    sent.push(result.messages);
    const effects = result.effects as AppEffect[];
    for (let n = 0; n < (options.twice ? 2 : 1); n++) await commit.apply(effects, { contactId: contact._id, now, erased: false });
    // An erased contact's session goes with it, as the commit deletes it.
    if (effects.some((e) => e.type === 'contact.erase')) sessions.delete(contact._id);
    else sessions.set(contact._id, result.session);
    played.replies.push(result.messages.map(simplify));
    played.effects.push(effects.filter((e) => e.type.includes('.')));
    played.contactReads.push(contactReads);
  }
  return played;
}

/** A button tapped, as a platform sends it: the choice's number, with the question it answers (as `bot.tap` does). */
function tapped(sent: readonly OutboundMessage[][], tap: { turn: number; choice: string }): EngineInput {
  const reply = [...(sent[tap.turn - 1] ?? [])].reverse().find((m) => m.choices?.some((c) => c.label === tap.choice));
  const index = reply?.choices?.findIndex((c) => c.label === tap.choice) ?? -1;
  if (!reply || index < 0) throw new Error(`no choice "${tap.choice}" in turn ${tap.turn}`);
  return { type: 'message', text: String(index + 1), ...(reply.question ? { question: reply.question } : {}) };
}

function simplify(message: OutboundMessage): ExpectedReply {
  return { text: message.text, ...(message.choices ? { choices: message.choices.map((c) => c.label) } : {}), ...(message.image ? { image: true } : {}) };
}


describe('golden transcripts on the engine (in-memory read models)', () => {
  it.each(ENGINE_TRANSCRIPTS)('%s: the same replies as the whole stack', async (file) => {
    const { replies } = await play(file);
    const expected = readTranscript(join(dir, file)).turns.map((t) => t.replies ?? []);
    replies.forEach((turn, i) => expect(turn, `${file} turn ${i + 1}`).toEqual(expected[i]));
  });

  it.each(ENGINE_TRANSCRIPTS)('%s: every turn\'s effects applied twice leave the world as once', async (file) => {
    const once = await play(file);
    const twice = await play(file, { twice: true });
    expect(twice.replies).toEqual(once.replies);
    expect(twice.world.snapshot()).toEqual(once.world.snapshot());
  });

  it('measure-parent-report.yaml: only the last turn records, with an id from its ref, and draws both charts with the new point', async () => {
    const { effects, world } = await play('measure-parent-report.yaml');
    expect(effects.slice(0, -1).flat()).toEqual([]);
    const last = effects.at(-1)!;
    expect(last.map((e) => e.type)).toEqual(['growth.record', 'chart.render', 'chart.render']);
    const [record, wfa, lhfa] = last;
    if (record?.type !== 'growth.record' || wfa?.type !== 'chart.render' || lhfa?.type !== 'chart.render') throw new Error('effects out of order');
    // The id comes from turn 5's ref and the step: the same turn replayed derives the same id.
    expect(stepOf(record.id)).toBeGreaterThan(0);
    expect(record).toMatchObject({
      type: 'growth.record',
      supersedes: [],
      measurement: { childId: 'ch-budi', date: '2026-03-09', weightKg: 8.5, lengthCm: 72, measure: 'L', source: 'parent', recordedBy: 'c-demo-parent', supersededBy: null },
    });
    expect(record.measurement._id).toBe(record.id);
    const budiToday = { ageDays: 418, weightKg: 8.5, lengthCm: 72 };
    expect(wfa).toMatchObject({ type: 'chart.render', indicator: 'wfa', sex: 1, lang: 'id' });
    expect(lhfa).toMatchObject({ type: 'chart.render', indicator: 'lhfa' });
    expect(wfa.points.at(-1)).toEqual(budiToday);
    // Applied: stored once, and the images exist before the replies would go out.
    expect([...world.stored.values()].filter((m) => m.date === '2026-03-09')).toHaveLength(1);
    expect([...world.images.keys()].sort()).toEqual([wfa.id, lhfa.id].sort());
  });

  it('measure-parent-report.yaml: the report\'s turn (record, then both charts) reads who asks once', async () => {
    const { contactReads } = await play('measure-parent-report.yaml');
    expect(contactReads.at(-1)).toBe(1);
  });

  it('applying a turn\'s effects twice changes nothing', async () => {
    const { effects, world } = await play('measure-parent-report.yaml');
    const before = structuredClone([...world.stored.entries()]);
    const commit = new TurnCommit(growthHandlers(world, engineOn(world).translate));
    await commit.apply(effects.at(-1)!, { contactId: 'c-demo-parent', now: new Date('2026-03-10T00:00:00Z'), erased: false });
    expect([...world.stored.entries()]).toEqual(before);
  });
});

/** The step count in an effect's ref is the engine's business: found by trying the steps a turn may take. */
function stepOf(id: string): number {
  for (let n = 1; n <= 100; n++) if (id === effectId('ms', `t5#${n}`)) return n;
  return -1;
}
