import type { SKRSContext2D } from '@napi-rs/canvas';
import { fitText, font, INK, tracePath, type ChartTranslate } from './canvas-text.js';
import type { PlotScale, Rect } from './chart-layout.js';
import { BAND_COLOURS, type SexTheme } from './chart-theme.js';
import type { GrowthChartModel, LegendItem } from './growth-chart-model.js';

/**
 * The child's line and dots, the latest dot larger with its value in a box above it (below it
 * when there is no room above).
 *
 * @example
 * drawChild(ctx, model, t, themeFor(model.sex), scale, CHART_LAYOUT.plot);
 */
export function drawChild(ctx: SKRSContext2D, model: GrowthChartModel, t: ChartTranslate, theme: SexTheme, scale: PlotScale, plot: Rect): void {
  if (model.points.length === 0) return;
  ctx.strokeStyle = theme.line;
  ctx.lineWidth = 5;
  ctx.lineJoin = 'round';
  tracePath(ctx, scale, model.points);
  ctx.stroke();
  model.points.forEach((p, i) => {
    ctx.beginPath();
    ctx.arc(scale.x(p.month), scale.y(p.value), i === model.points.length - 1 ? 12 : 8, 0, Math.PI * 2);
    ctx.fillStyle = theme.line;
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.stroke();
  });
  if (!model.latest) return;
  const text = t(model.latest.label.key, model.latest.label.params);
  ctx.font = font(28, true);
  const width = ctx.measureText(text).width + 24;
  const px = scale.x(model.latest.point.month);
  const py = scale.y(model.latest.point.value);
  const x = Math.min(Math.max(px - width / 2, plot.x + 6), plot.x + plot.width - width - 6);
  const y = py - 62 >= plot.y + 6 ? py - 62 : py + 22;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = theme.line;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.roundRect(x, y, width, 42, 10);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = theme.line;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x + 12, y + 22);
}

/**
 * Two columns of colour swatches (and the child's line) with their meaning.
 *
 * @example
 * drawLegend(ctx, model.texts.legend, t, theme, CHART_LAYOUT.legend);
 */
export function drawLegend(ctx: SKRSContext2D, items: readonly LegendItem[], t: ChartTranslate, theme: SexTheme, box: Rect): void {
  const columnWidth = box.width / 2;
  items.forEach((item, i) => {
    const x = box.x + (i % 2) * columnWidth;
    const y = box.y + Math.floor(i / 2) * 44;
    if (item.kind === 'child') {
      ctx.strokeStyle = theme.line;
      ctx.lineWidth = 5;
      ctx.beginPath();
      ctx.moveTo(x, y + 14);
      ctx.lineTo(x + 40, y + 14);
      ctx.stroke();
      ctx.fillStyle = theme.line;
      ctx.beginPath();
      ctx.arc(x + 20, y + 14, 8, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillStyle = BAND_COLOURS[item.kind];
      ctx.fillRect(x, y, 40, 28);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x, y, 40, 28);
    }
    const text = t(item.text.key, item.text.params);
    ctx.fillStyle = INK;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    fitText(ctx, text, 26, columnWidth - 70);
    ctx.fillText(text, x + 54, y + 15);
  });
}
