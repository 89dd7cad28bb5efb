// URL parameters of the energy calculator: allow-list, clamping, defaults, garbage.
import { describe, expect, it } from 'vitest';
import { energyUrl, hasEnergyParams, parseEnergyParams, parseNumber, writeEnergyParams } from '../../src/lib/urlState';
import { defaultSettings } from '../../src/data/energy';

describe('parseEnergyParams', () => {
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
  it('snaps to the input steps', () => {
    const s = parseEnergyParams('w=703.7&pue=1.2345&tps=99.6&c=8.06');
    expect(s).toEqual({ watts: 704, pue: 1.23, tokensPerSecond: 100, centsPerKwh: 8.1 });
  });
  it('garbage and hostile values fall back to the defaults, one key at a time', () => {
    const s = parseEnergyParams('w=<script>alert(1)</script>&pue=NaN&tps=1e5&c=Infinity');
    expect(s).toEqual(defaultSettings);
    expect(parseEnergyParams('w=-300&pue=0x2&tps=%20&c=8,5')).toEqual(defaultSettings);
    expect(parseEnergyParams('w=%22%3E%3Cimg%20src%3Dx%3E&pue=1.3')).toEqual({ ...defaultSettings, pue: 1.3 });
  });
  it('ignores unknown keys and reads only the first of repeated keys', () => {
    expect(parseEnergyParams('step=energy-1&lang=pt&W=100&watts=100&w=500&w=900')).toEqual({ ...defaultSettings, watts: 500 });
  });
  it('accepts URLSearchParams as well as strings', () => {
    expect(parseEnergyParams(new URLSearchParams({ tps: '60' })).tokensPerSecond).toBe(60);
  });
});

describe('parseNumber', () => {
  it('accepts plain decimals only', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber(' 1.5 ')).toBe(1.5);
    expect(parseNumber('1.')).toBeNull();
    expect(parseNumber('.5')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber('9'.repeat(400))).toBeNull();
  });
});

describe('writing the URL', () => {
  it('writes the four keys and keeps the other parameters', () => {
    const q = writeEnergyParams('?step=x&lang=pt', { watts: 700, pue: 1.5, tokensPerSecond: 1000, centsPerKwh: 8 });
    expect(q).toBe('step=x&lang=pt&w=700&pue=1.5&tps=1000&c=8');
    expect(parseEnergyParams(q)).toEqual(defaultSettings);
  });
  it('replaces old values instead of appending', () => {
    expect(writeEnergyParams('w=1&c=2', { ...defaultSettings, watts: 350 })).toBe('w=350&c=8&pue=1.5&tps=1000');
  });
  it('keeps the story’s #step hash', () => {
    expect(energyUrl('/', '', '#energy-1', defaultSettings)).toBe('/?w=700&pue=1.5&tps=1000&c=8#energy-1');
    expect(energyUrl('/pt/', '?lang=pt', '', { ...defaultSettings, pue: 1.25 })).toBe('/pt/?lang=pt&w=700&pue=1.25&tps=1000&c=8');
  });
  it('hasEnergyParams', () => {
    expect(hasEnergyParams('?step=a')).toBe(false);
    expect(hasEnergyParams('?tps=5')).toBe(true);
  });
});
