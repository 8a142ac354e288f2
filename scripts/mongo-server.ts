import { ensureEmbeddedMongoBinary } from '../src/main/embedded-mongo-build.js';

/** `npm run mongo:build`: builds the embedded MongoDB-wire server (FerretDB, patched) ahead of the first test or demo. */
process.stdout.write(`${ensureEmbeddedMongoBinary()}\n`);
