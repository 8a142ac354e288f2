import { describe, expect, it } from 'vitest';
import { findLayerViolations } from '../scripts/lib/layers.js';

describe('architecture', () => {
  it('keeps every import pointing inward (main → edges → app → engine/domain → shared)', () => {
    expect(findLayerViolations('src')).toEqual([]);
  });

  it('notices an import that points outward', () => {
    const violations = findLayerViolations('test/fixtures/layers-broken/src');
    expect(violations).toContainEqual(expect.objectContaining({ from: 'domain', to: 'store' }));
    expect(violations).toContainEqual(expect.objectContaining({ from: 'engine', to: 'mongoose' }));
  });
});
