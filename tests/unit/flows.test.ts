import { describe, expect, it } from 'vitest';
import { arrowHeads as heads, concatPaths, offsetPath, pathFromPieces, projectArc, projectGeodesic, svgPathData } from '../../src/lib/flows';
import { layoutParticles, pointAt, splitCount, updateParticles } from '../../src/lib/particles';
import { projectionFor } from '../../src/lib/geo';

describe('pathFromPieces', () => {
  it('measures cumulative lengths', () => {
    const p = pathFromPieces([[0, 0, 3, 4, 3, 10]]);
    expect(Array.from(p.cum)).toEqual([0, 5, 11]);
    expect(p.length).toBe(11);
    expect(p.breaks).toEqual([]);
  });

  it('joins pieces with a zero-length break that adds nothing to the length', () => {
    const p = pathFromPieces([[0, 0, 10, 0], [], [100, 0, 100, 5]]);
    expect(p.length).toBe(15);
    expect(p.breaks).toEqual([2]);
    expect(Array.from(p.cum)).toEqual([0, 10, 10, 15]);
    expect(svgPathData(p)).toBe('M0,0l10,0M100,0l0,5');
    // Short steps merge into the next one; the last point of a piece is always kept.
    expect(svgPathData(pathFromPieces([[0, 0, 0.3, 0, 0.6, 0, 5, 0]]), 1)).toBe('M0,0l5,0');
  });
});

describe('pointAt', () => {
  const p = pathFromPieces([
    [0, 0, 10, 0],
    [100, 0, 100, 5],
  ]);
  const out = [0, 0];
  it('interpolates along segments and clamps at the ends', () => {
    pointAt(p, 4, out);
    expect(out).toEqual([4, 0]);
    pointAt(p, -3, out);
    expect(out).toEqual([0, 0]);
    pointAt(p, 99, out);
    expect(out).toEqual([100, 5]);
  });
  it('jumps a break instead of crossing the gap', () => {
    pointAt(p, 10.5, out);
    expect(out[0]).toBe(100);
    expect(out[1]).toBeCloseTo(0.5);
  });
  it('offsets to the left of travel for a lane', () => {
    const east = pathFromPieces([[0, 0, 10, 0]]);
    pointAt(east, 5, out, 0, 2);
    expect(out).toEqual([5, -2]); // screen y points down: left of eastward travel is up
    pointAt(pathFromPieces([[10, 0, 0, 0]]), 5, out, 0, 2);
    expect(out).toEqual([5, 2]); // the way back uses the other lane
  });
});

describe('offsetPath', () => {
  it('shifts a path to the left of travel, and the reversed path to the other side', () => {
    const east = pathFromPieces([[0, 0, 10, 0, 20, 0]]);
    expect(Array.from(offsetPath(east, 3).xy)).toEqual([0, -3, 10, -3, 20, -3]);
    expect(Array.from(offsetPath(pathFromPieces([[20, 0, 10, 0, 0, 0]]), 3).xy)).toEqual([20, 3, 10, 3, 0, 3]);
    expect(offsetPath(east, 0)).toBe(east);
  });
});

describe('concatPaths', () => {
  it('continues touching legs without a break, and jumps between legs that do not meet', () => {
    const a = pathFromPieces([[0, 0, 10, 0]]);
    const b = pathFromPieces([[10, 0, 10, 10]]);
    const c = concatPaths([a, b]);
    expect(c.breaks).toEqual([]);
    expect(c.length).toBe(20);
    expect(Array.from(c.xy)).toEqual([0, 0, 10, 0, 10, 10]);
    const gap = concatPaths([a, pathFromPieces([[50, 0, 50, 10]])]);
    expect(gap.breaks).toEqual([2]);
    expect(gap.length).toBe(20);
  });
});

