/**
 * Validates every flow in `flows/` (shape, steps, reachability, actions, locale keys) without
 * starting services: the same check start-up does. `--write` rewrites old-spec files at the current spec.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { actionCatalog } from '../src/app/actions/index.js';
import { loadKeywords, loadValidatedFlows } from '../src/app/engine-assets.js';
import { loadCatalog } from '../src/i18n/catalog.js';

const dir = process.env.FLOWS_DIR ?? 'flows';
try {
  const catalog = loadCatalog(process.env.LOCALES_DIR ?? 'locales');
  loadKeywords(dir);
  const flows = loadValidatedFlows(dir, catalog, actionCatalog());
  if (process.argv.includes('--write')) {
    for (const flow of flows) if (flow.file.endsWith('.yaml')) writeFileSync(flow.file, stringify(flow.definition, { lineWidth: 0 }));
  }
  console.log(`flows: ${flows.length} valid (${flows.map((f) => f.definition.id).join(', ')})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
