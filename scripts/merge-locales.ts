/**
 * Merges `locales/pending/<area>.<lang>.json` into `locales/<lang>.json` and removes the pending files.
 * Run under a lock when several people work in one tree: `flock /tmp/locales.lock npx tsx scripts/merge-locales.ts`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../src/shared/lang.js';

const dir = 'locales';
const pendingDir = join(dir, 'pending');
const files = existsSync(pendingDir) ? readdirSync(pendingDir).filter((f) => f.endsWith('.json')) : [];
let merged = 0;
for (const lang of LANGS) {
  const target = join(dir, `${lang}.json`);
  const messages = JSON.parse(readFileSync(target, 'utf8')) as Record<string, string>;
  for (const file of files.filter((f) => f.endsWith(`.${lang}.json`))) {
    const incoming = JSON.parse(readFileSync(join(pendingDir, file), 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(incoming)) {
      if (messages[key] !== undefined && messages[key] !== text) console.warn(`${lang}: ${key} replaced by ${file}`);
      messages[key] = text;
      merged += 1;
    }
    rmSync(join(pendingDir, file));
  }
  writeFileSync(target, `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`merged ${merged} texts from ${files.length} files`);
