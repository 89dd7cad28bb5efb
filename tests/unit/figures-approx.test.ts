// Approximate figures must read as approximate. A figure is approximate when its data module flags it
// (approx: true beside the value and its source) or when the fact sheet calls it an estimate; the registry
// must carry that flag through, and the formatter must then print "about" (or "~") in every language.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { figures } from '../../src/lib/figureRegistry';
import { formatFigure, resolveFigures, type FigureDef } from '../../src/lib/figures';
import { contextFacts, cable1858, cable1866, type HistoryFact } from '../../src/data/history';
import { h100, type SourcedRange, type SourcedValue } from '../../src/data/energy';
import { ARTICLE_PRICE_CLAIMS } from '../../src/data/models';
import { ARTICLE_POWER_CLAIM, CNY_PER_USD, powerPrices } from '../../src/data/electricity';
import { hashratePoints } from '../../src/data/hashrate';
import { reportedWeek } from '../../src/data/openrouter';

const FILES = import.meta.glob<string>('../../content/en/**/*.md', { query: '?raw', import: 'default', eager: true });
const MARK = /^(about |~|≈)/;
const registry: Record<string, FigureDef> = figures;

/** Numbers a figure shows (a range gives two). */
const valuesOf = (f: FigureDef) => (typeof f.value === 'number' ? [f.value] : [...f.value]);

interface Flagged {
  where: string;
  values: number[];
  source: string;
}

/** Every value a data module flags as approximate, with the source it names. */
const flagged: Flagged[] = [
  ...Object.entries({ ...contextFacts, ...cable1858, ...cable1866 } as Record<string, HistoryFact>).flatMap(([k, f]) =>
    f.approx ? [{ where: k, values: typeof f.value === 'number' ? [f.value] : [...f.value], source: f.source }] : [],
  ),
  ...Object.entries(h100 as Record<string, SourcedValue | SourcedRange>).flatMap(([k, f]) =>
    'low' in f && f.approx ? [{ where: `h100.${k}`, values: [f.low, f.high], source: f.source }] : [],
  ),
  ...Object.entries(ARTICLE_PRICE_CLAIMS).flatMap(([k, f]) => (f.approx ? [{ where: k, values: [f.ratio], source: f.source }] : [])),
  ...(ARTICLE_POWER_CLAIM.approx ? [{ where: 'ARTICLE_POWER_CLAIM', values: [ARTICLE_POWER_CLAIM.fractionBelow], source: ARTICLE_POWER_CLAIM.source }] : []),
  { where: 'CNY_PER_USD', values: [CNY_PER_USD.value], source: CNY_PER_USD.source },
  ...powerPrices.filter((p) => p.approx).map((p) => ({ where: p.id, values: [p.value], source: p.source })),
  ...hashratePoints.flatMap((p) =>
    Object.entries(p.shares).flatMap(([c, s]) => (s?.approx ? [{ where: `${p.id}.${c}`, values: [s.pct], source: s.source }] : [])),
  ),
  ...(reportedWeek.top10Tokens.approx ? [{ where: 'top10Tokens', values: [reportedWeek.top10Tokens.tokens], source: reportedWeek.top10Tokens.source }] : []),
];

/** The registry stores some values in another unit than the data module (a percent as a fraction, MW as GW, B as units). */
const SCALES = [1, 0.01, 100, 0.001, 1000, 1e9];
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
function shows(fig: FigureDef, f: Flagged): boolean {
  const v = valuesOf(fig);
  return SCALES.some((k) => f.values.length === v.length && f.values.every((x, i) => same(x * k, v[i])));
}

/** Figures the fact sheet or the issue calls estimates, whatever their data module says. */
const ESTIMATES = [
  'article-inference-ratio', // the article says "about 36 times"
  'article-price-ratio', // "about 17 times"
  'article-electricity-discount', // "about 40% cheaper"
  'western-tariff-discount', // tariffs from different years at one rough exchange rate
  'western-tariff-usc',
  'western-tariff-vs-texas',
  'h100-price', // an analyst's estimate
  'wet-season-hydro-price', // one secondary source: "as little as about ¥0.08"
  'cny-per-usd',
  'calc-default-usd-per-m',
  'oregon-shanghai-km', // a great circle on a spherical Earth, rounded
  'oregon-shanghai-light-ms',
  'gpu-hour-electricity-share', // rests on an assumed working life and an estimated price
  'hashrate-china-may-2021', // "about 44%"
];

describe('approximate figures', () => {
  it('the data modules flag something, so the check below has work to do', () => {
    expect(flagged.length).toBeGreaterThan(10);
  });
  it('keep the flag of their data module in the registry', () => {
    const lost: string[] = [];
    for (const f of flagged)
      for (const [key, fig] of Object.entries(registry))
        if (fig.sources.length === 1 && fig.sources[0] === f.source && shows(fig, f) && !fig.approx) lost.push(`${key} (from ${f.where})`);
    expect(lost).toEqual([]);
  });
  it('include every figure the fact sheet calls an estimate', () => {
    for (const key of ESTIMATES) {
      expect(registry[key], key).toBeDefined();
      expect(registry[key].approx, `${key} is flagged approximate`).toBeTruthy();
    }
  });
  it('render with "about" or "~" in every language the formatter knows', () => {
    for (const [key, fig] of Object.entries(registry)) {
      if (!fig.approx) continue;
      expect(formatFigure(fig, 'en'), key).toMatch(MARK);
      expect(formatFigure(fig, 'pt'), key).toMatch(/^(cerca de |~)/);
      expect(formatFigure(fig, 'zh'), key).toMatch(/^(约|~)/);
    }
  });
  it('read as approximate in the story text exactly once ("about", never "about about")', () => {
    for (const [path, src] of Object.entries(FILES)) {
      const { frontmatter, content } = parseFrontmatter(src);
      for (const text of [content, ...['alt', 'notes', 'question', 'claim'].map((k) => frontmatter[k]).filter((t) => typeof t === 'string')]) {
        const shown = resolveFigures(String(text), figures, 'en', path);
        expect(shown, path).not.toMatch(/\b(about|approximately|roughly|some|around)\s+(about |~)/i);
        expect(shown, path).not.toMatch(/~\s*about|≈\s*(about|~)/);
      }
    }
  });
  it('the assumed throughput of the calculator is labelled as an assumption', () => {
    expect(registry['calc-default-tps'].sources).toContain('calc-throughput-assumption');
    expect(registry['calc-default-tps'].label).toMatch(/assumption/);
  });
});
