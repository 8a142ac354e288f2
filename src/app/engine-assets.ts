import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_LIMITS,
  FlowLibrary,
  loadFlows,
  validateKeywordTable,
  type ActionCatalog,
  type ActionRegistry,
  type EngineAssets,
  type EngineLimits,
  type FlowDefinition,
  type KeywordTable,
  type LoadedFlow,
  type Routes,
} from '../engine/index.js';
import { createTranslator, type Catalog } from '../i18n/catalog.js';
import { AppError } from '../shared/errors.js';
import { LANGS } from '../shared/lang.js';
import { contactViewAfter } from './contacts/contact-effects.js';
import { TEXT_READERS, checkReaders } from './text-readers.js';

export const ROUTES: Routes = {
  onboarding: 'onboarding',
  language: 'language',
  menu: { parent: 'menu-parent', kader: 'menu-kader', lurah: 'menu-lurah', puskesmas: 'menu-puskesmas' },
};

export function loadKeywords(flowsDir: string): KeywordTable {
  const file = join(flowsDir, '_keywords.yaml');
  try {
    return validateKeywordTable(parseYaml(readFileSync(file, 'utf8')));
  } catch (cause) {
    throw new AppError('FLOW_INVALID', `${file}: ${(cause as Error).message}`, { file }, { cause });
  }
}

/**
 * Loads and validates the flows against the actions and the Indonesian catalog (the source every
 * language follows). Start-up stops here when a flow is broken.
 *
 * @example
 * const flows = loadValidatedFlows('flows', catalog, actionCatalog());
 */
export function loadValidatedFlows(flowsDir: string, catalog: Catalog, actions: ActionCatalog): LoadedFlow[] {
  const textsOf = (key: string) => LANGS.flatMap((lang) => (catalog[lang][key] === undefined ? [] : [{ lang, text: catalog[lang][key] }]));
  const flows = loadFlows(flowsDir, { actions, hasKey: (key) => key in catalog.id, textsOf });
  for (const route of [ROUTES.onboarding, ROUTES.language, ...Object.values(ROUTES.menu)]) {
    if (!flows.some((f) => f.definition.id === route)) throw new AppError('FLOW_NOT_FOUND', `flows/${route}.yaml is required.`, { flow: route });
  }
  checkReaders(flows, TEXT_READERS);
  return flows;
}

export function buildEngineAssets(options: {
  flows: readonly LoadedFlow[];
  history: ReadonlyArray<{ revision: string; definition: FlowDefinition }>;
  catalog: Catalog;
  keywords: KeywordTable;
  actions: ActionRegistry;
  limits?: Partial<EngineLimits>;
}): EngineAssets {
  for (const flow of Object.keys(options.keywords.flows ?? {})) {
    if (!options.flows.some((f) => f.definition.id === flow)) throw new AppError('FLOW_NOT_FOUND', `flows/_keywords.yaml opens "${flow}": add flows/${flow}.yaml or remove the keyword.`, { flow });
  }
  return {
    library: new FlowLibrary(options.flows, options.history),
    translate: createTranslator(options.catalog),
    keywords: options.keywords,
    readers: TEXT_READERS,
    actions: options.actions,
    routes: ROUTES,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    contactView: contactViewAfter,
  };
}
