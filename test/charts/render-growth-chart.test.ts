import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  BAND_COLOURS,
  buildGrowthChartModel,
  CHART_LAYOUT,
  DAYS_PER_MONTH,
  plotScale,
  renderGrowthChart,
  themeFor,
  type GrowthChartModel,
} from '../../src/charts/index.js';
import { lmsAt, valueAtZ, type Sex } from '../../src/domain/growth/reference.js';
import { chartTranslator } from './chart-texts.js';

function decode(png: Buffer): PNG {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return PNG.sync.read(png);
}

function colourAt(image: PNG, x: number, y: number): string {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return `#${[...image.data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Moves a sample point off the grid lines (which lighten the band under them) while staying in the band. */
function offGrid(model: GrowthChartModel, y: number): number {
  const scale = plotScale(model, CHART_LAYOUT.plot);
  const lines = [...model.yTicks.major, ...model.yTicks.minor].map((v) => scale.y(v));
  const near = (candidate: number): boolean => lines.some((line) => Math.abs(line - candidate) < 3);
  return near(y) ? (near(y + 5) ? y - 5 : y + 5) : y;
}

describe.each([1, 2] as const)('renderGrowthChart, sex %d', (sex: Sex) => {
  const model = buildGrowthChartModel({ indicator: 'wfa', sex, lang: 'id', points: [] });
  const image = decode(renderGrowthChart(model, chartTranslator('id')));
  const scale = plotScale(model, CHART_LAYOUT.plot);
  const month = 7.5; // halfway between grid lines
  const lms = lmsAt('wfa', sex, Math.round(month * DAYS_PER_MONTH))!;
  const x = scale.x(month);

  it('is a 1080×1350 PNG', () => {
    expect([image.width, image.height]).toEqual([1080, 1350]);
  });

  it.each([
    ['red', (min: number) => (min + valueAtZ(lms, -3)) / 2],
    ['yellow', () => valueAtZ(lms, -2.5)],
    ['green-light', () => valueAtZ(lms, -1.5)],
    ['green', () => valueAtZ(lms, 0.5)],
    ['green-light', () => valueAtZ(lms, 1.5)],
    ['yellow', () => valueAtZ(lms, 2.5)],
    ['orange', (_min: number, max: number) => (valueAtZ(lms, 3) + max) / 2],
  ] as const)('paints the %s band where the WHO curves put it', (kind, value) => {
    const y = offGrid(model, scale.y(value(model.valueRange.min, model.valueRange.max)));
    expect(colourAt(image, x, y)).toBe(BAND_COLOURS[kind]);
  });

  it('uses the Buku KIA colour of the sex for the header and the page', () => {
    const theme = themeFor(sex);
    expect(colourAt(image, 5, 5)).toBe(theme.header);
    expect(colourAt(image, 5, 1345)).toBe(theme.page);
  });
});

describe('renderGrowthChart', () => {
  it('draws the child’s latest point in the line colour of the sex', () => {
    const model = buildGrowthChartModel({ indicator: 'lhfa', sex: 2, lang: 'en', points: [{ ageDays: 0, lengthCm: 49 }, { ageDays: 365, lengthCm: 74 }] });
    const image = decode(renderGrowthChart(model, chartTranslator('en')));
    const scale = plotScale(model, CHART_LAYOUT.plot);
    const latest = model.points[model.points.length - 1]!;
    expect(colourAt(image, scale.x(latest.month), scale.y(latest.value))).toBe(themeFor(2).line);
  });

  it('writes the title with the shipped font (white text in the header only when there is text)', () => {
    const model = buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'su', points: [] });
    const whiteInTitle = (image: PNG): number => {
      let count = 0;
      for (let y = 20; y < 90; y++) for (let x = 60; x < 900; x++) if (colourAt(image, x, y) === '#ffffff') count++;
      return count;
    };
    expect(whiteInTitle(decode(renderGrowthChart(model, chartTranslator('su'))))).toBeGreaterThan(2000);
    expect(whiteInTitle(decode(renderGrowthChart(model, () => '')))).toBe(0);
  });
});
