import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qrSvg';

/** The dark modules of a QR path as a set of "x,y" cells. */
function cells(d: string): Set<string> {
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

describe('QR code as SVG', () => {
  it('encodes a URL in a standard-size symbol with a quiet zone', () => {
    const qr = qrPath('https://tokens-abroad.example/');
    expect((qr.modules - 21) % 4).toBe(0);
    expect(qr.size).toBe(qr.modules + 8);
    const dark = cells(qr.d);
    expect(dark.size).toBeGreaterThan(qr.modules * 4);
    // Nothing in the quiet zone.
    for (const c of dark) {
      const [x, y] = c.split(',').map(Number);
      expect(x >= 4 && y >= 4 && x < qr.size - 4 && y < qr.size - 4, c).toBe(true);
    }
  });
  it('draws the three finder patterns', () => {
    const qr = qrPath('https://tokens-abroad.example/');
    const dark = cells(qr.d);
    const n = qr.modules;
    for (const [ox, oy] of [
      [4, 4],
      [4 + n - 7, 4],
      [4, 4 + n - 7],
    ]) {
      // Outer ring dark, the ring inside it light, the 3x3 centre dark.
      for (let i = 0; i < 7; i++) {
        expect(dark.has(`${ox + i},${oy}`)).toBe(true);
        expect(dark.has(`${ox},${oy + i}`)).toBe(true);
      }
      expect(dark.has(`${ox + 1},${oy + 1}`)).toBe(false);
      expect(dark.has(`${ox + 3},${oy + 3}`)).toBe(true);
    }
  });
  it('grows with the text and differs between texts', () => {
    const short = qrPath('https://a.example/');
    const long = qrPath(`https://tokens-abroad.example/${'x'.repeat(120)}/`);
    expect(long.modules).toBeGreaterThan(short.modules);
    expect(qrPath('https://a.example/').d).not.toBe(qrPath('https://b.example/').d);
  });
});
