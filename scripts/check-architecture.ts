/**
 * Keeps dependencies pointing inward (STYLE.md): `main → http, queues, channels, store → app →
 * engine, domain, i18n → shared`, and keeps actions reading: no action builder's dependencies may
 * expose a write method (`scripts/lib/action-reads.ts`). Exits 1 and lists each break of either rule.
 */
import { actionProgram, filesUnder, findWritingDependencies } from './lib/action-reads.js';
import { findLayerViolations } from './lib/layers.js';

const violations = findLayerViolations('src');
for (const v of violations) console.error(`${v.file}: imports ${v.target} (${v.from} may not depend on ${v.to})`);

const app = filesUnder('src/app');
const { builders, writing } = findWritingDependencies(actionProgram(app), app);
for (const w of writing) console.error(`${w.file}: ${w.builder} is given ${w.path}, which writes: give it a read view (e.g. ChildReads) and return an effect instead`);
if (builders.length === 0) console.error('src/app: no action builder found (an exported function returning DeclaredAction[]): the action check saw nothing');

if (violations.length || writing.length || builders.length === 0) process.exit(1);
console.log(`architecture: dependencies point inward; ${builders.length} action builders are given read views only`);
