import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/charts/png-encode.js';

describe('encodePng', () => {
  it('writes a PNG that an independent decoder reads back pixel for pixel', () => {
    const width = 3;
    const height = 2;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([i * 40, 255 - i * 30, (i * 77) % 256, 255], i * 4);
    const decoded = PNG.sync.read(encodePng(rgba, width, height));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect([...decoded.data]).toEqual([...rgba]);
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow(/RGBA/);
  });
});
