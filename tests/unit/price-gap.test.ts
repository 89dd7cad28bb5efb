import { describe, expect, it } from 'vitest';
import { models, MODEL_IDS, getPrice } from '../../src/data/models';
import { sourceById } from '../../src/data/sources';
import {
  claim17xRatios,
  claim36xRatios,
  formatRatio,
  formatUsd,
  logPriceDomain,
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
