import { describe, expect, it } from 'vitest';
import { CNY_PER_USD, powerPrices } from '../../src/data/electricity';
import { sourceById } from '../../src/data/sources';
import { cnyToUsd, isConverted, toUsCentsPerKwh } from '../../src/lib/currency';
import { allRows, formatCents, formatPercent, fractionBelow, powerComparison, validatePowerPriceState } from '../../src/lib/powerPrice';
import { scenes } from '../../src/scenes/charts/power-price.scenes';

describe('electricity data integrity', () => {
  it('has unique ids and known sources', () => {
    expect(new Set(powerPrices.map((p) => p.id)).size).toBe(powerPrices.length);
    for (const p of powerPrices) expect(sourceById.has(p.source), p.source).toBe(true);
    expect(sourceById.get(CNY_PER_USD.source)!.confidence).toBe('derived');
  });
  it('keeps the published values', () => {
    const v = (id: string) => powerPrices.find((p) => p.id === id)!;
    expect(v('us-industrial')).toMatchObject({ value: 8.06, unit: 'usc-per-kwh', year: 2023 });
    expect(v('cn-industrial')).toMatchObject({ value: 0.088, unit: 'usd-per-kwh', year: 2024 });
    expect(v('cn-ulanqab')).toMatchObject({ value: 0.26, unit: 'cny-per-kwh' });
    expect(v('us-ca-commercial').value).toBe(23.91);
  });
});

describe('currency conversion (hand-worked)', () => {
  it('converts yuan at 7.2 per dollar', () => {
    expect(cnyToUsd(7.2, 7.2)).toBe(1);
    expect(toUsCentsPerKwh(0.26, 'cny-per-kwh', 7.2)).toBeCloseTo(3.611, 3); // 0.26/7.2*100
    expect(toUsCentsPerKwh(0.36, 'cny-per-kwh', 7.2)).toBeCloseTo(5.0, 6);
    expect(toUsCentsPerKwh(0.38, 'cny-per-kwh', 7.2)).toBeCloseTo(5.278, 3);
    expect(toUsCentsPerKwh(0.088, 'usd-per-kwh', 7.2)).toBeCloseTo(8.8, 9);
    expect(toUsCentsPerKwh(8.06, 'usc-per-kwh', 7.2)).toBe(8.06);
    expect(() => cnyToUsd(1, 0)).toThrow();
    expect(isConverted('cny-per-kwh')).toBe(true);
    expect(isConverted('usd-per-kwh')).toBe(false);
  });
  it('marks converted rows as derived', () => {
    const rows = allRows();
    expect(rows.find((r) => r.id === 'cn-zhongwei')!.derived).toBe(true);
    expect(rows.find((r) => r.id === 'us-industrial')!.derived).toBe(false);
  });
});

describe('comparisons (hand-worked)', () => {
  it('national averages are about equal: China 8.8 vs US 8.06 cents, China ~9% dearer', () => {
    const c = powerComparison();
    expect(c.usIndustrial).toBe(8.06);
    expect(c.cnIndustrial).toBeCloseTo(8.8, 9);
    expect(c.averagesBelow).toBeCloseTo(1 - 8.8 / 8.06, 9); // -0.0918
    expect(c.averagesBelow).toBeLessThan(0);
  });
  it('western tariffs are 35-55% below the US industrial average', () => {
    const c = powerComparison();
    expect(c.westernMin).toBeCloseTo(3.611, 3);
    expect(c.westernMax).toBeCloseTo(5.278, 3);
    expect(c.westernBelowMax).toBeCloseTo(0.552, 3); // 1 - 3.611/8.06
    expect(c.westernBelowMin).toBeCloseTo(0.345, 3); // 1 - 5.278/8.06
    expect(c.claimedBelow).toBeGreaterThan(c.westernBelowMin);
    expect(c.claimedBelow).toBeLessThan(c.westernBelowMax);
  });
  it('fractionBelow and formatting', () => {
    expect(fractionBelow(6, 10)).toBeCloseTo(0.4, 12);
    expect(() => fractionBelow(1, 0)).toThrow();
    expect(formatCents(8.06)).toBe('8.06¢');
    expect(formatCents(3.6111)).toBe('3.61¢');
    expect(formatPercent(0.552)).toBe('55%');
  });
});

describe('power-price scene state', () => {
  it('accepts defined scenes, rejects bad ones', () => {
    for (const s of scenes) expect(validatePowerPriceState(s.state)).toEqual([]);
    expect(validatePowerPriceState({ focus: 'all' })).toHaveLength(1);
    expect(validatePowerPriceState({ focus: 'western', x: 1 })).toHaveLength(1);
    expect(validatePowerPriceState(undefined)).toHaveLength(1);
  });
});
