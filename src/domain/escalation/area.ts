import type { Role } from '../../shared/role.js';

export type { Role };

/**
 * Who is asking and where a record belongs. Every alert, episode and Pusling request carries an
 * {@link Area}; every check of who may see or do something compares it with an {@link Actor}.
 *
 * @example
 * const area: Area = { posyanduId: 'psy-melati', kelurahanId: 'kel-jatimulya', rw: '07', puskesmasId: 'pkm-jatimulya' };
 */
export interface Area {
  /** Absent on records that belong to an RW rather than a posyandu (a Pusling request from the lurah). */
  readonly posyanduId?: string;
  readonly kelurahanId: string;
  readonly rw: string;
  readonly puskesmasId: string;
}

/**
 * A signed-in user with the areas they work in. A kader works in posyandu, a lurah in kelurahan,
 * puskesmas staff in puskesmas; a parent is linked to the posyandu their child attends.
 *
 * @example
 * const tpg: Actor = { id: 'u-17', role: 'puskesmas', puskesmasIds: ['pkm-jatimulya'] };
 */
export interface Actor {
  readonly id?: string;
  readonly role: Role;
  readonly posyanduIds?: readonly string[];
  readonly kelurahanIds?: readonly string[];
  readonly puskesmasIds?: readonly string[];
}

/**
 * Who did something, as kept in a history entry. `system` is the deadline worker or an automatic
 * close after a measurement; it is never an {@link Actor} and never passes an authorisation check.
 *
 * @example
 * const by: ActorRef = { id: 'u-17', role: 'puskesmas' };
 */
export interface ActorRef {
  readonly id: string;
  readonly role: Role | 'system';
}

/** The deadline worker and the measurement pipeline, as they appear in history. */
export const SYSTEM_ACTOR: ActorRef = Object.freeze({ id: 'system', role: 'system' });

/**
 * A stable key for one RW of one kelurahan (RW numbers repeat across kelurahan).
 *
 * @example
 * rwKey({ kelurahanId: 'kel-jatimulya', rw: '07' }); // 'kel-jatimulya/07'
 */
export function rwKey(area: Pick<Area, 'kelurahanId' | 'rw'>): string {
  return `${area.kelurahanId}/${area.rw}`;
}
