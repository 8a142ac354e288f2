import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';

/**
 * Where staff open the PWS dashboard: `PUBLIC_BASE_URL` + `/pws` (sign-in by a code sent to this chat).
 * Without a public address (a local demo) the flow says to ask the puskesmas for it.
 *
 * @example
 * const [link] = dashboardActions({ dashboardUrl: 'https://posyandu.example.id/pws' });
 * await link.run(context); // { result: 'link', data: { url: 'https://posyandu.example.id/pws' } }
 */
export function dashboardActions(deps: { dashboardUrl: string | null }): DeclaredAction[] {
  return [
    defineAction({
      name: 'pws.link',
      args: z.object({}),
      results: ['link', 'no_link'],
      run: async () => (deps.dashboardUrl ? { result: 'link', data: { url: deps.dashboardUrl } } : { result: 'no_link' }),
    }),
  ];
}
