import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActionRegistry, defineAction, type DeclaredAction } from '../../src/engine/index.js';
import { isAppError } from '../../src/shared/errors.js';
import { ageCheck, contact } from './fixtures.js';

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
