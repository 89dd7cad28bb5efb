// Static figures (/figures/<step>.svg and .png, src/static-figures/). Two parts:
// 1. the renderer itself, called directly for a few steps (one of each kind) into a temporary folder, so
//    these checks run from a clean clone without a build;
// 2. the build output (TA_OUT_DIR or dist/): every step of content/en/story has its SVG and PNG and is in
//    figures/index.json. npm test builds before it runs the unit tests; run alone, this part is skipped with
//    a message when there is no build.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { renderStaticFigures, readSteps, type StaticFigureResult } from '../../src/static-figures/render';
import { fontsFor } from '../../src/static-figures/fonts';
import { querySelectorAll } from '../../src/lib/staticFigureStyle';
import { cropFor } from '../../src/static-figures/compose';
import { figures } from '../../src/lib/figureRegistry';
import { resolveFigures } from '../../src/lib/figures';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { steps, chapters } = readSteps(root, 'en');
const faces = fontsFor('en').faces;

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const xml = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false, processEntities: true, htmlEntities: false });

/** Every <text>'s characters, and the <title>, of an SVG file (parsed as XML, so entities are decoded). */
function svgTexts(svg: string): { title: string; texts: string[] } {
  type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
  const texts: string[] = [];
  let title = '';
  const collect = (nodes: Node[]): string =>
    nodes
      .map((n) =>
        typeof n['#text'] === 'string' || typeof n['#text'] === 'number'
          ? String(n['#text'])
          : collect(
              Object.entries(n)
                .filter(([k]) => k !== ':@')
                .flatMap(([, v]) => v as Node[]),
            ),
      )
      .join('');
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      for (const [k, v] of Object.entries(n)) {
        if (k === ':@' || k === '#text') continue;
        if (k === 'text') texts.push(collect(v as Node[]));
        else if (k === 'title' && !title) title = collect(v as Node[]);
        else walk(v as Node[]);
      }
    }
  };
  walk(xml.parse(svg) as Node[]);
  return { title, texts };
}

const missingGlyphs = (texts: string[]) => [...new Set(texts.join(''))].filter((ch) => /\S/.test(ch) && !faces.some((f) => f.hasGlyph(ch.codePointAt(0)!)));

