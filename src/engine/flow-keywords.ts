import { matchFlowKeyword } from './keywords.js';
import type { ContactView } from './session.js';
import type { EngineAssets } from './types.js';

/**
 * The flow a flow keyword (LIHAT, CABUT IZIN, HAPUS DATA) opens for this contact, even while a
 * question waits: a flow for some roles only for a consented contact with one of them (a parent still
 * registering too); a flow for
 * every role (HAPUS DATA) for anyone, in the middle of registering or after withdrawing consent
 * too, since the number is kept from the first message. Anyone else's message is read as usual.
 *
 * @example
 * flowOpenedByKeyword(assets, parent, 'lihat');       // 'my-data'
 * flowOpenedByKeyword(assets, kader, 'lihat');        // undefined (my-data is for parents)
 * flowOpenedByKeyword(assets, newcomer, 'hapus data'); // 'delete-data'
 */
export function flowOpenedByKeyword(assets: Pick<EngineAssets, 'keywords' | 'library'>, contact: ContactView, text: string): string | undefined {
  const flow = matchFlowKeyword(text, assets.keywords);
  if (!flow || !assets.library.has(flow)) return undefined;
  const roles = assets.library.current(flow).definition.roles;
  if (!roles) return flow;
  // Consented with no role yet is a parent still registering: staff get their role with their consent.
  return contact.consented && roles.includes(contact.role ?? 'parent') ? flow : undefined;
}
