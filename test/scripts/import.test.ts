/**
 * The real `import` command as a child process, twice over the fixture files, into a test database.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectMongo } from '../../src/store/connect.js';
import { createModels } from '../../src/store/store.js';
import { isolatedNames, testSeal } from '../helpers/services.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const { db } = isolatedNames();
const fixture = (name: string): string => join(ROOT, 'test/fixtures/import', name);

function runImport(args: string[], env: Record<string, string> = { MONGODB_URI: inject('mongoUri'), MONGODB_DB: db }): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
  });
  return { status: run.status, stderr: run.stderr };
}

async function counts(): Promise<Record<string, number>> {
  const connection = await connectMongo(inject('mongoUri'), db);
  try {
    const result: Record<string, number> = {};
    for (const name of ['puskesmas', 'kelurahan', 'posyandu', 'people']) result[name] = await connection.collection(name).countDocuments();
    // Phones are sealed at rest: read people through the model, which opens them.
    const people = await createModels(connection, testSeal()).people.find({ role: 'kader' }).lean();
    result.kaderAni = people.filter((p) => p.phone === '+6281211110001').length;
    return result;
  } finally {
    await connection.close();
  }
}

afterAll(async () => {
  const connection = await connectMongo(inject('mongoUri'), db);
  await connection.dropDatabase();
  await connection.close();
});

const EXPECTED_BAD: Record<string, string[]> = {
  puskesmas: ['import: line 4: timezone "WITB" is not WIB, WITA or WIT (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)'],
  kelurahan: ['import: line 4: puskesmas_id "pkm-zzz" is not a known puskesmas', 'import: line 5: rws "lima" is not an RW number like 03'],
  posyandu: [
    'import: line 4: address is required',
    'import: line 5: rws 09 are not RWs of kelurahan Bintara',
    'import: line 6: timezone "UTC" is not WIB, WITA or WIT (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)',
  ],
  people: [
    'import: line 5: phone "021-5551234" is not a mobile number (e.g. 0812-3456-7890 or +6281234567890)',
    'import: line 6: posyandu_ids a kader needs at least one',
    'import: line 7: role is kader, lurah or puskesmas',
    'import: line 8: posyandu_ids "psy-none" is not a known posyandu',
  ],
};

describe('import command', () => {
  it('imports the good rows of each kind, reports bad rows by line, exit 1; a second run adds nothing', async () => {
    for (const round of [1, 2]) {
      for (const kind of ['puskesmas', 'kelurahan', 'posyandu', 'people']) {
        const run = runImport([kind, fixture(`${kind}.csv`)]);
        expect(run.status, `${kind} round ${round}: ${run.stderr}`).toBe(1);
        const lines = run.stderr.trim().split('\n');
        expect(lines.slice(0, -1)).toEqual(EXPECTED_BAD[kind]);
        expect(lines.at(-1)).toMatch(new RegExp(`^import: ${kind}: \\d+ of \\d+ rows imported, ${EXPECTED_BAD[kind]!.length} bad$`));
      }
      expect(await counts(), `after round ${round}`).toEqual({ puskesmas: 2, kelurahan: 2, posyandu: 2, people: 3, kaderAni: 1 });
    }
    // Eight real processes (tsx start-up each): generous on a busy 2-core machine.
  }, 180_000);

  it('refuses without MONGODB_URI and says so, exit 2', () => {
    const run = runImport(['posyandu', fixture('posyandu.csv')], {});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('set MONGODB_URI');
  });

  it('refuses an unknown kind and a header with a wrong column, exit 2', () => {
    expect(runImport(['bidan', fixture('people.csv')]).status).toBe(2);
    const run = runImport(['posyandu', fixture('people.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing column address');
  });
});
