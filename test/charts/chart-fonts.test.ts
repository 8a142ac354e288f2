import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CHART_FONT, ensureChartFonts } from '../../src/charts/chart-fonts.js';

describe('ensureChartFonts', () => {
  it('registers the shipped Noto Sans, regular and bold, under the chart family (no system font needed)', () => {
    ensureChartFonts();
    ensureChartFonts(); // idempotent
    const family = GlobalFonts.families.find((f) => f.family === CHART_FONT);
    expect(family?.styles.map((s) => s.weight).sort()).toEqual([400, 700]);
  });
});
