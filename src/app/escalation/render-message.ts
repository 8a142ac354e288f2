import { DateTime } from 'luxon';
import type { MessageRef, MessageRefTarget } from '../../domain/escalation/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from '../growth/format.js';
import type { ChildStore } from '../children/child-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

const ZONE_NAMES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export type RenderDeps = { children: Pick<ChildStore, 'get'>; registry: RegistryStore } & { translate: Translate };

/**
 * An instant in the reader's language and zone: "9 Maret 2026 pukul 15.00 WIB". Midnight and the
 * last millisecond of a day (period bounds) show the date only.
 *
 * @example
 * formatInstant(t, 'en', 'Asia/Jakarta', '2026-03-09T08:00:00Z'); // '9 March 2026 at 15:00 WIB'
 */
export function formatInstant(translate: Translate, lang: Lang, zone: string, iso: string): string {
  const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  const date = formatDay(local.toISODate() ?? iso.slice(0, 10), lang);
  const clock = local.toFormat('HH:mm:ss.SSS');
  if (clock === '00:00:00.000' || clock === '23:59:59.999') return date;
  const time = lang === 'en' ? local.toFormat('HH:mm') : local.toFormat('HH.mm');
  return translate(lang, 'alert.datetime', { date, time, zone: ZONE_NAMES[zone] ?? zone });
}

/** Registry names often already start with "Puskesmas"; the texts say "Puskesmas {puskesmas}". */
function bareName(name: string, word: string): string {
  return name.toLowerCase().startsWith(`${word.toLowerCase()} `) ? name.slice(word.length + 1) : name;
}

async function resolve(deps: RenderDeps, lang: Lang, zone: string, target: MessageRefTarget): Promise<string> {
  switch (target.kind) {
    case 'child':
      return (await deps.children.get(target.id))?.name ?? '?';
    case 'posyandu':
      return bareName((await deps.registry.posyandu(target.id))?.name ?? target.id, 'Posyandu');
    case 'puskesmas':
      return bareName((await deps.registry.puskesmas(target.id))?.name ?? target.id, 'Puskesmas');
    case 'kelurahan':
      return bareName((await deps.registry.kelurahan(target.id))?.name ?? target.id, 'Kelurahan');
    case 'locale':
      return deps.translate(lang, target.id);
    case 'datetime':
      return formatInstant(deps.translate, lang, zone, target.id);
  }
}

/**
 * A domain message (key, params, refs to look up) as text for one reader.
 *
 * @example
 * await renderMessage(deps, 'id', 'Asia/Jakarta', alertMessage(alert, 'kader'));
 * // 'SEGERA: Sari (Posyandu Mawar, RW 03) gizi buruk. …'
 */
export async function renderMessage(deps: RenderDeps, lang: Lang, zone: string, message: MessageRef): Promise<string> {
  const refs: Record<string, string> = {};
  for (const [name, target] of Object.entries(message.refs ?? {})) refs[name] = await resolve(deps, lang, zone, target);
  return deps.translate(lang, message.key, { ...message.params, ...refs });
}
