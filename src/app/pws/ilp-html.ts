import type { IlpFigures } from '../../domain/pws/index.js';
import { escapeHtml } from './html-escape.js';
import type { IlpView } from './ilp-view.js';

type T = (key: string, params?: Record<string, string | number>) => string;

const SCREENING_COLUMNS = ['screened', 'hypertension', 'high_sugar', 'obesity', 'referred', 'follow_ups_open'] as const;
const IMMUNISATION_COLUMNS = ['children', 'full_for_age', 'with_late_doses', 'late_doses', 'vitamin_a'] as const;

function screeningCells(f: IlpFigures): string {
  const s = f.screening;
  return [s.screened, s.hypertension, s.highSugar, s.obesity, s.referred, s.followUpsOpen].map((n) => `<td>${String(n)}</td>`).join('');
}

function immunisationCells(f: IlpFigures): string {
  const i = f.immunisation;
  return [i.children, i.fullForAge, i.withLateDoses, i.lateDoses, `${String(i.vitaminA.given)} / ${String(i.vitaminA.eligible)}`].map((n) => `<td>${String(n)}</td>`).join('');
}

function table(t: T, columns: readonly string[], group: string, rows: Array<{ label: string; figures: IlpFigures }>, total: IlpFigures | null, cells: (f: IlpFigures) => string): string {
  const head = [t('pws.col.place'), ...columns.map((c) => t(`pws.ilp.${group}.${c}`))].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr><td>${escapeHtml(r.label)}</td>${cells(r.figures)}</tr>`).join('');
  const foot = total ? `<tfoot><tr><td>${escapeHtml(t('pws.page.total'))}</td>${cells(total)}</tr></tfoot>` : '';
  return `<div class="wrap"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table></div>`;
}

/**
 * The ILP section of the PWS page: adult and elderly screenings, then immunisation, each per
 * posyandu and per RW. Counts only, so every reader (the lurah too) sees it.
 *
 * @example
 * renderIlpSection(t, view.ilp); // '<h2>Skrining dewasa dan lansia</h2>…'
 */
export function renderIlpSection(t: T, ilp: IlpView): string {
  const posyandu = ilp.posyandu.map((p) => ({ label: p.name, figures: p }));
  const rw = ilp.rw.map((r) => ({ label: `RW ${r.rw} · ${r.kelurahanName}`, figures: r }));
  const part = (group: 'screening' | 'immunisation', columns: readonly string[], cells: (f: IlpFigures) => string) =>
    [
      `<h2>${escapeHtml(t(`pws.ilp.${group}.title`))}</h2>`,
      `<h3>${escapeHtml(t('pws.page.by_posyandu'))}</h3>`,
      table(t, columns, group, posyandu, ilp.total, cells),
      `<h3>${escapeHtml(t('pws.page.by_rw'))}</h3>`,
      table(t, columns, group, rw, null, cells),
      `<p class="note">${escapeHtml(t(`pws.ilp.${group}.legend`, { round: ilp.total.immunisation.vitaminA.round }))}</p>`,
    ].join('\n');
  return `<section id="ilp">${part('screening', SCREENING_COLUMNS, screeningCells)}\n${part('immunisation', IMMUNISATION_COLUMNS, immunisationCells)}</section>`;
}
