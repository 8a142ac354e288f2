import { stringify } from 'csv-stringify/sync';
import type { PwsFigures } from '../../domain/pws/index.js';
import type { PwsView } from './pws-service.js';

/** The SKDN table's columns, as the CSV names them (the XLSX gives them words from `export.skdn.*`). */
export const SKDN_COLUMNS = ['month', 'level', 'posyandu_id', 'posyandu', 'kelurahan_id', 'kelurahan', 'rw', 'S', 'K', 'D', 'N', 'T', 'O', 'B', 'D_S', 'N_D', 'measured_waz', 'measured_haz', 'measured_whz', 'stunting', 'stunting_pct', 'wasting', 'wasting_pct', 'underweight', 'underweight_pct', 'bgm', 'bgm_pct', 'alerts_new', 'alerts_open', 'pusling_requests', 'pusling_visits'] as const;

function figures(f: PwsFigures): Array<number | string> {
  const pct = (v: number | null) => (v === null ? '' : v);
  return [f.S, f.K, f.D, f.N, f.T, f.O, f.B, pct(f.D_S), pct(f.N_D), f.measured.waz, f.measured.haz, f.measured.whz, f.stunting, pct(f.rates.stunting), f.wasting, pct(f.rates.wasting), f.underweight, pct(f.rates.underweight), f.bgm, pct(f.rates.bgm), f.alerts.new, f.alerts.open, f.pusling.requests, f.pusling.visits];
}

/**
 * The month's SKDN table as CSV (one header row; posyandu rows, RW rows, then the total), from the
 * same view as the JSON and the page. Percentages with a dot, empty without a denominator.
 *
 * @example
 * skdnCsv(view).split('\r\n')[0]; // 'month,level,posyandu_id,…'
 */
export function skdnCsv(view: PwsView): string {
  return stringify(skdnRows(view), { header: true, columns: [...SKDN_COLUMNS], record_delimiter: 'windows' });
}

/**
 * The SKDN table's rows in `SKDN_COLUMNS` order: posyandu rows, RW rows, then the total.
 *
 * @example
 * skdnRows(view).at(-1)?.[1]; // 'total'
 */
export function skdnRows(view: PwsView): Array<Array<number | string>> {
  const kelurahanName = new Map(view.rw.map((r) => [r.kelurahanId, r.kelurahanName]));
  return [
    ...view.posyandu.map((p) => [view.month, 'posyandu', p.posyanduId, p.name, p.kelurahanId, kelurahanName.get(p.kelurahanId) ?? '', '', ...figures(p)]),
    ...view.rw.map((r) => [view.month, 'rw', '', '', r.kelurahanId, r.kelurahanName, r.rw, ...figures(r)]),
    [view.month, 'total', '', '', '', '', '', ...figures(view.total)],
  ];
}
