import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionCatalog } from '../../src/app/actions/index.js';
import { growthActions } from '../../src/app/actions/growth-actions.js';
import { immunisationActions } from '../../src/app/actions/immunisation-actions.js';
import { scheduleActions } from '../../src/app/actions/schedule-actions.js';
import { toContactView } from '../../src/app/contact-view.js';
import type { AppEffect } from '../../src/app/effects/app-effect.js';
import { effectId } from '../../src/app/effects/effect-id.js';
import { TurnCommit } from '../../src/app/effects/turn-commit.js';
import { buildEngineAssets, loadKeywords, loadValidatedFlows } from '../../src/app/engine-assets.js';
import { growthHandlers } from '../../src/app/growth/growth-effect-handlers.js';
import { ActionRegistry, newSession, runEngine, type OutboundMessage, type SessionState } from '../../src/engine/index.js';
import { loadCatalog } from '../../src/i18n/catalog.js';
import { ParentReadModel } from '../helpers/parent-read-model.js';
import { readTranscript, type ExpectedReply } from '../helpers/transcript.js';

/**
 * Parents' golden transcripts of test/transcripts (the same files the whole stack plays), run on the
 * engine alone: growth, schedule and immunisation actions over an in-memory demo world, each turn's
 * effects applied by the growth handlers. No MongoDB, no Redis. Replies must match the files;
 * effects are asserted below.
 */
const catalog = loadCatalog('locales');
const flows = loadValidatedFlows('flows', catalog, actionCatalog());
const keywords = loadKeywords('flows');
const dir = join(import.meta.dirname, '../transcripts');

interface Played {
  replies: ExpectedReply[][];
  effects: AppEffect[][];
  /** How often each turn read a contact: who asks is resolved once per turn. */
  contactReads: number[];
  world: ParentReadModel;
}

async function play(file: string): Promise<Played> {
  const transcript = readTranscript(join(dir, file));
  const now = new Date(transcript.clock ?? '2026-03-09T02:00:00Z');
  const world = new ParentReadModel(now);
  const assets = buildEngineAssets({ flows, history: [], catalog, keywords, actions: new ActionRegistry([...growthActions(world), ...scheduleActions(world), ...immunisationActions(world)]) });
  const commit = new TurnCommit(growthHandlers(world, assets.translate));
  const sessions = new Map<string, SessionState>();
  const played: Played = { replies: [], effects: [], contactReads: [], world };
  let contactReads = 0;
  const get = world.contacts.get;
  world.contacts.get = (id) => ((contactReads += 1), get(id));
  for (const [i, turn] of transcript.turns.entries()) {
    const contact = world.contact(turn.from);
    if (!contact) throw new Error(`${file}: ${turn.from} is not a demo family; this test plays parents' transcripts only`);
    if (turn.send === undefined) throw new Error(`${file}: turn ${i + 1} taps a button; this test plays typed turns only`);
    const session = sessions.get(contact._id) ?? newSession(contact._id, contact.lang);
    contactReads = 0;
    const result = await runEngine(assets, session, toContactView(contact), { type: 'message', text: turn.send }, now, `t${i + 1}`);
    const effects = result.effects as AppEffect[];
    await commit.apply(effects, { contactId: contact._id, now, erased: false });
    sessions.set(contact._id, result.session);
    played.replies.push(result.messages.map(simplify));
    played.effects.push(effects.filter((e) => e.type.includes('.')));
    played.contactReads.push(contactReads);
  }
  return played;
}

function simplify(message: OutboundMessage): ExpectedReply {
  return { text: message.text, ...(message.choices ? { choices: message.choices.map((c) => c.label) } : {}), ...(message.image ? { image: true } : {}) };
}

const PARENT_TRANSCRIPTS = [
  'measure-parent-report.yaml',
  'measure-decimal-slip.yaml',
  'measure-from-trigger.yaml',
  'measure-menu-typed.yaml',
  'measure-koma-words.yaml',
  'measure-retype-two-values.yaml',
  'measure-same-day-head.yaml',
  'measure-yes-with-value.yaml',
  'measure-left-unsaved.yaml',
  'words-plausibility-yes.yaml',
  'growth-history.yaml',
  'immunisation-info.yaml',
];

describe('parents\' transcripts on the engine (in-memory read models)', () => {
  it.each(PARENT_TRANSCRIPTS)('%s: the same replies as the whole stack', async (file) => {
    const { replies } = await play(file);
    const expected = readTranscript(join(dir, file)).turns.map((t) => t.replies ?? []);
    replies.forEach((turn, i) => expect(turn, `${file} turn ${i + 1}`).toEqual(expected[i]));
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
    const commit = new TurnCommit(growthHandlers(world, buildEngineAssets({ flows, history: [], catalog, keywords, actions: new ActionRegistry([]) }).translate));
    await commit.apply(effects.at(-1)!, { contactId: 'c-demo-parent', now: new Date('2026-03-10T00:00:00Z'), erased: false });
    expect([...world.stored.entries()]).toEqual(before);
  });
});

/** The step count in an effect's ref is the engine's business: found by trying the steps a turn may take. */
function stepOf(id: string): number {
  for (let n = 1; n <= 100; n++) if (id === effectId('ms', `t5#${n}`)) return n;
  return -1;
}
