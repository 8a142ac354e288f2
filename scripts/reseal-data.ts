/**
 * `npx tsx scripts/reseal-data.ts`: re-encrypts every phone and name under DATA_KEY (contacts, staff,
 * children, channel addresses, messages, sessions, broadcast recipients) and recomputes the lookup
 * keys (phones, and the address documents' ids and inbound messages' address keys). After a rotation (DATA_KEY the new key, DATA_KEY_PREVIOUS the old one):
 * run it once, then unset DATA_KEY_PREVIOUS. Also seals plaintext left from before sealing and folds
 * contacts that are one phone. Safe to run twice; start-up runs the same step.
 */
import { loadEnv } from '../src/config/env.js';
import { connectMongo } from '../src/store/connect.js';
import { DataSeal } from '../src/store/data-seal.js';
import { createModels, ensureIndexes } from '../src/store/store.js';

async function main(): Promise<number> {
  const env = loadEnv(process.env);
  if (!env.MONGODB_URI) {
    console.error('reseal: set MONGODB_URI (and DATA_KEY, with DATA_KEY_PREVIOUS during a rotation).');
    return 2;
  }
  const connection = await connectMongo(env.MONGODB_URI, env.MONGODB_DB);
  try {
    const models = createModels(connection, DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS));
    const report = await ensureIndexes(models);
    console.error(`reseal: resealed ${report.resealed} documents, merged ${report.merged} contacts, into key ${DataSeal.fromSecrets(env.DATA_KEY).keyId} of database ${env.MONGODB_DB}`);
    return 0;
  } finally {
    await connection.close();
  }
}

process.exitCode = await main();
