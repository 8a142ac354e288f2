import { actionCatalog, buildActions, type ActionDeps } from '../../src/app/actions/index.js';
import { buildEngineAssets, loadKeywords, loadValidatedFlows } from '../../src/app/engine-assets.js';
import type { EngineAssets } from '../../src/engine/index.js';
import { loadCatalog } from '../../src/i18n/catalog.js';
import type { DemoWorld } from './demo-world.js';

const catalog = loadCatalog('locales');
const flows = loadValidatedFlows('flows', catalog, actionCatalog());
const keywords = loadKeywords('flows');

/** The world's ports as the actions read them; one the world does not have fails loudly, naming itself. */
function portsOf(world: DemoWorld): ActionDeps {
  const missing = (port: string) => new Proxy({}, { get: (_t, method) => () => { throw new Error(`the engine's demo world has no ${port}.${String(method)}`); } });
  return new Proxy(world, { get: (target, key) => (key in target ? target[key as keyof DemoWorld] : missing(String(key))) }) as unknown as ActionDeps;
}

/**
 * The engine as the app builds it (flows, locales, keywords, every declared action) reading `world`.
 *
 * @example
 * const result = await runEngine(engineOn(world), session, toContactView(contact), { type: 'message', text: 'halo' }, now, 't1');
 */
export function engineOn(world: DemoWorld): EngineAssets {
  return buildEngineAssets({ flows, history: [], catalog, keywords, actions: buildActions(portsOf(world)) });
}
