/** `npm run seed`: writes the demo world into MONGODB_URI (safe to run twice). */
import { loadEnv } from '../src/config/env.js';
import { seedDemo } from '../src/main/seed-demo.js';
import { connectMongo } from '../src/store/connect.js';
import { DataSeal } from '../src/store/data-seal.js';
import { createModels, ensureIndexes } from '../src/store/store.js';

const env = loadEnv(process.env);
if (!env.MONGODB_URI) {
  console.error('Set MONGODB_URI to the database to seed (npm run demo seeds its own).');
  process.exit(2);
}
const connection = await connectMongo(env.MONGODB_URI, env.MONGODB_DB);
const models = createModels(connection, DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS));
await ensureIndexes(models);
await seedDemo(models, new Date());
await connection.close();
console.log(`seeded the demo world into database ${env.MONGODB_DB}`);