describe('projected routes', () => {
  const proj = projectionFor({ lon: -170, lat: 36, zoom: 2.2 }, 860, 860);
  it('projects the San Francisco - Shanghai great circle as one unbroken path of plausible length', () => {
    const p = projectGeodesic(
      [
        [-122.42, 37.77],
        [121.47, 31.23],
      ],
      proj,
    );
    expect(p.breaks).toEqual([]);
    const chord = Math.hypot(p.xy[0] - p.xy[p.xy.length - 2], p.xy[1] - p.xy[p.xy.length - 1]);
    expect(p.length).toBeGreaterThan(chord);
    expect(p.length).toBeLessThan(chord * 1.5);
    // Resampled densely enough to look curved.
    expect(p.cum.length).toBeGreaterThan(10);
  });
  it('bows arcs to the side and samples them evenly in t', () => {
    const p = projectArc([87.62, 43.82], [104.07, 30.67], proj, 0.2, 40);
    expect(p.cum.length).toBe(41);
    const chord = Math.hypot(p.xy[80] - p.xy[0], p.xy[81] - p.xy[1]);
    expect(p.length).toBeGreaterThan(chord);
  });
});

describe('particles', () => {
  it('splits counts exactly, in proportion to weights', () => {
    expect(splitCount(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitCount(2000, [1, 0, 3])).toEqual([500, 0, 1500]);
    expect(splitCount(7, []).length).toBe(0);
  });

  it('lays out the requested number of particles over usable paths only', () => {
    const paths = [pathFromPieces([[0, 0, 100, 0]]), pathFromPieces([]), pathFromPieces([[0, 0, 0, 50]])];
    const set = layoutParticles(paths, 2001, { speed: 50 });
    expect(set.route.length).toBe(2001);
    expect(set.route.filter((r) => r === 1).length).toBe(0);
    expect(set.duration[0]).toBeCloseTo(2); // 100 px at 50 px/s
  });

  it('moves particles along their path at the given speed, wrapping around', () => {
    const path = pathFromPieces([[0, 0, 100, 0]]);
    const set = layoutParticles([path], 1, { speed: 25, seed: 3 });
    set.phase[0] = 0;
    updateParticles(set, 1);
    expect(set.pos[0]).toBeCloseTo(25);
    expect(set.pos[1]).toBeCloseTo(0);
    updateParticles(set, 5); // 125 px: one lap and a quarter
    expect(set.pos[0]).toBeCloseTo(25);
  });

  it('gives the 1858 message a fixed, slow crossing whatever the path length', () => {
    const set = layoutParticles([pathFromPieces([[0, 0, 400, 0]])], 1, { duration: 24 });
    expect(set.duration[0]).toBe(24);
    set.phase[0] = 0;
    updateParticles(set, 12);
    expect(set.pos[0]).toBeCloseTo(200);
  });

  it('keeps particles within the spread of their path', () => {
    const set = layoutParticles([pathFromPieces([[0, 0, 1000, 0]])], 500, { speed: 100, spread: 3 });
    updateParticles(set, 0.7);
    for (let k = 0; k < 500; k++) expect(Math.abs(set.pos[2 * k + 1])).toBeLessThanOrEqual(3.0001);
  });

  it('is deterministic for a seed', () => {
    const paths = [pathFromPieces([[0, 0, 100, 0]])];
    const a = layoutParticles(paths, 50, { seed: 9, spread: 2 });
    const b = layoutParticles(paths, 50, { seed: 9, spread: 2 });
    expect(Array.from(a.phase)).toEqual(Array.from(b.phase));
  });
});

describe('arrowHeads', () => {
  it('points each head the way the path runs', () => {
    const p = pathFromPieces([[0, 0, 100, 0]]);
    const d = heads(p, 6, [0.5]);
    // Tip at x = 50, base 6 px behind it (x = 44), on both sides of the line.
    expect(d).toBe('M50,0L44,3.3L44,-3.3Z');
    const back = heads(pathFromPieces([[100, 0, 0, 0]]), 6, [0.5]);
    expect(back).toBe('M50,0L56,-3.3L56,3.3Z');
  });
  it('draws nothing on an empty path', () => {
    expect(heads(pathFromPieces([]), 6)).toBe('');
  });
});
