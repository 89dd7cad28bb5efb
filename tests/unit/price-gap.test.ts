import { describe, expect, it } from 'vitest';
import { models, MODEL_IDS, getPrice } from '../../src/data/models';
import { sourceById } from '../../src/data/sources';
import {
  claim17xRatios,
  claim36xRatios,
  formatRatio,
  formatUsd,
  labelBox,
  logPriceDomain,
  placeLabels,
  placeLabelsBest,
  pricePoints,
  priceOf,
  ratio,
  validatePriceGapState,
} from '../../src/lib/priceGap';
import { scenes } from '../../src/scenes/charts/price-gap.scenes';

describe('model data integrity', () => {
  it('has every listed model once, with known sources on every value', () => {
    expect(models.map((m) => m.id).sort()).toEqual([...MODEL_IDS].sort());
    for (const m of models) {
      expect(sourceById.has(m.source), m.source).toBe(true);
      for (const p of m.prices) {
        expect(sourceById.has(p.source), p.source).toBe(true);
        expect(p.input).toBeGreaterThan(0);
        expect(p.output).toBeGreaterThanOrEqual(p.input);
      }
      if (m.sweBench) {
        expect(sourceById.has(m.sweBench.source)).toBe(true);
        expect(m.sweBench.percent).toBeGreaterThan(0);
        expect(m.sweBench.percent).toBeLessThan(100);
      }
      if (m.experts) expect(sourceById.has(m.experts.source)).toBe(true);
      if (m.totalParamsB && m.activeParamsB) expect(m.activeParamsB.value).toBeLessThan(m.totalParamsB.value);
    }
  });

  it('keeps the published values the fact sheet lists', () => {
    expect(getPrice('minimax-m25', 'standard')).toMatchObject({ input: 0.15, output: 1.2 });
    expect(getPrice('minimax-m25', 'lightning')).toMatchObject({ input: 0.3, output: 2.4 });
    expect(getPrice('claude-opus-46')).toMatchObject({ input: 5, output: 25 });
    expect(getPrice('deepseek-v3', 'promo')).toMatchObject({ input: 0.14, output: 0.28, current: false });
    expect(models.find((m) => m.id === 'kimi-k25')!.sweBench).toBeNull();
    expect(models.find((m) => m.id === 'claude-opus-46')!.sweBench!.percent).toBe(80.8);
    expect(models.find((m) => m.id === 'claude-opus-45')!.sweBench!.percent).toBe(80.9);
    expect(models.find((m) => m.id === 'minimax-m25')!.sweBench!.percent).toBe(80.2);
  });
});

describe('price ratios (hand-worked)', () => {
  it('ratio divides and refuses a zero denominator', () => {
    expect(ratio(5, 0.3)).toBeCloseTo(16.6667, 4);
    expect(() => ratio(1, 0)).toThrow();
  });

  it('"17x": 5/0.30 = 16.67, 5/0.15 = 33.33, 25/1.20 = 20.83', () => {
    const [lightning, standard, output] = claim17xRatios();
    expect(lightning.value).toBeCloseTo(16.667, 3);
    expect(standard.value).toBeCloseTo(33.333, 3);
    expect(output.value).toBeCloseTo(20.833, 3);
    expect(lightning.numerator.price).toBe(5);
    expect(lightning.denominator.price).toBe(0.3);
    expect(output.denominator.price).toBe(1.2);
  });

  it('"36x": 10/0.28 = 35.71 (promotion), 10/1.10 = 9.09 (standard)', () => {
    const [promo, std] = claim36xRatios();
    expect(promo.value).toBeCloseTo(35.714, 3);
    expect(std.value).toBeCloseTo(9.0909, 3);
  });

  it('formats ratios and dollars', () => {
    expect(formatRatio(16.6667)).toBe('16.7×');
    expect(formatRatio(33.333)).toBe('33.3×');
    expect(formatRatio(9)).toBe('9×');
    expect(formatUsd(0.15)).toBe('$0.15');
    expect(formatUsd(1.2)).toBe('$1.20');
    expect(formatUsd(25)).toBe('$25');
  });
});

describe('scatter points and log domain', () => {
  it('gives M2.5 two points and Kimi a null score', () => {
    const pts = pricePoints();
    expect(pts.filter((p) => p.modelId === 'minimax-m25').map((p) => p.key)).toEqual(['minimax-m25/standard', 'minimax-m25/lightning']);
    expect(pts.find((p) => p.modelId === 'kimi-k25')!.score).toBeNull();
    expect(pts).toHaveLength(6);
    expect(new Set(pts.map((p) => p.key)).size).toBe(pts.length);
  });

  it('rounds the log domain out to powers of ten', () => {
    // input prices run 0.15..5 -> [0.1, 10]; output 0.42..25 -> [0.1, 100]
    const pts = pricePoints();
    expect(logPriceDomain(pts.map((p) => priceOf(p, 'input')))).toEqual([0.1, 10]);
    expect(logPriceDomain(pts.map((p) => priceOf(p, 'output')))).toEqual([0.1, 100]);
    expect(logPriceDomain([2, 3])).toEqual([1, 10]);
    expect(() => logPriceDomain([0, -1])).toThrow();
  });
});

