import { matchFlowKeyword } from './keywords.js';
import type { ContactView } from './session.js';
import type { EngineAssets } from './types.js';

/**
 * The flow a flow keyword (LIHAT, CABUT IZIN) opens for this contact, even while a question waits:
 * only for a consented contact whose role the flow serves; anyone else's message is read as usual.
 *
 * @example
 * flowOpenedByKeyword(assets, parent, 'lihat'); // 'my-data'
 * flowOpenedByKeyword(assets, kader, 'lihat');  // undefined (my-data is for parents)
 */
export function flowOpenedByKeyword(assets: Pick<EngineAssets, 'keywords' | 'library'>, contact: ContactView, text: string): string | undefined {
  const flow = matchFlowKeyword(text, assets.keywords);
  if (!flow || !contact.consented || !contact.role || !assets.library.has(flow)) return undefined;
  const roles = assets.library.current(flow).definition.roles;
  return !roles || roles.includes(contact.role) ? flow : undefined;
}
