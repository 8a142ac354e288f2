import type { AlertRecord } from '../escalation/escalation-records.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Kelurahan, Posyandu } from '../registry/registry-records.js';
import type { PuslingRequestRecord } from '../pusling/pusling-records.js';
import type { DoseRecord } from '../../domain/immunisation/index.js';
import type { ScreeningRecord } from '../screening/screening-records.js';

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
  /**
   * Adult screenings at these posyandu up to `until` (YYYY-MM-DD), with the RW of the person's chat
   * (null when the screening has no chat, or the chat no RW): what the ILP counts read.
   */
  screenings(posyanduIds: readonly string[], until: string): Promise<Array<Pick<ScreeningRecord, 'posyanduId' | 'date' | 'reading' | 'followUp'> & { kelurahanId: string | null; rw: string | null }>>;
  /** The children's dose records (superseded ones too), by child. */
  doses(childIds: readonly string[]): Promise<Map<string, DoseRecord[]>>;
  /** Pusling requests of these kelurahan. */
  pusling(kelurahanIds: readonly string[]): Promise<PuslingRequestRecord[]>;
}
