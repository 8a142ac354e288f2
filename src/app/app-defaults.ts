import type { Lang } from '../shared/lang.js';

/**
 * What a new contact starts with until they say otherwise: the deployment's language and zone.
 *
 * @example
 * const defaults: AppDefaults = { lang: 'id', timezone: 'Asia/Jakarta' };
 */
export interface AppDefaults {
  lang: Lang;
  timezone: string;
}