/** The checks every figure passes, built or rendered directly. */
function checkFigure(svgFile: string, pngFile: string, alt: string) {
  expect(statSync(svgFile).size).toBeGreaterThan(500);
  expect(statSync(pngFile).size).toBeGreaterThan(5000);
  expect(pngSize(pngFile)).toEqual({ width: 1200, height: 675 });
  const svg = readFileSync(svgFile, 'utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="675" viewBox="0 0 1200 675" role="img"/);
  // Nothing resvg cannot read: custom properties, computed lengths, newer colour functions.
  expect(svg).not.toMatch(/var\(--|calc\(|color-mix\(|oklch\(|oklab\(|light-dark\(|\brem\b/);
  const { title, texts } = svgTexts(svg);
  expect(title).toBe(alt);
  expect(texts.some((t) => t.includes('Tokens Abroad'))).toBe(true);
  expect(texts.some((t) => /^Source: /.test(t))).toBe(true);
  expect(missingGlyphs(texts)).toEqual([]);
  return { svg, texts };
}

describe('static figures: the renderer', () => {
  // One map step with a legend and notes, the 1858 cable, a chart with an SVG legend, a bar chart, and a
  // chart laid out in HTML (label paragraphs above bar SVGs).
  const only = ['tokens-full', 'cable-route', 'coins-hashrate-peak', 'tokens-crossover', 'tokens-power-price-western'];
  let out = '';
  let results: StaticFigureResult[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ta-figures-'));
    results = await renderStaticFigures({ root, outDir: out, base: '/sub/', langs: ['en'], only });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('renders the steps asked for, with URLs under the base path', () => {
    expect(results[0].entries.map((e) => e.step).sort()).toEqual([...only].sort());
    for (const e of results[0].entries) {
      expect(e.svg).toBe(`/sub/figures/${e.step}.svg`);
      expect(e.png).toBe(`/sub/figures/${e.step}.png`);
    }
  });

  it('writes a well-formed 1200x675 SVG and PNG for each, with the alt text as title and no missing glyph', () => {
    for (const e of results[0].entries) checkFigure(e.svgFile, e.pngFile, e.alt);
  });

  it('draws the map with its land, and titles it with the chapter', () => {
    const e = results[0].entries.find((x) => x.step === 'tokens-full')!;
    const { svg, texts } = checkFigure(e.svgFile, e.pngFile, e.alt);
    expect(svg).toMatch(/<svg class="map-svg"/);
    expect(svg).toMatch(/<path class="land" d="M/);
    expect(texts.join(' ')).toContain(chapters.get('tokens')!.title);
    // Styles are written onto the elements, resolved to colours resvg can read.
    expect(svg).toMatch(/class="sphere"[^>]*style="fill:#[0-9a-f]{3,6}/);
  });

  it('shows the 1858 cable drawn in, finished (the last keyframe; resvg has no pathLength)', () => {
    const e = results[0].entries.find((x) => x.step === 'cable-route')!;
    const svg = readFileSync(e.svgFile, 'utf8');
    expect(svg).not.toMatch(/pathLength/);
    expect(svg).toMatch(/class="cable cable-1858 draw-in"[^>]*style="[^"]*stroke-dasharray:none;stroke-dashoffset:0/);
  });

  it('keeps a chart title and its legend as text', () => {
    const e = results[0].entries.find((x) => x.step === 'coins-hashrate-peak')!;
    const { texts } = checkFigure(e.svgFile, e.pngFile, e.alt);
    expect(texts).toContain('China');
    expect(
      texts.some((t) => t.includes('Kazakhstan')),
      'the legend names the other countries',
    ).toBe(true);
    expect(texts.some((t) => /hashrate/i.test(t))).toBe(true);
  });

  it('draws the power-price bars from the chart’s own SVG, labels as text beside its bars', () => {
    const e = results[0].entries.find((x) => x.step === 'tokens-power-price-western')!;
    expect(e.kind).toBe('drawing');
    const { texts } = checkFigure(e.svgFile, e.pngFile, e.alt);
    expect(texts.join(' ')).toMatch(/Ulanqab/);
    expect(texts.join(' ')).toMatch(/national industrial averages/i);
  });

  it("uses the components' own drawings for the map and the SVG charts", () => {
    const kinds = Object.fromEntries(results[0].entries.map((e) => [e.step, e.kind]));
    expect(kinds).toMatchObject({ 'tokens-full': 'drawing', 'cable-route': 'drawing', 'coins-hashrate-peak': 'drawing', 'tokens-crossover': 'drawing' });
  });
});

describe('static figures: map crop', () => {
  it('fills the area at the frame scale and keeps the content inside', () => {
    const bounds = { x0: 0, y0: 0, x1: 640, y1: 720 };
    const c = cropFor({ x0: 100, y0: 500, x1: 300, y1: 650 }, bounds, 720 / 675);
    expect(c.x1 - c.x0).toBeCloseTo(640);
    expect(c.y0).toBeLessThanOrEqual(500);
    expect(c.y1).toBeGreaterThanOrEqual(650);
    expect(c.y1).toBeLessThanOrEqual(720);
  });
});

const outDir = resolve(root, process.env.TA_OUT_DIR ?? 'dist');
const figuresDir = join(outDir, 'figures');
const built = existsSync(join(figuresDir, 'index.json'));
if (!built) console.warn(`static-figures: skipping the build-output checks: no ${figuresDir}/index.json (run \`npm run build\` first)`);

describe.skipIf(!built)('static figures: the build output', () => {
  const index = built ? (JSON.parse(readFileSync(join(figuresDir, 'index.json'), 'utf8')) as Record<string, string>[]) : [];

  it('has an SVG and a PNG for every step, listed in index.json in reading order', () => {
    expect(steps.length).toBeGreaterThan(0);
    expect(index.map((e) => e.step)).toEqual(steps.map((s) => s.id));
    for (const s of steps) {
      const e = index.find((x) => x.step === s.id)!;
      // Alt text may cite figures ({{key}}); the index carries it resolved, as the story page shows it.
      expect(e).toMatchObject({ step: s.id, scene: s.scene, alt: resolveFigures(s.alt, figures, 'en') });
      expect(e.svg).toMatch(new RegExp(`/figures/${s.id}\\.svg$`));
      expect(e.png).toMatch(new RegExp(`/figures/${s.id}\\.png$`));
      checkFigure(join(figuresDir, `${s.id}.svg`), join(figuresDir, `${s.id}.png`), resolveFigures(s.alt, figures, 'en'));
    }
  });

  it("shows each chart's title as on the page", () => {
    // The page's server render shows the first scene of each section: its chart title must be in that figure.
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const doc = parseDocument(html) as unknown as Document;
    let checked = 0;
    for (const chart of querySelectorAll(doc, '[data-viz][data-scene]')) {
      if (chart.attribs['data-viz'] === 'map') continue;
      // The shown title (a caption may also hold invisible sizers: the other views' titles, reserving their room).
      const shown = querySelectorAll(chart, 'figcaption .chart-title')[0];
      const title = shown ? textOf(shown).replace(/\s+/g, ' ').trim() : '';
      expect(title, `chart ${chart.attribs['data-viz']} has a title on the page`).not.toBe('');
      for (const s of steps.filter((x) => x.scene === chart.attribs['data-scene'])) {
        const { texts } = svgTexts(readFileSync(join(figuresDir, `${s.id}.svg`), 'utf8'));
        expect(texts.join(' '), `${s.id} shows "${title}"`).toContain(title);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});

function textOf(node: Element | Document): string {
  return node.children.map((c) => (c.type === 'text' ? c.data : c.type === 'tag' ? textOf(c) : '')).join('');
}
