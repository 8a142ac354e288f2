import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TurnCommit } from '../../../src/app/effects/turn-commit.js';
import { staffAccessHandlers } from '../../../src/app/rights/staff-access-effect-handlers.js';
import type { StaffAccessEffect } from '../../../src/app/rights/staff-access-effects.js';
import { withStaffAccessLog } from '../../../src/app/rights/staff-access.js';
import { defineAction, type ActionContext, type ContactView } from '../../../src/engine/index.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const NOW = new Date('2026-03-09T03:00:00Z');
const kader = { id: 'c-kader', role: 'kader', lang: 'id', facts: {} } as unknown as ContactView;
const parent = { ...kader, id: 'c-parent', role: 'parent' } as ContactView;

/** A growth.history that found something, wrapped as the registry wraps it; its reads are in memory. */
const history = withStaffAccessLog(
  [defineAction({ name: 'growth.history', args: z.object({ childId: z.string() }), results: ['some'], run: () => ({ result: 'some' }) })],
  {
    contacts: { get: async (id) => (id === 'c-kader' ? ({ _id: id, phone: '+628111000002' } as never) : null) },
    registry: { personByPhone: async () => ({ _id: 'per-kader-ani', role: 'kader', posyanduIds: ['psy-mawar'], kelurahanIds: [], puskesmasIds: [] }) as never },
    escalation: { alerts: { get: async () => null } },
  },
)[0]!;
const call = (contact: ContactView, ref: string) => history.invoke({ contact, vars: {}, args: { childId: 'ch-budi' }, now: NOW, translate: (_l, k) => k, ref } as ActionContext);

describe('the staff access log as an effect: the wrapper reads, the commit writes', () => {
  it('returns a staff.access effect with an id derived from the action call ref, the same on a replay', async () => {
    const first = await call(kader, 'simulator:42#3');
    const again = await call(kader, 'simulator:42#3');
    const other = await call(kader, 'simulator:43#3');
    const [effect] = first.effects as StaffAccessEffect[];
    expect(effect).toMatchObject({ type: 'staff.access', id: expect.stringMatching(/^acc_[0-9a-f]{24}$/) });
    expect(effect!.entries).toEqual([{ key: `${effect!.id}|ch-budi`, at: NOW, staffId: 'per-kader-ani', role: 'kader', action: 'child.history', childId: 'ch-budi', via: 'chat' }]);
    expect(again.effects).toEqual(first.effects);
    expect((other.effects as StaffAccessEffect[])[0]!.id).not.toBe(effect!.id);
  });

  it('adds nothing for a parent', async () => {
    expect((await call(parent, 'simulator:42#3')).effects).toBeUndefined();
  });
});

describe('the staff access log applied twice (MongoDB-wire server)', () => {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  it('stores each entry of a staff.access effect once when its handler runs twice', async () => {
    const [effect] = (await call(kader, 'simulator:replay-1#2')).effects as StaffAccessEffect[];
    const [handle] = staffAccessHandlers(bot.container.deps)['staff.access']!;
    const turn = { contactId: 'c-kader', now: NOW, erased: false };
    await handle!(effect!, turn);
    await handle!(effect!, turn);
    expect(await bot.container.deps.childAccess.list({ childId: 'ch-budi', limit: 100 })).toEqual([{ at: NOW, staffId: 'per-kader-ani', role: 'kader', action: 'child.history', childId: 'ch-budi', via: 'chat' }]);
  });

  it('a kader measuring with every commit applied twice: the log holds the list, the pick and the measurement once each', async () => {
    const commit = (bot.container.conversations as unknown as { effects: TurnCommit }).effects;
    const once = commit.apply.bind(commit);
    commit.apply = async (effects, turn) => {
      await once(effects, turn);
      await once(effects, turn);
    };
    for (const text of ['halo', '1', 'ya']) await bot.send(DEMO_PHONES.kader, text);
    clock.set(new Date('2026-03-09T04:00:00Z'));
    for (const text of ['ukur', 'budi', 'BB 8,6 PB 72,5', 'selesai']) await bot.send(DEMO_PHONES.kader, text);
    const logged = await bot.container.deps.childAccess.list({ childId: 'ch-budi', since: new Date('2026-03-09T04:00:00Z'), limit: 100 });
    expect(logged.map((e) => e.action).sort()).toEqual(['child.list', 'child.view', 'measurement.create']);
  }, 120_000);
});
