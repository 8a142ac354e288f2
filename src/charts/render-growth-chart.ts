import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { fitText, font, INK, tracePath, type ChartTranslate } from './canvas-text.js';
import { ensureChartFonts } from './chart-fonts.js';
import { drawChild, drawLegend } from './draw-child-legend.js';
import { CHART_LAYOUT, plotScale, type PlotScale, type Rect } from './chart-layout.js';
import { BAND_COLOURS, themeFor, Z_LINE_COLOURS, type SexTheme } from './chart-theme.js';
import type { GrowthChartModel } from './growth-chart-model.js';
import { encodePng } from './png-encode.js';

export type { ChartTranslate } from './canvas-text.js';



function zLabel(z: number): string {
  return z > 0 ? `+${z}` : z < 0 ? `\u2212${-z}` : '0';
}


function drawHeader(ctx: SKRSContext2D, model: GrowthChartModel, t: ChartTranslate, theme: SexTheme, box: Rect): void {
  ctx.fillStyle = theme.header;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.fillStyle = theme.headerText;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const title = t(model.texts.title.key, model.texts.title.params);
  fitText(ctx, title, 46, box.width - 120, true);
  ctx.fillText(title, 60, box.y + 72);
  const subtitle = t(model.texts.subtitle.key, model.texts.subtitle.params);
  fitText(ctx, subtitle, 30, box.width - 120);
  ctx.fillText(subtitle, 60, box.y + 120);
}

function drawPlot(ctx: SKRSContext2D, model: GrowthChartModel, scale: PlotScale, plot: Rect): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.x, plot.y, plot.width, plot.height);
  ctx.clip();
  for (const band of model.bands) {
    ctx.fillStyle = BAND_COLOURS[band.kind];
    tracePath(ctx, scale, band.polygon);
    ctx.closePath();
    ctx.fill();
  }
  const grid = (xs: readonly number[], ys: readonly number[], style: string, width: number): void => {
    ctx.strokeStyle = style;
    ctx.lineWidth = width;
    ctx.beginPath();
    for (const m of xs) {
      ctx.moveTo(scale.x(m), plot.y);
      ctx.lineTo(scale.x(m), plot.y + plot.height);
    }
    for (const v of ys) {
      ctx.moveTo(plot.x, scale.y(v));
      ctx.lineTo(plot.x + plot.width, scale.y(v));
    }
    ctx.stroke();
  };
  grid(model.xTicks.minor, model.yTicks.minor, 'rgba(255,255,255,0.35)', 1);
  grid(model.xTicks.major, model.yTicks.major, 'rgba(255,255,255,0.75)', 1.5);
  ctx.lineJoin = 'round';
  for (const line of model.zLines) {
    ctx.strokeStyle = Z_LINE_COLOURS[line.z] ?? INK;
    ctx.lineWidth = line.z === -3 ? 4 : line.z === 0 ? 3.5 : 2;
    tracePath(ctx, scale, line.points);
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.strokeRect(plot.x, plot.y, plot.width, plot.height);
}

function drawAxes(ctx: SKRSContext2D, model: GrowthChartModel, t: ChartTranslate, scale: PlotScale, plot: Rect): void {
  const bottom = plot.y + plot.height;
  const decimals = model.yTicks.major.some((v) => v % 1 !== 0) ? 1 : 0;
  ctx.fillStyle = INK;
  ctx.font = font(24);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of model.yTicks.major) ctx.fillText(v.toFixed(decimals).replace('.', model.lang === 'en' ? '.' : ','), plot.x - 12, scale.y(v));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const m of model.xTicks.major) ctx.fillText(String(m), scale.x(m), bottom + 12);
  ctx.textBaseline = 'alphabetic';
  const xTitle = t(model.texts.xAxis.key, model.texts.xAxis.params);
  fitText(ctx, xTitle, 28, plot.width, true);
  ctx.fillText(xTitle, plot.x + plot.width / 2, bottom + 84);
  const yTitle = t(model.texts.yAxis.key, model.texts.yAxis.params);
  ctx.save();
  ctx.translate(44, plot.y + plot.height / 2);
  ctx.rotate(-Math.PI / 2);
  fitText(ctx, yTitle, 28, plot.height, true);
  ctx.fillText(yTitle, 0, 0);
  ctx.restore();
}

function drawZLabels(ctx: SKRSContext2D, model: GrowthChartModel, scale: PlotScale, plot: Rect): void {
  const labels = model.zLines
    .map((line) => ({ z: line.z, y: scale.y(line.points[line.points.length - 1]?.value ?? Number.NaN) }))
    .filter((l) => Number.isFinite(l.y))
    .sort((a, b) => b.y - a.y);
  // Labels are 26 px tall; push each one up from the one below so they never overlap.
  for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.min(labels[i]!.y, labels[i - 1]!.y - 26);
  ctx.font = font(24, true);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const label of labels) {
    ctx.fillStyle = Z_LINE_COLOURS[label.z] ?? INK;
    ctx.fillText(zLabel(label.z), plot.x + plot.width + 10, label.y);
  }
}



let shared: { canvas: Canvas; ctx: SKRSContext2D } | undefined;

/**
 * One canvas per process (per worker thread), reused: rendering is synchronous and repaints every
 * pixel, and a fresh 1080×1350 canvas costs page faults on each chart.
 */
function sharedCanvas(width: number, height: number): { canvas: Canvas; ctx: SKRSContext2D } {
  if (!shared || shared.canvas.width !== width || shared.canvas.height !== height) {
    const canvas = createCanvas(width, height);
    shared = { canvas, ctx: canvas.getContext('2d') };
  }
  shared.ctx.reset(); // no style, clip or transform carries over from the last chart
  return shared;
}

/**
 * Draws `model` as a 1080×1350 PNG: the sex's Buku KIA colour (blue for boys, pink for girls), the
 * KMS bands and labelled z-lines, the child's line and latest value, axes and legend in the
 * language `t` speaks.
 *
 * @example
 * const png = renderGrowthChart(buildGrowthChartModel(input), (key, params) => translate('id', key, params));
 * await bot.api.sendPhoto(chatId, new InputFile(png, 'grafik.png'));
 */
export function renderGrowthChart(model: GrowthChartModel, t: ChartTranslate): Buffer {
  ensureChartFonts();
  const layout = CHART_LAYOUT;
  const { canvas, ctx } = sharedCanvas(layout.width, layout.height);
  const theme = themeFor(model.sex);
  const scale = plotScale(model, layout.plot);
  ctx.fillStyle = theme.page;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawHeader(ctx, model, t, theme, layout.header);
  drawPlot(ctx, model, scale, layout.plot);
  drawAxes(ctx, model, t, scale, layout.plot);
  drawZLabels(ctx, model, scale, layout.plot);
  drawChild(ctx, model, t, theme, scale, layout.plot);
  drawLegend(ctx, model.texts.legend, t, theme, layout.legend);
  ctx.fillStyle = '#546e7a';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const footer = t(model.texts.footer.key, model.texts.footer.params);
  fitText(ctx, footer, 20, layout.width - 80);
  ctx.fillText(footer, layout.width / 2, layout.footerBaseline);
  return encodePng(canvas.data(), layout.width, layout.height);
}
