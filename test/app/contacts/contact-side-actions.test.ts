import { describe, expect, it } from 'vitest';
import { childActions } from '../../../src/app/actions/child-actions.js';
import type { ActionDeps } from '../../../src/app/actions/index.js';
import { contactActions, CONSENT_VERSION } from '../../../src/app/actions/contact-actions.js';
import { correctionActions } from '../../../src/app/actions/correction-actions.js';
import { householdActions } from '../../../src/app/actions/household-actions.js';
import { rightsActions } from '../../../src/app/actions/rights-actions.js';
import type { ChildRegisterEffect } from '../../../src/app/children/child-effects.js';
import { contactViewAfter } from '../../../src/app/contacts/contact-effects.js';
import type { MeasurementCorrectEffect } from '../../../src/app/rights/correction-effects.js';
import { toContactView } from '../../../src/app/contact-view.js';
import type { Contact } from '../../../src/app/contacts/contact-records.js';
import type { ActionContext, ActionOutcome, DeclaredAction, TurnEffect } from '../../../src/engine/index.js';
import { seededRandom } from '../../../src/shared/ids.js';
import { GrowthReadModel } from '../../helpers/growth-read-model.js';

const now = new Date('2026-03-09T02:00:00Z');
const REF = 'simulator:42#3';

/**
 * The demo world in memory, for reading only: every store method that writes throws, so an action
 * that still wrote would fail here. What the actions change must come back as effects.
 */
function readOnlyWorld() {
  const world = new GrowthReadModel(now);
  const writes: string[] = [];
  const refuse = (name: string) => async () => {
    writes.push(name);
    throw new Error(`${name}: an action wrote`);
  };
  const children = {
    ...world.children,
    byCode: async (code: string) => (await Promise.all(['ch-budi', 'ch-sari', 'ch-dewi', 'ch-asep', 'ch-kevin'].map((id) => world.children.get(id)))).find((c) => c?.code === code) ?? null,
    measurement: async (id: string) => world.stored.get(id) ?? null,
    insert: refuse('children.insert'),
    addCaregiver: refuse('children.addCaregiver'),
    removeCaregiver: refuse('children.removeCaregiver'),
    insertMeasurement: refuse('children.insertMeasurement'),
    supersede: refuse('children.supersede'),
    correct: refuse('children.correct'),
    reassess: refuse('children.reassess'),
  };
  const contacts = { get: world.contacts.get, update: refuse('contacts.update'), erase: refuse('contacts.erase'), addresses: async () => [] };
  const deps = { children, contacts, random: seededRandom(7) } as unknown as ActionDeps;
  return { deps, writes };
}

function byName(actions: DeclaredAction[], name: string): DeclaredAction {
  return actions.find((a) => a.name === name)!;
}

async function run(action: DeclaredAction, contact: Contact, args: Record<string, unknown>, ref = REF): Promise<ActionOutcome> {
  const context: ActionContext = { contact: toContactView(contact), vars: {}, args: args as never, now, translate: (_lang, key) => key, ref };
  return action.invoke(context);
}