describe('price-gap scene state', () => {
  it('accepts the defined scenes', () => {
    for (const s of scenes) expect(validatePriceGapState(s.state)).toEqual([]);
  });
  it('rejects bad states', () => {
    expect(validatePriceGapState({ mode: 'both', panel: 'none' })).toHaveLength(1);
    expect(validatePriceGapState({ mode: 'input', panel: 'none', extra: 1 })).toHaveLength(1);
    expect(validatePriceGapState(null)).toHaveLength(1);
  });
});

describe('narrow-plot label placement', () => {
  const bounds = { left: 0, right: 200, top: 0, bottom: 100 };
  const right = { dx: 10, dy: 4, anchor: 'start' as const };
  const left = { dx: -10, dy: 4, anchor: 'end' as const };
  const below = { dx: -4, dy: 20, anchor: 'start' as const };
  const overlaps = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
    Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

  it('boxes a label from its anchor: start runs right, end runs left, 10 px up and 3 px down from the baseline', () => {
    expect(labelBox({ x: 50, y: 40, width: 30 }, right)).toEqual({ left: 60, right: 90, top: 34, bottom: 47 });
    expect(labelBox({ x: 50, y: 40, width: 30 }, left)).toEqual({ left: 10, right: 40, top: 34, bottom: 47 });
  });

  it('keeps the first clear spot, skips spots that cover another dot or run out of the plot', () => {
    const { spots: got } = placeLabels(
      [
        { key: 'a', x: 20, y: 50, width: 60, spots: [right, below] },
        // b's left-hand spot would cover a's label, its right-hand one dot c.
        { key: 'b', x: 120, y: 50, width: 60, spots: [left, right, below] },
        { key: 'c', x: 150, y: 52, width: 30, spots: [right] },
      ],
      bounds,
    );
    expect(got.a).toMatchObject(right);
    expect(got.b).toMatchObject(below);
    expect(got.c).toMatchObject(right);
  });

  it('keeps labels off unlabelled dots too', () => {
    const req = [{ key: 'a', x: 20, y: 50, width: 60, spots: [right, below] }];
    expect(placeLabels(req, bounds).spots.a).toMatchObject(right);
    expect(placeLabels(req, bounds, 7, [{ x: 60, y: 48 }]).spots.a).toMatchObject(below);
  });

  it('does not put a label on one placed before it', () => {
    const reqs = [
      { key: 'a', x: 20, y: 50, width: 80, spots: [right, below] },
      { key: 'b', x: 30, y: 50, width: 80, spots: [right, below] },
    ];
    const { spots: got } = placeLabels(reqs, bounds, 0);
    expect(got.a).toMatchObject(right);
    expect(got.b).toMatchObject(below);
    expect(overlaps(labelBox(reqs[0], got.a), labelBox(reqs[1], got.b))).toBe(false);
  });

  it('falls back to the short text only when no spot is clear at full width', () => {
    const wide = placeLabels([{ key: 'a', x: 100, y: 50, width: 120, shortWidth: 60, spots: [right] }], bounds);
    expect(wide.spots.a.short).toBe(true);
    expect(wide.cost).toBe(0);
    const roomy = placeLabels([{ key: 'a', x: 20, y: 50, width: 120, shortWidth: 60, spots: [right] }], bounds);
    expect(roomy.spots.a.short).toBe(false);
  });

  it('when nothing is clear, takes the spot with least overlap', () => {
    const got = placeLabels([{ key: 'a', x: 190, y: 50, width: 40, spots: [right, left] }], bounds);
    expect(got.spots.a).toMatchObject(left);
    expect(got.cost).toBe(0);
    const stuck = placeLabels([{ key: 'a', x: 190, y: 50, width: 40, spots: [right] }], bounds);
    expect(stuck.cost).toBeGreaterThan(0);
    expect(() => placeLabels([{ key: 'a', x: 0, y: 0, width: 1, spots: [] }], bounds)).toThrow();
  });

  it('tries other orders when the given one corners itself', () => {
    // In this order a takes the spot below, the only one b has; the other order places both.
    const reqs = [
      { key: 'a', x: 40, y: 50, width: 50, spots: [below, right] },
      { key: 'b', x: 40, y: 52, width: 50, spots: [below] },
    ];
    expect(placeLabels(reqs, bounds, 0).cost).toBeGreaterThan(0);
    const best = placeLabelsBest(reqs, bounds, 0);
    expect(best.cost).toBe(0);
    expect(best.spots.a).toMatchObject(right);
    expect(best.spots.b).toMatchObject(below);
  });
});
