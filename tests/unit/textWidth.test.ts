import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/textWidth';

describe('textWidth', () => {
  it('measures Latin by character class and CJK as one em a character', () => {
    expect(textWidth('iii', 10)).toBeCloseTo(3 * 0.32 * 10 + 2);
    expect(textWidth('旧金山', 12)).toBeCloseTo(3 * 12 + 2);
    expect(textWidth('Abc', 10, true)).toBeGreaterThan(textWidth('Abc', 10));
  });
});

describe('wrapText', () => {
  it('wraps Latin at spaces and never exceeds the width unless one word is wider', () => {
    const lines = wrapText('Electricity never leaves the grid of China', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Electricity never leaves the grid of China');
  });
  it('wraps Chinese between characters (no spaces to wrap on)', () => {
    const text = '电力从未离开中国电网但它的价值随着每一个词元跨越太平洋';
    const lines = wrapText(text, 100, 12);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe(text);
  });
  it('keeps mixed text whole', () => {
    const text = 'MiniMax M2.5 的请求穿过太平洋';
    expect(wrapText(text, 80, 12).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
