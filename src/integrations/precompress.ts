// Precompression at build time: after `astro build`, every text file in the output directory gets a brotli
// (quality 11) and a gzip (level 9) sibling, `<file>.br` and `<file>.gz`, so a static host (and scripts/serve.mjs)
// can send them as they are instead of compressing on every request. Works on whatever directory Astro built into
// (TA_OUT_DIR, BASE_PATH builds). node:zlib only; async, a few files at a time.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Extensions of the files that are compressed (everything else, e.g. images and fonts, is left alone). */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt', '.csv', '.webmanifest']);

export interface PrecompressSummary {
  files: number;
  raw: number;
  br: number;
  gz: number;
  ms: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `dir` (recursively), overwriting older siblings.
 * Existing .br/.gz files are never compressed again. Returns the totals.
 */
export async function precompressDir(dir: string, { concurrency = 4 }: { concurrency?: number } = {}): Promise<PrecompressSummary> {
  const t0 = performance.now();
  const files = (await listFiles(dir)).filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase())).sort();
  const total: PrecompressSummary = { files: 0, raw: 0, br: 0, gz: 0, ms: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const raw = await readFile(file);
      const [br, gz] = await Promise.all([
        brotliAsync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzipAsync(raw, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      total.files += 1;
      total.raw += raw.length;
      total.br += br.length;
      total.gz += gz.length;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  total.ms = performance.now() - t0;
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function summaryLine(s: PrecompressSummary): string {
  const pct = (n: number) => (s.raw ? `${((100 * n) / s.raw).toFixed(0)}%` : '–');
  return `${s.files} text file${s.files === 1 ? '' : 's'}, ${kb(s.raw)} raw -> ${kb(s.br)} br (${pct(s.br)}), ${kb(s.gz)} gz (${pct(s.gz)}) in ${(s.ms / 1000).toFixed(1)} s`;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'tokens-abroad:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(summaryLine(await precompressDir(fileURLToPath(dir))));
      },
    },
  };
}
