import { describe, expect, it } from 'vitest';
import { scaleSqrt } from 'd3-scale';
import { shareRadius, sqrtScale, volumeWidth } from '../../src/lib/mapModel';

describe("sqrtScale (the map's stand-in for d3 scaleSqrt)", () => {
  it('matches d3 scaleSqrt over its domain and beyond it', () => {
    for (const [d1, r0, r1] of [
      [40, 0, 46],
      [400, 0.8, 7],
      [1, 2, 3],
    ]) {
      const ours = sqrtScale(d1, r0, r1);
      const d3 = scaleSqrt().domain([0, d1]).range([r0, r1]);
      for (const x of [0, d1 / 7, d1 / 2, d1, d1 * 1.5]) expect(ours(x)).toBeCloseTo(d3(x), 10);
    }
  });
  it('sizes circles by area: four times the share, twice the radius', () => {
    expect(shareRadius(36, 1440) / shareRadius(9, 1440)).toBeCloseTo(2, 10);
  });
  it('keeps static arc widths within 1..9 px', () => {
    expect(volumeWidth(0)).toBe(1);
    expect(volumeWidth(100)).toBeCloseTo(0.8 + 6.2 * 0.5, 10);
    expect(volumeWidth(100_000)).toBe(9);
  });
});
