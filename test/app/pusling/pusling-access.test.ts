import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffActor, type PuslingActor } from '../../../src/app/pusling/pusling-actor.js';
import { PuslingService } from '../../../src/app/pusling/pusling-service.js';
import type { Person } from '../../../src/app/registry/registry-records.js';
import { demoPeople } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { RegistryRepository } from '../../../src/store/registry-repository.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const NOW = new Date('2026-03-09T02:00:00Z');

const person = (phone: string): Person => demoPeople.find((p) => p.phone === phone)!;
const otherPuskesmasOfficer: Person = { _id: 'per-other-pkm', phone: '+628111000090', role: 'puskesmas', name: 'Pak Dodi', posyanduIds: [], kelurahanIds: [], puskesmasIds: ['pkm-lain'], duties: ['pusling'] };
const melatiKader: Person = { _id: 'per-kader-melati', phone: '+628111000091', role: 'kader', name: 'Bu Euis', posyanduIds: ['psy-melati'], kelurahanIds: ['kel-margahayu'], puskesmasIds: ['pkm-bekasi-jaya'], duties: [] };
const nutritionOnly: Person = { _id: 'per-tpg-only', phone: '+628111000092', role: 'puskesmas', name: 'Bu Nia', posyanduIds: [], kelurahanIds: [], puskesmasIds: ['pkm-bekasi-jaya'], duties: ['nutrition'] };

describe('Pusling access: nobody sees or acts outside their area', () => {
  let bot: TestBot;
  let service: PuslingService;
  let requestId: string;
  const kader = staffActor(person('+628111000002'));
  const coordinator = staffActor(person('+628111000004'));
  const parent: PuslingActor = { actor: { id: 'c-demo-parent', role: 'parent', posyanduIds: ['psy-mawar'] }, contact: null, person: null, coordinator: false };

  beforeAll(async () => {
    const clock = fixedClock(NOW);
    bot = await startTestBot({ clock, workers: false, seed: async (c) => {
      await seedDemo(c.models, clock.now());
      const registry = new RegistryRepository(c.models);
      for (const p of [otherPuskesmasOfficer, melatiKader, nutritionOnly]) await registry.upsertPerson(p);
    } });
    service = new PuslingService(bot.container.deps);
    const created = await service.request(kader, { kelurahanId: 'kel-margahayu', rw: '03', reasons: ['distance'], preferredDates: ['2026-04-14'], expectedPeople: 40 }, 'chat');
    if (!created.ok) throw new Error(created.error);
    requestId = created.record._id;
  });
  afterAll(async () => bot?.close());

  it.each([
    ['a parent', parent, 'parent'],
    ['a kader of another posyandu', staffActor(melatiKader), 'outside_area'],
  ])('%s cannot ask for RW 03', async (_name, who, error) => {
    const outcome = await service.request(who, { kelurahanId: 'kel-margahayu', rw: '03', reasons: ['distance'], preferredDates: [], expectedPeople: 10 }, 'chat');
    expect(outcome).toMatchObject({ ok: false, error });
  });

  it.each([
    ['an officer of another puskesmas', staffActor(otherPuskesmasOfficer), 'outside_area'],
    ['an officer without the pusling duty', staffActor(nutritionOnly), 'not_coordinator'],
    ['a kader', kader, 'not_decider'],
    ['a parent', parent, 'parent'],
  ])('%s cannot decide', async (_name, who, error) => {
    const outcome = await service.decide(who, requestId, { action: 'reject', reason: 'other' });
    expect(outcome).toMatchObject({ ok: false, error });
    expect((await bot.container.deps.pusling.get(requestId))?.request.state).toBe('requested');
  });

  it.each([
    ['an officer of another puskesmas', staffActor(otherPuskesmasOfficer)],
    ['a kader of another posyandu', staffActor(melatiKader)],
    ['a parent before the visit is scheduled', parent],
  ])('%s does not see the request', async (_name, who) => {
    expect(await service.visibleRequest(who, requestId)).toBeNull();
    expect(await service.visible(who)).toEqual([]);
  });

  it('only a coordinator of the puskesmas gets the queue', async () => {
    expect(await service.queue(staffActor(nutritionOnly), NOW)).toBe('not_coordinator');
    expect(await service.queue(staffActor(otherPuskesmasOfficer), NOW)).toEqual([]);
    expect((await service.queue(coordinator, NOW)) as unknown[]).toHaveLength(1);
  });

  it('refuses a second open request for the same RW', async () => {
    const again = await service.request(staffActor(person('+628111000003')), { kelurahanId: 'kel-margahayu', rw: '03', reasons: ['elderly_screening'], preferredDates: [], expectedPeople: 20 }, 'chat');
    expect(again).toMatchObject({ ok: false, error: 'duplicate' });
  });
});
