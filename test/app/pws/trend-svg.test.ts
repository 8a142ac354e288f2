import { describe, expect, it } from 'vitest';
import type { MonthKey } from '../../../src/domain/pws/index.js';
import { trendSvg } from '../../../src/app/pws/trend-svg.js';

const labels = { ds: 'D/S', nd: 'N/D', title: 'Tren <12> bulan' };

describe('trendSvg', () => {
  it('draws D/S and N/D, breaking a line at a month without a value, with the target dashed', () => {
    const svg = trendSvg(
      [
        { month: '2026-01' as MonthKey, D_S: 100, N_D: null },
        { month: '2026-02' as MonthKey, D_S: 50, N_D: 80 },
        { month: '2026-03' as MonthKey, D_S: null, N_D: 40 },
        { month: '2026-04' as MonthKey, D_S: 0, N_D: 60 },
      ],
      80,
      labels,
    );
    // Inner box: x from 36 to 628 (step 197.3), y from 12 (100 %) to 184 (0 %).
    expect(svg.match(/<polyline[^>]*class="D_S"[^>]*>/g)).toEqual(['<polyline fill="none" stroke-width="2" class="D_S" points="36.0,12.0 233.3,98.0"/>', '<polyline fill="none" stroke-width="2" class="D_S" points="628.0,184.0"/>']);
    expect(svg.match(/class="N_D" points="([^"]+)"/)?.[1]).toBe('233.3,46.4 430.7,115.2 628.0,80.8');
    expect(svg).toContain('y1="46.4" y2="46.4" stroke="#999" stroke-dasharray');
    expect(svg).toContain('<title>Tren &lt;12&gt; bulan</title>');
    expect(svg.match(/>0[1-4]</g)).toHaveLength(4);
  });
});
