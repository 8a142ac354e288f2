import type { SKRSContext2D } from '@napi-rs/canvas';
import { CHART_FONT } from './chart-fonts.js';
import type { PlotScale } from './chart-layout.js';
import type { ChartPoint } from './growth-bands.js';
import type { ChartText } from './growth-chart-model.js';

/**
 * Resolves a locale key (with params) in the contact's language.
 *
 * @example
 * const t: ChartTranslate = (key, params) => translate('su', key, params);
 */
export type ChartTranslate = (key: string, params?: ChartText['params']) => string;

/** Text and outline colour on the light page. */
export const INK = '#263238';

/**
 * A CSS font string in the chart's own font.
 *
 * @example
 * ctx.font = font(24, true); // 'bold 24px PosyanduChartSans'
 */
export function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${CHART_FONT}`;
}

/**
 * Shrinks the font until `text` fits `maxWidth`, so a long translation never runs off the picture.
 *
 * @example
 * fitText(ctx, title, 46, 960, true);
 * ctx.fillText(title, 60, 72);
 */
export function fitText(ctx: SKRSContext2D, text: string, size: number, maxWidth: number, bold = false): void {
  let current = size;
  ctx.font = font(current, bold);
  while (current > 14 && ctx.measureText(text).width > maxWidth) ctx.font = font(--current, bold);
}

/**
 * Starts a path through `points` in data units.
 *
 * @example
 * tracePath(ctx, scale, line.points);
 * ctx.stroke();
 */
export function tracePath(ctx: SKRSContext2D, scale: PlotScale, points: readonly ChartPoint[]): void {
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(scale.x(p.month), scale.y(p.value)) : ctx.lineTo(scale.x(p.month), scale.y(p.value))));
}
