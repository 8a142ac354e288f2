import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActionRegistry, defineAction, newSession, runEngine, type DeclaredAction, type FlowDefinition } from '../../src/engine/index.js';
import { isAppError } from '../../src/shared/errors.js';
import { ageCheck, assets, baseFlows, contact } from './fixtures.js';

const context = { contact: contact(), vars: {}, now: new Date('2026-03-09T02:00:00Z'), translate: (_lang: string, key: string) => key };

describe('declared actions', () => {
  it('refuses two actions of one name, so one cannot silently replace another', () => {
    const again = defineAction({ name: 'age.check', args: z.object({}), results: ['ok'], run: () => ({ result: 'ok' }) });
    expect(() => new ActionRegistry([ageCheck, again])).toThrow(/Two actions are named "age.check"/);
  });

  it('says an unknown action is not registered', async () => {
    const error = await new ActionRegistry([ageCheck]).invoke('age.guess', { ...context, args: {} }).catch((e: unknown) => e);
    expect(isAppError(error, 'ACTION_NOT_FOUND')).toBe(true);
  });

  it('runs on the parsed arguments and refuses ones that do not fit', async () => {
    const registry = new ActionRegistry([ageCheck]);
    await expect(registry.invoke('age.check', { ...context, args: { months: 8 } })).resolves.toEqual({ result: 'baby', data: { months: 8 } });
    const error = await registry.invoke('age.check', { ...context, args: { months: 'eight' } }).catch((e: unknown) => e);
    expect(isAppError(error, 'VALIDATION_FAILED')).toBe(true);
    expect((error as Error).message).toMatch(/"age.check".*months/);
    expect((error as Error).message).not.toMatch(/eight/);
  });

  it('lets run return only a declared result (checked by the compiler: npm run check)', () => {
    const list: DeclaredAction[] = [
      // @ts-expect-error "teen" is not one of the declared results
      defineAction({ name: 'a', args: z.object({}), results: ['baby', 'child'], run: () => ({ result: 'teen' }) }),
      // @ts-expect-error args.months is a number: no string methods
      defineAction({ name: 'b', args: z.object({ months: z.number() }), results: ['ok'], run: ({ args }) => ({ result: args.months.trim() ? 'ok' : 'ok' }) }),
    ];
    expect(list.map((a) => a.name)).toEqual(['a', 'b']);
  });
});

describe('a read shared by the actions of one turn (once)', () => {
  const looks = { type: 'action', action: 'who.look', args: {} } as const;
  const flows = [
    ...baseFlows.filter((f) => f.id !== 'menu-kader'),
    { spec: 2, id: 'menu-kader', version: 1, start: 'a', steps: { a: { ...looks, on: { ok: 'b' } }, b: { ...looks, on: { ok: 'said' } }, said: { type: 'send', text: 'menu.kader' } } } as FlowDefinition,
  ];

  it('loads once per turn and key, and afresh in the next turn', async () => {
    let loads = 0;
    const seen: number[] = [];
    const look = defineAction({
      name: 'who.look',
      args: z.object({}),
      results: ['ok'],
      run: async ({ once }) => {
        seen.push(await once!('who', async () => ++loads));
        expect(await once!('other', async () => -1)).toBe(-1);
        return { result: 'ok' };
      },
    });
    const engine = assets(flows, [], [look]);
    const kader = contact({ role: 'kader' });
    const first = await runEngine(engine, newSession('c1', 'id'), kader, { type: 'message', text: 'MENU' }, new Date('2026-03-09T02:00:00Z'), 't1');
    await runEngine(engine, first.session, kader, { type: 'message', text: 'MENU' }, new Date('2026-03-09T02:00:01Z'), 't2');

    expect(seen).toEqual([1, 1, 2, 2]);
    expect(loads).toBe(2);
  });
});
