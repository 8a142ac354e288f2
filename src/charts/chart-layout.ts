import type { GrowthChartModel } from './growth-chart-model.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each part of the picture goes, in pixels of a 1080×1350 (4:5) portrait image. */
export interface ChartLayout {
  width: number;
  height: number;
  header: Rect;
  plot: Rect;
  legend: Rect;
  footerBaseline: number;
}

/**
 * Portrait 4:5 is the largest shape WhatsApp and Telegram show uncropped in a chat, and 1080 px wide
 * keeps 24 px text readable on a phone.
 *
 * @example
 * CHART_LAYOUT.plot.x; // 130
 */
export const CHART_LAYOUT: ChartLayout = {
  width: 1080,
  height: 1350,
  header: { x: 0, y: 0, width: 1080, height: 150 },
  plot: { x: 130, y: 190, width: 855, height: 870 },
  legend: { x: 60, y: 1170, width: 960, height: 130 },
  footerBaseline: 1332,
};

/** Maps data units to pixels inside a plot rectangle. */
export interface PlotScale {
  x(month: number): number;
  y(value: number): number;
}

/**
 * The scale of `model`'s window and value range onto `plot` (values grow upwards).
 *
 * @example
 * const s = plotScale(model, CHART_LAYOUT.plot);
 * s.x(model.window.fromMonth); // 130
 */
export function plotScale(model: GrowthChartModel, plot: Rect): PlotScale {
  const { fromMonth, toMonth } = model.window;
  const { min, max } = model.valueRange;
  return {
    x: (month) => plot.x + ((month - fromMonth) / (toMonth - fromMonth)) * plot.width,
    y: (value) => plot.y + plot.height - ((value - min) / (max - min)) * plot.height,
  };
}
