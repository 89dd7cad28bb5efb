// The build's precompression step (src/integrations/precompress.ts) on a temporary directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import precompress, { precompressDir, summaryLine, TEXT_EXTENSIONS } from '../../src/integrations/precompress.ts';

let dir: string;
const text: Record<string, Buffer> = {
  'index.html': Buffer.from(`<!doctype html><title>t</title>${'<p>Tokens abroad, électricité, 电力</p>'.repeat(200)}`),
  '404.html': Buffer.from('<!doctype html><title>404</title>'),
  '_astro/app.js': Buffer.from(`export const x = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => i))};`),
  '_astro/chunk.mjs': Buffer.from('export default 1;'),
  '_astro/index.css': Buffer.from('body{margin:0}'.repeat(50)),
  'favicon.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  'data/land-110m.json': Buffer.from(JSON.stringify({ type: 'Topology', arcs: Array(300).fill([1, 2]) })),
  'sitemap.xml': Buffer.from('<?xml version="1.0"?><urlset/>'),
  'robots.txt': Buffer.from('User-agent: *\n'),
  'data/table.csv': Buffer.from('a,b\n1,2\n'),
  'site.webmanifest': Buffer.from('{"name":"Tokens Abroad"}'),
  'empty.txt': Buffer.alloc(0),
  'deep/er/still/page.html': Buffer.from('<p>deep</p>'),
};
const binary: Record<string, Buffer> = {
  'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
  'font.woff2': Buffer.from('wOF2....'),
  _headers: Buffer.from('/*\n  X-Test: 1\n'),
  'no-extension': Buffer.from('plain'),
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ta-precompress-'));
  for (const [name, buf] of Object.entries({ ...text, ...binary })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), buf);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes .br and .gz beside every text file that decompress to the original bytes', async () => {
    const summary = await precompressDir(dir);
    expect(summary.files).toBe(Object.keys(text).length);
    expect(summary.raw).toBe(Object.values(text).reduce((a, b) => a + b.length, 0));
    let br = 0;
    let gz = 0;
    for (const [name, buf] of Object.entries(text)) {
      const b = readFileSync(join(dir, `${name}.br`));
      const g = readFileSync(join(dir, `${name}.gz`));
      expect(brotliDecompressSync(b).equals(buf), `${name}.br`).toBe(true);
      expect(gunzipSync(g).equals(buf), `${name}.gz`).toBe(true);
      br += b.length;
      gz += g.length;
    }
    expect(summary.br).toBe(br);
    expect(summary.gz).toBe(gz);
    // Compression actually happened on the bigger files.
    expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(text['index.html'].length / 10);
    expect(summaryLine(summary)).toMatch(/^13 text files, .* raw -> .* br \(\d+%\), .* gz \(\d+%\) in \d+\.\d s$/);
  });

  it('skips non-text files and the host config file', () => {
    for (const name of Object.keys(binary)) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });

  it('never compresses its own output again and overwrites stale siblings on a rebuild', async () => {
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow:\n');
    const again = await precompressDir(dir, { concurrency: 1 });
    expect(again.files).toBe(Object.keys(text).length);
    expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
    expect(existsSync(join(dir, 'index.html.gz.gz'))).toBe(false);
    expect(brotliDecompressSync(readFileSync(join(dir, 'robots.txt.br'))).toString()).toBe('User-agent: *\nDisallow:\n');
    expect(gunzipSync(readFileSync(join(dir, 'robots.txt.gz'))).toString()).toBe('User-agent: *\nDisallow:\n');
  });

  it('covers the text types the brief lists', () => {
    expect([...TEXT_EXTENSIONS].sort()).toEqual(['.css', '.csv', '.html', '.js', '.json', '.mjs', '.svg', '.txt', '.webmanifest', '.xml']);
  });

  it('is an Astro integration that runs on the directory astro:build:done gives it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'ta-precompress-hook-'));
    try {
      writeFileSync(join(other, 'index.html'), '<p>hi</p>');
      const lines: string[] = [];
      const integration = precompress();
      const hook = integration.hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: { info(s: string): void } }) => Promise<void>;
      await hook({ dir: pathToFileURL(`${other}/`), logger: { info: (s) => lines.push(s) } });
      expect(gunzipSync(readFileSync(join(other, 'index.html.gz'))).toString()).toBe('<p>hi</p>');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^1 text file, /);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
