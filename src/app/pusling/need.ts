import { rwKey } from '../../domain/escalation/area.js';
import type { RwNeed } from '../../domain/pusling/index.js';
import type { PuslingStore } from './pusling-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Kelurahan } from '../registry/registry-records.js';

const LOW = new Set(['stunted', 'severely_stunted', 'wasted', 'severely_wasted', 'underweight', 'severely_underweight']);

/**
 * Whether a child's latest measurement calls for a check: stunting, wasting or underweight below
 * −2 SD, below the red line (BGM), or a KMS T / 2T. Reads the stored result only.
 *
 * @example
 * isFlagged({ categories: { haz: 'stunted' }, kms: { status: 'N' }, belowRedLine: false }); // true
 */
export function isFlagged(result: Record<string, unknown>): boolean {
  return flagReasons(result).length > 0;
}

/**
 * Children of one RW whose latest measurement is flagged, by name (for the kader of that posyandu only).
 *
 * @example
 * flaggedChildrenOf(children, latest, 'kel-margahayu', '03').map((c) => c.name); // ['Budi', 'Sari']
 */
export function flaggedChildrenOf(children: readonly Child[], latest: readonly Measurement[], kelurahanId: string, rw: string): Child[] {
  const byChild = new Map(latest.map((m) => [m.childId, m]));
  return children.filter((c) => c.kelurahanId === kelurahanId && c.rw === rw && isFlagged(byChild.get(c._id)?.result ?? {}));
}

/**
 * The need of every RW of the given kelurahan, keyed by `rwKey`: flagged children (from the latest
 * measurements) and the distance from the puskesmas (`Kelurahan.rwDistanceKm`).
 *
 * @example
 * (await rwNeeds(deps, ['kel-margahayu']))['kel-margahayu/03']; // { flaggedChildren: 2, distanceKm: 2.5 }
 */
export async function rwNeeds(deps: { pusling: Pick<PuslingStore, 'childrenOfKelurahan' | 'latestMeasurements'>; registry: RegistryStore }, kelurahanIds: readonly string[]): Promise<Record<string, RwNeed>> {
  const needs: Record<string, RwNeed> = {};
  for (const kelurahanId of new Set(kelurahanIds)) {
    const kelurahan: Kelurahan | null = await deps.registry.kelurahan(kelurahanId);
    if (!kelurahan) continue;
    const children = await deps.pusling.childrenOfKelurahan(kelurahanId);
    const latest = await deps.pusling.latestMeasurements(children.map((c) => c._id));
    for (const rw of kelurahan.rws) {
      needs[rwKey({ kelurahanId, rw })] = {
        flaggedChildren: flaggedChildrenOf(children, latest, kelurahanId, rw).length,
        distanceKm: kelurahan.rwDistanceKm[rw] ?? 0,
      };
    }
  }
  return needs;
}

/** Why a child is flagged, as codes for `pusling.flag.*` texts. */
export type FlagCode = 'stunting' | 'wasting' | 'underweight' | 'bgm' | 'kms_t';

/**
 * The reasons behind `isFlagged`, in a fixed order.
 *
 * @example
 * flagReasons({ categories: { haz: 'stunted' }, kms: { status: 'T' } }); // ['stunting', 'kms_t']
 */
export function flagReasons(result: Record<string, unknown>): FlagCode[] {
  const categories = (result.categories ?? {}) as Record<string, unknown>;
  const kms = (result.kms ?? null) as { status?: unknown } | null;
  const codes: FlagCode[] = [];
  if (LOW.has(String(categories.haz ?? ''))) codes.push('stunting');
  if (LOW.has(String(categories.whz ?? ''))) codes.push('wasting');
  if (LOW.has(String(categories.waz ?? ''))) codes.push('underweight');
  if (result.belowRedLine === true) codes.push('bgm');
  if (kms?.status === 'T' || kms?.status === '2T') codes.push('kms_t');
  return codes;
}
