import type { Kelurahan, Person, Posyandu } from '../registry/registry-records.js';

/** What a signed-in staff member may see: which posyandu and RWs, and whether children may be named. */
export interface PwsScope {
  role: Person['role'];
  posyandu: Posyandu[];
  rws: Array<{ kelurahanId: string; rw: string }>;
  /** Which alerts and Pusling requests belong to the area. */
  covers(area: { posyanduId?: string; kelurahanId: string; puskesmasId: string }): boolean;
  /** A lurah sees aggregates only (UU PDP: least data); kader and puskesmas staff may see names. */
  names: boolean;
}

/**
 * The area a staff member's registry entry gives them: puskesmas staff their puskesmas' posyandu and
 * kelurahan, a lurah their kelurahan (no names), a kader their posyandu and its RWs.
 *
 * @example
 * scopeOf(kaderAni, places).posyandu.map((p) => p._id); // ['psy-mawar']
 */
export function scopeOf(person: Person, places: { posyandu: readonly Posyandu[]; kelurahan: readonly Kelurahan[] }): PwsScope {
  const inList = (list: readonly string[]) => (id: string | undefined) => id !== undefined && list.includes(id);
  const kelurahanRws = (kelurahan: readonly Kelurahan[]) => kelurahan.flatMap((k) => k.rws.map((rw) => ({ kelurahanId: k._id, rw })));
  switch (person.role) {
    case 'puskesmas': {
      const mine = inList(person.puskesmasIds);
      return {
        role: person.role,
        posyandu: places.posyandu.filter((p) => mine(p.puskesmasId)),
        rws: kelurahanRws(places.kelurahan.filter((k) => mine(k.puskesmasId))),
        covers: (area) => mine(area.puskesmasId),
        names: true,
      };
    }
    case 'lurah': {
      const mine = inList(person.kelurahanIds);
      return {
        role: person.role,
        posyandu: places.posyandu.filter((p) => mine(p.kelurahanId)),
        rws: kelurahanRws(places.kelurahan.filter((k) => mine(k._id))),
        covers: (area) => mine(area.kelurahanId),
        names: false,
      };
    }
    case 'kader': {
      const mine = inList(person.posyanduIds);
      const posyandu = places.posyandu.filter((p) => mine(p._id));
      return {
        role: person.role,
        posyandu,
        rws: posyandu.flatMap((p) => p.rws.map((rw) => ({ kelurahanId: p.kelurahanId, rw }))).filter((r, i, all) => all.findIndex((o) => o.kelurahanId === r.kelurahanId && o.rw === r.rw) === i),
        covers: (area) => mine(area.posyanduId),
        names: true,
      };
    }
  }
}
