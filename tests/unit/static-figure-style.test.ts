// The build-time cascade the static figures use instead of a stylesheet (src/lib/staticFigureStyle.ts), the
// path geometry (src/lib/staticFigureGeometry.ts), the font reader (src/lib/staticFigureFont.ts) and the
// lengths of the HTML flow layout (src/static-figures/flow.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import {
  STATIC_FIGURE_ENVIRONMENT as env,
  computeStyles,
  parseStylesheets,
  queryMatches,
  querySelector,
  resolveColorMix,
  resolveValue,
  specificity,
} from '../../src/lib/staticFigureStyle';
import { pathBox, pathLength } from '../../src/lib/staticFigureGeometry';
import { readFontFaces } from '../../src/lib/staticFigureFont';
import { resolveLength } from '../../src/static-figures/flow';
import { fontsFor } from '../../src/static-figures/fonts';

const doc = (html: string) =>
  parseDocument(`<html><body>${html}</body></html>`, { lowerCaseTags: false, lowerCaseAttributeNames: false }) as unknown as Document;

describe('static figure cascade', () => {
  it('evaluates media and container queries for a still, light, 1200 px wide figure', () => {
    expect(queryMatches('(min-width: 960px)', 1200, 675, env)).toBe(true);
    expect(queryMatches('(max-width: 959.98px)', 1200, 675, env)).toBe(false);
    expect(queryMatches('(prefers-reduced-motion: reduce)', 1200, 675, env)).toBe(true);
    expect(queryMatches('(prefers-color-scheme: dark)', 1200, 675, env)).toBe(false);
    expect(queryMatches('print', 1200, 675, env)).toBe(false);
    expect(queryMatches('screen and (width >= 40rem)', 1200, 675, env)).toBe(true);
    expect(queryMatches('(max-width: 34rem)', env.containerWidth, 675, env, true)).toBe(false);
    expect(queryMatches('card (min-width: 40rem)', env.containerWidth, 675, env, true)).toBe(true);
  });

  it('ranks selectors as browsers do, :where() counting nothing', () => {
    expect(specificity('.a.svelte-x')).toBe(2000);
    expect(specificity('.lines.svelte-x path:where(.svelte-x)')).toBe(2001);
    expect(specificity('.mk.dimmed:not(.circle)')).toBe(3000);
    expect(specificity('#id > p')).toBe(1000001);
  });

  it('resolves var() with fallbacks and light-dark()', () => {
    const custom = new Map([
      ['--ink', '#13202e'],
      ['--alias', 'var(--ink)'],
    ]);
    expect(resolveValue('var(--alias)', custom, env)).toBe('#13202e');
    expect(resolveValue('var(--missing, #fff)', custom, env)).toBe('#fff');
    expect(resolveValue('var(--missing)', custom, env)).toBeNull();
    expect(resolveValue('light-dark(#fff, #000)', custom, env)).toBe('#fff');
  });

  it('runs the cascade: scoped selectors, inherited custom properties, media, finished animations', () => {
    const css = `
      :root { --ink: #111; --sea: #e4edf5; }
      .map { --label: #222; font-size: 0.75rem; }
      .lines.s path:where(.s) { fill: none; }
      .sphere.s { fill: var(--sea); }
      .lab.s { fill: var(--label); }
      .mk.dimmed:not(.circle) { opacity: 0.5; }
      .draw.s { stroke-dasharray: 1; stroke-dashoffset: 1; animation: s-draw 2s ease 0.2s forwards; }
      @keyframes s-draw { to { stroke-dashoffset: 0; } }
      @media (prefers-color-scheme: dark) { :root { --sea: #000; } }
      @media (max-width: 30rem) { .lab.s { fill: red; } }
    `;
    const d = doc(
      `<div class="map s"><svg><path class="sphere s"/><g class="lines s"><path class="draw s"/></g><text class="lab s">x</text><circle class="mk dimmed"/><circle class="mk dimmed circle"/></svg></div>`,
    );
    const styles = computeStyles(d, parseStylesheets([css], env), env);
    const get = (sel: string) => styles.get(querySelector(d, sel)!)!;
    expect(get('.sphere').specified.get('fill')).toBe('#e4edf5');
    expect(get('.lab').specified.get('fill')).toBe('#222');
    expect(get('.lab').fontSize).toBe(12);
    expect(get('.draw').specified.get('stroke-dashoffset')).toBe('0');
    expect(get('.draw').specified.get('fill')).toBe('none');
    expect(get('circle.mk:not(.circle)').specified.get('opacity')).toBe('0.5');
    expect(get('circle.circle').specified.get('opacity')).toBeUndefined();
  });

  it('keeps ::before text and the user-agent weight of <strong>', () => {
    const css = `.events li + li::before { content: ' · '; }`;
    const d = doc(`<ol class="events"><li>a</li><li><strong>b</strong></li></ol>`);
    const styles = computeStyles(d, parseStylesheets([css], env), env);
    expect(styles.get(querySelector(d, 'li + li')!)!.before).toBe(' · ');
    expect(styles.get(querySelector(d, 'strong')!)!.inherited.get('font-weight')).toBe('700');
  });

  it('reads the light theme from global.css, not from a copy', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const d = doc('<div class="x"></div>');
    const styles = computeStyles(d, parseStylesheets([css], env), env);
    const ink = /--ink:\s*([^;]+);/.exec(css)![1].trim();
    expect(styles.get(querySelector(d, '.x')!)!.custom.get('--ink')).toBe(ink);
  });
});

