import { ilpTable, monthBounds, type ChildMonth, type IlpFigures, type MonthKey } from '../../domain/pws/index.js';
import type { Child } from '../children/child-records.js';
import type { Kelurahan, Posyandu } from '../registry/registry-records.js';
import type { PwsScope } from './pws-scope.js';
import type { PwsSource } from './pws-source.js';

export type IlpPosyanduRow = IlpFigures & { posyanduId: string; name: string };
export type IlpRwRow = IlpFigures & { kelurahanId: string; kelurahanName: string; rw: string };

/** The ILP section of the PWS view: adult screenings and the under-fives' immunisation, counts only. */
export interface IlpView {
  posyandu: IlpPosyanduRow[];
  rw: IlpRwRow[];
  total: IlpFigures;
}

/**
 * The month's ILP figures for the reader's area, beside the SKDN: the same children (S, where their
 * reading put them), and the screenings of the area's posyandu. A screened person's RW is their
 * chat's; a screening without one counts at its posyandu only.
 *
 * @example
 * const ilp = await ilpView(source, { month, scope, places, children, readings });
 * ilp.total.screening.referred; // 2
 */
export async function ilpView(
  source: Pick<PwsSource, 'screenings' | 'doses'>,
  at: { month: MonthKey; scope: PwsScope; places: { posyandu: readonly Posyandu[]; kelurahan: readonly Kelurahan[] }; children: readonly Child[]; readings: readonly ChildMonth[] },
): Promise<IlpView> {
  const posyanduIds = at.scope.posyandu.map((p) => p._id);
  const posyanduById = new Map(at.places.posyandu.map((p) => [p._id, p]));
  const kelurahanById = new Map(at.places.kelurahan.map((k) => [k._id, k]));
  const birthOf = new Map(at.children.map((c) => [c._id, c.birthDate]));
  const [screenings, doses] = await Promise.all([source.screenings(posyanduIds, monthBounds(at.month).last), source.doses(at.readings.map((r) => r.childId))]);
  const table = ilpTable({
    month: at.month,
    posyanduIds,
    rws: at.scope.rws,
    screenings: screenings.map((s) => ({
      posyanduId: s.posyanduId,
      kelurahanId: s.rw === null ? null : (s.kelurahanId ?? posyanduById.get(s.posyanduId)?.kelurahanId ?? null),
      rw: s.rw,
      date: s.date,
      findings: s.reading.findings,
      outcome: s.reading.outcome,
      followUpOpen: s.followUp === 'open',
    })),
    children: at.readings.map((r) => ({ posyanduId: r.posyanduId, kelurahanId: r.kelurahanId, rw: r.rw, birthDate: birthOf.get(r.childId) ?? '', records: doses.get(r.childId) ?? [] })),
  });
  return {
    posyandu: table.posyandu.map(({ kind: _kind, posyanduId, ...figures }) => ({ posyanduId, name: posyanduById.get(posyanduId)?.name ?? posyanduId, ...figures })),
    rw: table.rw.map(({ kind: _kind, kelurahanId, rw, ...figures }) => ({ kelurahanId, kelurahanName: kelurahanById.get(kelurahanId)?.name ?? kelurahanId, rw, ...figures })),
    total: table.total,
  };
}
