// The embeds' downloads and oEmbed files: the CSV serialiser, the rows of every figure against src/data, the
// snippets, and, when the site is built (npm test builds first), the files in dist/embed/ themselves.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { columnsOf, flatten, toCsv } from '../../src/lib/embedCsv';
import { datasetsOf, figureRows, sourcesOf } from '../../src/lib/embedData';
import { escapeHtml, framesSnippet, iframeSnippet, oembedFor, pymSnippet } from '../../src/lib/embedSnippets';
import { embedUrls } from '../../src/lib/embedUrls';
import { sourceById } from '../../src/data/sources';
import { hashratePoints } from '../../src/data/hashrate';
import { powerPrices } from '../../src/data/electricity';
import { models } from '../../src/data/models';
import type { FigureId } from '../../src/scenes/types';

const FIGURES: FigureId[] = ['map', 'hashrate', 'token-share', 'price-gap', 'power-price', 'energy', 'latency', 'experts'];

/** A small RFC 4180 reader, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quoted) {
      if (c === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && t[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  test('flatten: dotted keys, joined plain arrays', () => {
    expect(flatten({ a: 1, b: { c: 'x', d: [1, 2] }, e: [{ f: 1 }] })).toEqual({ a: 1, 'b.c': 'x', 'b.d': '1; 2', 'e.0.f': 1 });
  });
  test('quotes, commas, newlines, formulas and non-Latin text survive a round trip', () => {
    const rows = [{ a: 'x, "y"', b: 'line\nbreak', c: '=SUM(A1)', d: -3.5, e: '中文 São Paulo' }];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFa,b,c,d,e\r\n')).toBe(true);
    const back = parseCsv(csv);
    expect(back[0]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(back[1]).toEqual(['x, "y"', 'line\nbreak', "'=SUM(A1)", '-3.5', '中文 São Paulo']);
  });
  test.each(FIGURES)('%s: every record of its datasets is a row, one column per field, every source id known', (f) => {
    const rows = figureRows(f);
    const total = datasetsOf(f).reduce((n, d) => n + d.records.length, 0);
    expect(rows.length).toBe(total);
    expect(rows.length).toBeGreaterThan(0);
    const back = parseCsv(toCsv(rows));
    expect(back[0]).toEqual(columnsOf(rows));
    expect(back.length).toBe(rows.length + 1);
    for (const r of back) expect(r.length).toBe(back[0].length);
    const ids = sourcesOf(rows);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(sourceById.has(id), `source ${id}`).toBe(true);
  });
  test('values are the ones in src/data (hashrate, electricity, model prices)', () => {
    const h = figureRows('hashrate').filter((r) => r.dataset === 'hashrate-share');
    expect(h.map((r) => r['shares.china.pct'])).toEqual(hashratePoints.map((p) => p.shares.china?.pct));
    const p = figureRows('power-price').filter((r) => r.dataset === 'power-price');
    expect(p.map((r) => [r.id, r.value, r.source])).toEqual(powerPrices.map((x) => [x.id, x.value, x.source]));
    const prices = figureRows('price-gap');
    expect(prices.length).toBe(models.reduce((n, m) => n + m.prices.length, 0));
    const m25 = models.find((m) => m.id === 'minimax-m25')!.prices[0];
    expect(prices.find((r) => r.model === 'minimax-m25' && r['tier.id'] === m25.id)).toMatchObject({ 'tier.input': m25.input, 'tier.output': m25.output });
  });
});

describe('snippets and oEmbed', () => {
  const url = 'https://news.example/embed/map/cable-route/?theme=dark';
  const title = 'A "map" <b>&</b>';
  test('snippets carry the URL and an escaped title', () => {
    for (const s of [iframeSnippet({ url, title, height: 640 }), pymSnippet({ url, title }), framesSnippet({ url, title })]) {
      expect(s).toContain(escapeHtml(url));
      expect(s).toContain(escapeHtml(title));
      expect(s).not.toContain('<b>');
    }
    expect(pymSnippet({ url, title })).toMatch(/data-pym-src="[^"]+"/);
    expect(framesSnippet({ url, title })).toMatch(/data-frame-src="[^"]+"[\s\S]*autoInitFrames\(\)/);
    expect(iframeSnippet({ url, title, height: 640 })).toMatch(/<iframe [^>]*title="[^"]+"[^>]*height="640"/);
  });
  test('oembedFor has every field of the spec and an iframe with a title', () => {
    const o = oembedFor({
      url,
      title,
      width: 660,
      height: 640,
      providerName: 'P',
      providerUrl: 'https://p.example/',
      thumbnail: { url: 'https://p.example/t.png', width: 1200, height: 675 },
    });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 660, height: 640, provider_name: 'P', thumbnail_width: 1200, thumbnail_height: 675 });
    expect(o.html).toMatch(/^<iframe src="[^"]+" title="[^"<>]+" width="660" height="640"/);
  });
  test('embedUrls encodes ids, so a hostile id cannot leave its folder', () => {
    const u = embedUrls('https://x.example/sub/', 'map', '../../<x>');
    expect(u.embed).toBe('https://x.example/sub/embed/map/..%2F..%2F%3Cx%3E/');
    expect(embedUrls('https://x.example', 'hashrate', null)).toMatchObject({
      embed: 'https://x.example/embed/hashrate/',
      csv: 'https://x.example/embed/hashrate/data.csv',
      png: '',
    });
  });
});

// ---- the built files ----------------------------------------------------------------------------------------
const dist = process.env.TA_OUT_DIR ?? 'dist';
const embedDir = join(dist, 'embed');
const built = existsSync(join(embedDir, 'map', 'oembed.json'));
if (!built) console.warn(`embed-files: skipping the build-output checks: no ${embedDir}/map/oembed.json (run \`npm run build\` first)`);

describe.runIf(built)('built embed files', () => {
  const vizDirs = built ? readdirSync(embedDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  const figuresIndex = built ? (JSON.parse(readFileSync(join(dist, 'figures', 'index.json'), 'utf8')) as { step: string; figure: string }[]) : [];

  test('one embed folder per figure the story uses, one step folder per story step, each with page and oEmbed', () => {
    const used = [...new Set(figuresIndex.map((e) => e.figure))].sort();
    expect(vizDirs.map((d) => d.name).sort()).toEqual(used);
    for (const e of figuresIndex) {
      expect(existsSync(join(embedDir, e.figure, e.step, 'index.html')), `${e.figure}/${e.step}`).toBe(true);
      expect(existsSync(join(embedDir, e.figure, e.step, 'oembed.json')), `${e.figure}/${e.step} oembed`).toBe(true);
      expect(existsSync(join(dist, 'figures', `${e.step}@2x.png`)), `${e.step}@2x.png`).toBe(true);
    }
  });

  test('every oEmbed file is valid and points at its own page, and every page links to it absolutely', () => {
    for (const e of figuresIndex) {
      const dir = join(embedDir, e.figure, e.step);
      const o = JSON.parse(readFileSync(join(dir, 'oembed.json'), 'utf8')) as Record<string, unknown>;
      for (const k of [
        'version',
        'type',
        'html',
        'width',
        'height',
        'provider_name',
        'provider_url',
        'title',
        'thumbnail_url',
        'thumbnail_width',
        'thumbnail_height',
      ])
        expect(o[k], `${e.step} ${k}`).toBeDefined();
      expect(o.version).toBe('1.0');
      expect(o.type).toBe('rich');
      expect(String(o.html)).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${e.figure}/${e.step}/" title="[^"]+"`));
      expect(String(o.thumbnail_url)).toMatch(new RegExp(`^https?://.+/figures/${e.step}\\.png$`));
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.length).toBeLessThan(150_000);
      expect(head).toMatch(
        new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="https?://[^"]+/embed/${e.figure}/${e.step}/oembed\\.json"`),
      );
      expect(head).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\.png"/);
      expect(head).toContain('<meta name="twitter:card" content="summary_large_image"');
    }
  });

  test('every data.csv is the serialised rows of its figure, and sources.csv lists their sources', () => {
    for (const d of vizDirs) {
      const f = d.name as FigureId;
      const csv = readFileSync(join(embedDir, f, 'data.csv'), 'utf8');
      expect(csv).toBe(toCsv(figureRows(f)));
      const sources = parseCsv(readFileSync(join(embedDir, f, 'sources.csv'), 'utf8'));
      expect(sources[0]).toEqual(['id', 'publisher', 'title', 'date', 'url', 'confidence']);
      expect(sources.slice(1).map((r) => r[0])).toEqual(sourcesOf(figureRows(f)));
    }
  });
});
