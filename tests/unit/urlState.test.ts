// Settings in URL parameters (src/lib/urlState.ts) and the energy calculator's spec of them (src/lib/energy.ts):
// allow-list, clamping, snapping to the step, defaults, garbage and hostile values, other parameters kept.
import { describe, expect, it } from 'vitest';
import { hasParams, numberParams, parseNumber, readParams, snapToParam, urlWithParams, writeParams } from '../../src/lib/urlState';
import { ENERGY_PARAMS, energyUrl, hasEnergyParams, parseEnergyParams, snapSetting } from '../../src/lib/energy';
import { defaultSettings, settingRanges } from '../../src/data/energy';

describe('the generic module', () => {
  const spec = numberParams({ size: 's', ratio: 'r' }, { size: { min: 10, max: 100, step: 5 }, ratio: { min: 0.5, max: 2, step: 0.25 } });
  const defaults = { size: 50, ratio: 1 };
  it('reads only the allow-listed parameters, first value wins', () => {
    expect(readParams(spec, '?s=20&r=1.5&size=99&x=1&s=30', defaults)).toEqual({ size: 20, ratio: 1.5 });
    expect(readParams(spec, '', defaults)).toEqual(defaults);
    expect(hasParams(spec, '?x=1')).toBe(false);
    expect(hasParams(spec, new URLSearchParams({ r: '' }))).toBe(true);
  });
  it('clamps to the range and snaps to the step grid', () => {
    expect(snapToParam(3, spec.size)).toBe(10);
    expect(snapToParam(1000, spec.size)).toBe(100);
    expect(snapToParam(22.4, spec.size)).toBe(20);
    expect(snapToParam(23, spec.size)).toBe(25);
    expect(snapToParam(1.3, spec.ratio)).toBe(1.25);
    expect(snapToParam(0.1 + 0.2, { min: 0, max: 1, step: 0.1 })).toBe(0.3);
  });
  it('writes the spec’s parameters, keeps the others and the hash', () => {
    expect(writeParams(spec, '?step=a&s=1', { size: 15, ratio: 2 })).toBe('step=a&s=15&r=2');
    expect(urlWithParams(spec, '/pt/', '', '#x', { size: 12, ratio: 0.5 })).toBe('/pt/?s=10&r=0.5#x');
  });
  it('accepts plain decimals only', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    for (const bad of ['1.', '.5', '1e3', '', '-3', '0x2', '8,5', 'NaN', 'Infinity', '9'.repeat(400), '<b>1</b>']) expect(parseNumber(bad), bad).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(undefined)).toBeNull();
  });
});

describe('the energy calculator’s parameters', () => {
  it('use the calculator’s ranges and steps from src/data/energy.ts', () => {
    for (const k of Object.keys(settingRanges) as (keyof typeof settingRanges)[]) expect(ENERGY_PARAMS[k]).toMatchObject(settingRanges[k]);
    expect(Object.values(ENERGY_PARAMS).map((p) => p.param)).toEqual(['w', 'pue', 'tps', 'c']);
  });
  it('reads all four settings', () => {
    expect(parseEnergyParams('?w=350&pue=1.1&tps=2500&c=4.5')).toEqual({ watts: 350, pue: 1.1, tokensPerSecond: 2500, centsPerKwh: 4.5 });
  });
  it('empty query gives the defaults', () => {
    expect(parseEnergyParams('')).toEqual(defaultSettings);
    expect(parseEnergyParams('?')).toEqual(defaultSettings);
  });
  it('clamps to the input ranges', () => {
    expect(parseEnergyParams('w=99999&pue=0.5&tps=5&c=100')).toEqual({ watts: 1500, pue: 1, tokensPerSecond: 10, centsPerKwh: 30 });
    expect(parseEnergyParams('w=1&pue=9&tps=123456&c=0')).toEqual({ watts: 100, pue: 2, tokensPerSecond: 10_000, centsPerKwh: 1 });
  });
  it('snaps to the input steps, so the number field never holds a value its step rejects', () => {
    // watts step 10 from 100: 703.7 -> 700; pue step 0.01: 1.2345 -> 1.23; tps step 1: 99.6 -> 100; cents step 0.1: 8.06 -> 8.1
    expect(parseEnergyParams('w=703.7&pue=1.2345&tps=99.6&c=8.06')).toEqual({ watts: 700, pue: 1.23, tokensPerSecond: 100, centsPerKwh: 8.1 });
    expect(snapSetting('watts', 705)).toBe(710);
  });
  it('garbage and hostile values fall back to the defaults, one key at a time', () => {
    expect(parseEnergyParams('w=<script>alert(1)</script>&pue=NaN&tps=1e5&c=Infinity')).toEqual(defaultSettings);
    expect(parseEnergyParams('w=-300&pue=0x2&tps=%20&c=8,5')).toEqual(defaultSettings);
    expect(parseEnergyParams('w=%22%3E%3Cimg%20src%3Dx%3E&pue=1.3')).toEqual({ ...defaultSettings, pue: 1.3 });
  });
  it('ignores unknown keys and reads only the first of repeated keys', () => {
    expect(parseEnergyParams('step=energy-1&lang=pt&W=100&watts=100&w=500&w=900')).toEqual({ ...defaultSettings, watts: 500 });
  });
  it('writes the four keys, keeps the other parameters and the story’s #step hash', () => {
    expect(energyUrl('/', '?step=x&lang=pt', '', defaultSettings)).toBe('/?step=x&lang=pt&w=700&pue=1.5&tps=1000&c=8');
    expect(energyUrl('/', 'w=1&c=2', '', { ...defaultSettings, watts: 350 })).toBe('/?w=350&c=8&pue=1.5&tps=1000');
    expect(energyUrl('/', '', '#energy-1', defaultSettings)).toBe('/?w=700&pue=1.5&tps=1000&c=8#energy-1');
    expect(parseEnergyParams(energyUrl('/', '', '', defaultSettings).slice(2))).toEqual(defaultSettings);
  });
  it('hasEnergyParams', () => {
    expect(hasEnergyParams('?step=a')).toBe(false);
    expect(hasEnergyParams('?tps=5')).toBe(true);
  });
});
