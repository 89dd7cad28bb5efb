// The palette (src/styles/global.css) keeps its promises in both themes: every mark token is 3:1 against what
// it is drawn on, every text token 4.5:1, and the colours drawn side by side stay apart for readers with
// protanopia or deuteranopia (simulated, src/lib/colours.ts). light-dark() is resolved by the same cascade the
// static figures use (src/lib/staticFigureStyle.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { STATIC_FIGURE_ENVIRONMENT, resolveValue } from '../../src/lib/staticFigureStyle';
import { contrast, deltaE, parseHex, simulate } from '../../src/lib/colours';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const custom = new Map<string, string>();
postcss.parse(css).walkRules(':root', (rule) => rule.walkDecls(/^--/, (d) => void custom.set(d.prop, d.value)));

const THEMES = ['light', 'dark'] as const;
function token(name: string, theme: (typeof THEMES)[number]) {
  const v = resolveValue(`var(${name})`, custom, { ...STATIC_FIGURE_ENVIRONMENT, colorScheme: theme });
  if (!v) throw new Error(`${name} is not defined`);
  return parseHex(v);
}

// What each kind of token is drawn on.
const PAGE = ['--paper', '--surface', '--surface-soft'];
const MAP = ['--sea', '--land'];
/** Text (and text-bearing marks: labels in a series' colour, verdict tags). */
const TEXT = ['--ink', '--ink-soft', '--ink-faint', '--accent', '--cn', '--us', '--good', '--warn', '--bad', '--neutral', '--derived', '--focus'];
/** Marks in charts and legends. */
const CHART_MARKS = ['--request', '--response', '--power', '--coin', '--message', '--compute', '--cn', '--us', '--other', '--cable'];
/** Marks on the map (flows, dots, lines), over the sea and over land. */
const MAP_MARKS = ['--request', '--response', '--power', '--coin', '--message', '--compute', '--cable', '--ink'];
/** Colours that appear together and must be told apart without red-green vision. */
const PAIRS: [string, string, string][] = [
  ['--request', '--response', 'requests and answers on the map'],
  ['--request', '--power', 'requests and power flows (climax)'],
  ['--response', '--power', 'answers and power flows (climax)'],
  ['--compute', '--power', 'the GPU-hour split: chip vs electricity'],
  ['--compute', '--request', 'data-centre hubs and requests'],
  ['--coin', '--power', 'mining provinces and power plants'],
  ['--cn', '--us', 'China and the US in charts'],
  ['--cn', '--other', 'China and the other series'],
  ['--message', '--cable', 'the telegraph message on its cable'],
  ['--message', '--request', 'the latency race: telegraph and request lanes'],
];
const MIN_DELTA_E = 20;

describe('colour tokens', () => {
  for (const theme of THEMES) {
    describe(theme, () => {
      it('text tokens are at least 4.5:1 on the page, the cards and the quiet fills', () => {
        const low = TEXT.flatMap((t) => PAGE.map((b) => ({ t, b, r: contrast(token(t, theme), token(b, theme)) }))).filter((x) => x.r < 4.5);
        expect(low).toEqual([]);
      });
      it('chart marks are at least 3:1 on the page and the chart surface', () => {
        const low = CHART_MARKS.flatMap((t) => ['--paper', '--surface'].map((b) => ({ t, b, r: contrast(token(t, theme), token(b, theme)) }))).filter(
          (x) => x.r < 3,
        );
        expect(low).toEqual([]);
      });
      it('map marks are at least 3:1 over the sea and over land', () => {
        const low = MAP_MARKS.flatMap((t) => MAP.map((b) => ({ t, b, r: contrast(token(t, theme), token(b, theme)) }))).filter((x) => x.r < 3);
        expect(low).toEqual([]);
      });
      it('colours drawn together stay apart, also for protanopes and deuteranopes', () => {
        const close = PAIRS.flatMap(([a, b, why]) =>
          (['normal', 'protanopia', 'deuteranopia'] as const).map((k) => {
            const [x, y] = [token(a, theme), token(b, theme)];
            const d = k === 'normal' ? deltaE(x, y) : deltaE(simulate(x, k), simulate(y, k));
            return { a, b, why, k, d: Math.round(d) };
          }),
        ).filter((x) => x.d < MIN_DELTA_E);
        expect(close).toEqual([]);
      });
    });
  }
  it('every meaning has its own hue: no two meaning tokens share a value', () => {
    for (const theme of THEMES) {
      const values = CHART_MARKS.map((t) => token(t, theme).join(','));
      expect(new Set(values).size).toBe(values.length);
    }
  });
});

describe('colour arithmetic', () => {
  it('computes WCAG contrast', () => {
    expect(contrast(parseHex('#000'), parseHex('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
  });
  it('simulates dichromacy: red and green collapse for a deuteranope, blue and orange do not', () => {
    const [red, green] = [parseHex('#d62728'), parseHex('#2ca02c')];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 3);
    expect(deltaE(simulate(parseHex('#0072b2'), 'deuteranopia'), simulate(parseHex('#e69f00'), 'deuteranopia'))).toBeGreaterThan(50);
  });
});