describe('static figure geometry and lengths', () => {
  it('measures paths (resvg has no pathLength, so dashes are converted with this)', () => {
    expect(pathLength('M0,0L3,4L3,10')).toBeCloseTo(11);
    expect(pathLength('M0,0l10,0v10h-10z')).toBeCloseTo(40);
    expect(pathBox('M1,2L5,-3')).toEqual({ x0: 1, y0: -3, x1: 5, y1: 2 });
  });

  it('resolves the lengths the charts use', () => {
    expect(resolveLength('calc(100% - 4.6rem)', 800, 16, env)).toBeCloseTo(800 - 73.6);
    expect(resolveLength('1.4rem', 0, 16, env)).toBeCloseTo(22.4);
    expect(resolveLength('50%', 300, 16, env)).toBe(150);
    expect(resolveLength('auto', 300, 16, env)).toBeNaN();
  });
});

describe('static figure fonts', () => {
  it('reads family names and glyph coverage of the TTF files handed to resvg', () => {
    const fonts = fontsFor('en');
    const families = new Set(fonts.faces.map((f) => f.family));
    expect(families).toEqual(new Set(['DejaVu Sans', 'DejaVu Serif']));
    const sans = readFontFaces(new Uint8Array(readFileSync(fonts.files[0])))[0];
    for (const ch of 'Aa¢¥–×÷·→São') expect(sans.hasGlyph(ch.codePointAt(0)!), ch).toBe(true);
    expect(sans.hasGlyph('电'.codePointAt(0)!)).toBe(false);
    expect(sans.measure('MM', 10)).toBeGreaterThan(sans.measure('ii', 10));
  });
});

describe('color-mix for resvg', () => {
  it('mixes two colours in sRGB with premultiplied alpha, as CSS does', () => {
    expect(resolveColorMix('color-mix(in srgb, #ffffff 88%, transparent)')).toBe('rgba(255, 255, 255, 0.88)');
    expect(resolveColorMix('color-mix(in srgb, #b35900 70%, #13202e)')).toBe(
      `rgba(${Math.round(0xb3 * 0.7 + 0x13 * 0.3)}, ${Math.round(0x59 * 0.7 + 0x20 * 0.3)}, ${Math.round(0x2e * 0.3)}, 1)`,
    );
    expect(resolveColorMix('1px solid color-mix(in srgb, #000 50%, #fff)')).toBe('1px solid rgba(128, 128, 128, 1)');
  });
  it('leaves what it cannot read alone', () => {
    expect(resolveColorMix('color-mix(in oklch, red, blue)')).toBe('color-mix(in oklch, red, blue)');
  });
});
