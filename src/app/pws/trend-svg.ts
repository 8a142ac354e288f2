import type { MonthKey } from '../../domain/pws/index.js';
import { escapeHtml } from './html-escape.js';

/** One month of the trend: participation (D/S) and growth (N/D), percent or null. */
export interface TrendPoint {
  month: MonthKey;
  D_S: number | null;
  N_D: number | null;
}

const W = 640;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 36 };

/**
 * A small line chart of D/S and N/D over the months given (0–100 %, the target as a dashed line),
 * as inline SVG: no script, no image request, readable on a phone (it scales to the screen width).
 *
 * @example
 * trendSvg(points, 80, { ds: 'D/S', nd: 'N/D', title: 'Tren 12 bulan' }); // '<svg …>…</svg>'
 */
export function trendSvg(points: readonly TrendPoint[], target: number, labels: { ds: string; nd: string; title: string }): string {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (pct: number) => PAD.top + innerH - (Math.min(100, Math.max(0, pct)) / 100) * innerH;
  const line = (key: 'D_S' | 'N_D') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`))
      .reduce<string[][]>((runs, pt) => (pt === null ? [...runs, []] : [...runs.slice(0, -1), [...(runs.at(-1) ?? []), pt]]), [[]])
      .filter((run) => run.length > 0)
      .map((run) => `<polyline fill="none" stroke-width="2" class="${key}" points="${run.join(' ')}"/>`)
      .join('');
  const grid = [0, 50, 100].map((v) => `<line x1="${String(PAD.left)}" x2="${String(W - PAD.right)}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/><text x="${String(PAD.left - 4)}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${String(v)}</text>`).join('');
  const months = points.map((p, i) => `<text x="${x(i).toFixed(1)}" y="${String(H - PAD.bottom + 14)}" text-anchor="middle" font-size="10">${escapeHtml(p.month.slice(5))}</text>`).join('');
  const targetLine = `<line x1="${String(PAD.left)}" x2="${String(W - PAD.right)}" y1="${y(target).toFixed(1)}" y2="${y(target).toFixed(1)}" stroke="#999" stroke-dasharray="4 3"/>`;
  const legend = `<text x="${String(PAD.left)}" y="${String(H - 6)}" font-size="11"><tspan fill="#1f6feb">■ ${escapeHtml(labels.ds)}</tspan> <tspan fill="#2da44e" dx="12">■ ${escapeHtml(labels.nd)}</tspan></text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(W)} ${String(H)}" width="100%" role="img" aria-label="${escapeHtml(labels.title)}"><title>${escapeHtml(labels.title)}</title><style>.D_S{stroke:#1f6feb}.N_D{stroke:#2da44e}</style>${grid}${targetLine}${line('D_S')}${line('N_D')}${months}${legend}</svg>`;
}
