import type { AlertRecord, Child, Kelurahan, Measurement, Posyandu, PuslingRequestRecord } from '../records.js';

/**
 * What the PWS views read (`src/store/pws-repository.ts`). Reads only; every list is limited to the
 * places asked for, and the app narrows further by the reader's scope.
 *
 * @example
 * const children = await source.children(['psy-mawar']);
 */
export interface PwsSource {
  places(): Promise<{ posyandu: Posyandu[]; kelurahan: Kelurahan[] }>;
  /** Children registered at these posyandu now, and those with a (current) visit recorded at one of them. */
  children(posyanduIds: readonly string[]): Promise<Child[]>;
  /** The children's current (not superseded) visits up to `until` (YYYY-MM-DD), oldest first. */
  visits(childIds: readonly string[], until: string): Promise<Measurement[]>;
  /** Alerts of these kelurahan (the app keeps those its reader covers): where, when opened, state. */
  alerts(kelurahanIds: readonly string[]): Promise<Array<Pick<AlertRecord, 'area' | 'openedAt' | 'state'>>>;
  /** Unresolved alerts of these kelurahan, whole (the lists to act on show their deadlines). */
  unresolvedAlerts(kelurahanIds: readonly string[]): Promise<AlertRecord[]>;
  /** One child by id, or null. */
  child(childId: string): Promise<Child | null>;
  /** Pusling requests of these kelurahan. */
  pusling(kelurahanIds: readonly string[]): Promise<PuslingRequestRecord[]>;
}
