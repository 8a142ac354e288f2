import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema, loadEnv, simulatorEnabled } from '../../src/config/env.js';
import { isAppError } from '../../src/shared/errors.js';

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', REDIS_URL: 'redis://127.0.0.1:6379', DEFAULT_LANG: 'id', ROLE: 'all' });
  });

  it.each<[Record<string, string>, string]>([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ DEFAULT_LANG: 'fr' }, 'DEFAULT_LANG'],
    [{ NODE_ENV: 'production' }, 'LOG_HASH_SECRET'],
    [{ NODE_ENV: 'production', LOG_HASH_SECRET: 'a-long-enough-secret' }, 'DATA_KEY'],
    [{ DATA_KEY: 'too-short' }, 'DATA_KEY'],
    [{ DATA_KEY_PREVIOUS: 'ab'.repeat(31) }, 'DATA_KEY_PREVIOUS'],
  ])('refuses %j naming %s', (source, variable) => {
    try {
      loadEnv(source);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain(variable);
    }
  });

  it('puts every Redis key in one cluster slot by default: the queue prefix is a hash tag', () => {
    expect(loadEnv({}).QUEUE_PREFIX).toBe('{posyandu}');
    expect(loadEnv({ QUEUE_PREFIX: 'plain' }).QUEUE_PREFIX).toBe('plain');
    expect(() => loadEnv({ QUEUE_PREFIX: '{a}{b}' })).toThrow(/QUEUE_PREFIX/);
    expect(() => loadEnv({ QUEUE_PREFIX: '{}' })).toThrow(/QUEUE_PREFIX/);
  });

  it('keeps the simulator off in production unless a token is set', () => {
    const secret = { NODE_ENV: 'production', LOG_HASH_SECRET: 'a-long-enough-secret', DATA_KEY: 'ab'.repeat(32) };
    expect(simulatorEnabled(loadEnv(secret))).toBe(false);
    expect(simulatorEnabled(loadEnv({ ...secret, SIMULATOR_TOKEN: 'another-long-token-123' }))).toBe(true);
    expect(simulatorEnabled(loadEnv({}))).toBe(true);
  });

  it('.env.example documents exactly the variables the schema reads', () => {
    const documented = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });
});
