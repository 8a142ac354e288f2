/** Growth charts as parents see them: a pure model (`buildGrowthChartModel`) and a PNG renderer. */
export { chooseAgeWindow, daysToMonths, DAYS_PER_MONTH, type AgeWindow } from './age-window.js';
export { whoReference, type ChartIndicator, type ChartReference } from './chart-reference.js';
export { CHART_LAYOUT, plotScale, type ChartLayout, type PlotScale, type Rect } from './chart-layout.js';
export { BAND_COLOURS, themeFor, Z_LINE_COLOURS, type SexTheme } from './chart-theme.js';
export { computeBands, computeZCurves, Z_LEVELS, Z_LINES, type Band, type BandKind, type ChartPoint, type ZCurve } from './growth-bands.js';
export {
  buildGrowthChartModel,
  type ChartText,
  type ChildMeasurement,
  type GrowthChartInput,
  type GrowthChartModel,
  type LegendItem,
} from './growth-chart-model.js';
export { encodePng } from './png-encode.js';
export { renderGrowthChart, type ChartTranslate } from './render-growth-chart.js';