const parent = (id = 'c-demo-parent') => ({ _id: id, lang: 'id', role: 'parent', consentAt: now, consentVersion: 2, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', phone: null, lastChannel: null, lastAddress: null, reminderKinds: null }) as Contact;
const ofType = (effects: readonly TurnEffect[] | undefined, type: string) => (effects ?? []).filter((e) => e.type === type);

describe('contact-side actions only read: each change is an effect with an id derived from the turn', () => {
  it('a language choice is one contact.update, the same id for the same turn and another for another turn', async () => {
    const { deps, writes } = readOnlyWorld();
    const setLanguage = byName(contactActions(deps), 'contact.set_language');
    const once = await run(setLanguage, parent(), { lang: 'su' });
    const again = await run(setLanguage, parent(), { lang: 'su' });
    const later = await run(setLanguage, parent(), { lang: 'su' }, 'simulator:43#3');
    expect(once.effects).toEqual([{ type: 'contact.update', id: expect.stringMatching(/^cu_[0-9a-f]{24}$/), patch: { lang: 'su' } }]);
    expect(again.effects).toEqual(once.effects);
    expect(later.effects![0]).not.toEqual(once.effects![0]);
    expect(writes).toEqual([]);
  });

  it('consent is a contact.update the engine sees as consented, from the same effect', async () => {
    const { deps, writes } = readOnlyWorld();
    const fresh = { ...parent(), consentAt: null, role: null } as Contact;
    const { effects } = await run(byName(contactActions(deps), 'contact.record_consent'), fresh, {});
    const [update] = ofType(effects, 'contact.update');
    expect(update).toMatchObject({ patch: { consentAt: now, consentVersion: CONSENT_VERSION, optedOut: false } });
    expect(contactViewAfter(toContactView(fresh), update!)).toMatchObject({ consented: true, optedOut: false });
    expect(writes).toEqual([]);
  });

  it('HAPUS DATA and CABUT IZIN are contact.erase effects with the counts read, and erase nothing themselves', async () => {
    const { deps, writes } = readOnlyWorld();
    const erase = await run(byName(contactActions(deps), 'contact.erase'), parent(), {});
    const withdraw = await run(byName(rightsActions(deps as never), 'rights.withdraw_consent'), parent(), {});
    expect(ofType(erase.effects, 'contact.erase')).toEqual([{ type: 'contact.erase', id: expect.stringMatching(/^ce_/), keep: 'nothing', counts: { childrenErased: 2, childrenKept: 0 } }]);
    expect(ofType(withdraw.effects, 'contact.erase')).toEqual([expect.objectContaining({ keep: 'withdrawn', counts: { childrenErased: 2, childrenKept: 0 } })]);
    expect(contactViewAfter(toContactView(parent()), withdraw.effects![0]!)).toMatchObject({ consented: false, role: null, optedOut: true });
    expect(writes).toEqual([]);
  });

  it('registering a child is a child.register whose id is derived from the turn; linking by code is a child.link', async () => {
    const { deps, writes } = readOnlyWorld();
    const actions = childActions(deps);
    const saved = await run(byName(actions, 'children.register'), parent(), { name: 'Dewi', sex: '2', birthDate: '2025-01-01' });
    const [effect] = ofType(saved.effects, 'child.register') as ChildRegisterEffect[];
    expect(saved.result).toBe('saved');
    expect(effect).toMatchObject({ id: effect!.child._id, child: { name: 'Dewi', sex: 2, birthDate: '2025-01-01', caregiverIds: ['c-demo-parent'], posyanduId: 'psy-mawar' } });
    expect((await run(byName(actions, 'children.register'), parent(), { name: 'Dewi', sex: '2', birthDate: '2025-01-01' })).effects![0]).toMatchObject({ id: effect!.id });
    const linked = await run(byName(actions, 'children.link_by_code'), parent('c-demo-parent-2'), { code: 'budi-25' });
    expect(linked.effects).toEqual([{ type: 'child.link', id: expect.stringMatching(/^cl_/), childId: 'ch-budi' }]);
    expect(writes).toEqual([]);
  });

  it('a household answer is a contact.update of its groups', async () => {
    const { deps, writes } = readOnlyWorld();
    const { effects } = await run(byName(householdActions(deps), 'household.save'), parent(), { pregnant: false, elderly: true });
    expect(effects).toEqual([expect.objectContaining({ type: 'contact.update', patch: { groups: ['elderly'], pregnantUntil: null } })]);
    expect(writes).toEqual([]);
  });

  it('KOREKSI keeps history: a child correction carries the old value, a measurement correction a new measurement superseding the old', async () => {
    const { deps, writes } = readOnlyWorld();
    const actions = correctionActions(deps);
    const child = await run(byName(actions, 'correct.apply_child'), parent(), { childId: 'ch-budi', field: 'name', value: 'Budiman' });
    expect(child.effects).toEqual([
      expect.objectContaining({ type: 'child.correct', childId: 'ch-budi', set: { name: 'Budiman' }, correction: expect.objectContaining({ field: 'name', from: 'Budi', to: 'Budiman', by: 'c-demo-parent' }), reassess: [] }),
    ]);
    const old = (await deps.children.measurements('ch-budi')).at(-1)!;
    const measurement = await run(byName(actions, 'correct.apply_measurement'), parent(), { measurementId: old._id, values: { weightKg: 9.1, accepted: [] } });
    const [effect] = measurement.effects as MeasurementCorrectEffect[];
    expect(effect).toMatchObject({ type: 'measurement.correct', supersedes: old._id, measurement: { weightKg: 9.1, corrects: old._id, lengthCm: old.lengthCm } });
    expect(effect!.measurement._id).toBe(effect!.id);
    expect(effect!.id).not.toBe(old._id);
    expect(writes).toEqual([]);
  });
});
