/**
 * Imports the registry from CSV: puskesmas, kelurahan, posyandu or people (columns in README.md#registry-of-places-and-people).
 *
 * Usage: npm run --silent import -- <puskesmas|kelurahan|posyandu|people> <file.csv>
 * Needs MONGODB_URI (and MONGODB_DB unless "posyandu"). Safe to run twice: records are upserted.
 * Exit codes: 0 every row imported, 1 some rows bad (listed on stderr by line), 2 usage, unreadable
 * file, bad header or no MONGODB_URI.
 */
import { readFileSync } from 'node:fs';
import { loadEnv } from '../src/config/env.js';
import { importRegistryCsv } from '../src/app/registry/import-csv.js';
import { isRegistryKind, REGISTRY_KINDS } from '../src/app/registry/registry-schemas.js';
import { RegistryService } from '../src/app/registry/registry-service.js';
import { isAppError } from '../src/shared/errors.js';
import { connectMongo } from '../src/store/connect.js';
import { RegistryRepository } from '../src/store/registry-repository.js';
import { DataSeal } from '../src/store/data-seal.js';
import { createModels, ensureIndexes } from '../src/store/store.js';

const USAGE = `usage: npm run --silent import -- <${REGISTRY_KINDS.join('|')}> <file.csv>`;

async function main(): Promise<number> {
  const [kind, file, ...rest] = process.argv.slice(2);
  if (!kind || !file || rest.length || !isRegistryKind(kind)) {
    console.error(`import: ${kind && !isRegistryKind(kind) ? `unknown kind "${kind}"` : 'wrong arguments'}\n${USAGE}`);
    return 2;
  }
  const env = loadEnv(process.env);
  if (!env.MONGODB_URI) {
    console.error('import: set MONGODB_URI to the database to import into, e.g. MONGODB_URI=mongodb://127.0.0.1:27017 (MONGODB_DB names the database).');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`import: cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const connection = await connectMongo(env.MONGODB_URI, env.MONGODB_DB);
  try {
    const models = createModels(connection, DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS));
    await ensureIndexes(models);
    const registry = new RegistryService(new RegistryRepository(models));
    const report = await importRegistryCsv(kind, text, registry, (done, total) => console.error(`import: ${done} of ${total} rows`));
    for (const bad of report.bad) console.error(`import: line ${bad.line}: ${bad.reason}`);
    console.error(`import: ${kind}: ${report.imported} of ${report.rows} rows imported, ${report.bad.length} bad`);
    return report.bad.length ? 1 : 0;
  } catch (error) {
    if (!isAppError(error, 'VALIDATION_FAILED')) throw error;
    console.error(`import: ${file}: ${error.message}`);
    return 2;
  } finally {
    await connection.close();
  }
}

process.exitCode = await main();
