// Astro integration: after the build (figures and service worker included, before precompression), the whole
// site as one zip, <out>/tokens-abroad-site.zip, for a classroom without a network: unzip it on a laptop and serve
// the folder (README, "For teachers"). fflate, in memory; PNGs are stored as they are (already compressed).
// TA_ZIP=0 skips it.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export const ZIP_NAME = 'tokens-abroad-site.zip';

/** Zips every file under outDir except .br/.gz copies and the zip itself; returns its size in bytes. */
export async function writeSiteZip(outDir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  const files: Zippable = {};
  let count = 0;
  for (const e of entries) {
    if (!e.isFile() || /\.(br|gz|zip)$/.test(e.name)) continue;
    const full = join(e.parentPath, e.name);
    const name = `tokens-abroad/${relative(outDir, full).split(sep).join('/')}`;
    files[name] = [await readFile(full), { level: /\.(png|woff2)$/.test(e.name) ? 0 : 9 }];
    count += 1;
  }
  // A fixed date keeps the zip identical when the files are.
  const zip = zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
  await writeFile(join(outDir, ZIP_NAME), zip);
  return { files: count, bytes: zip.length };
}

export default function siteZip(): AstroIntegration {
  return {
    name: 'tokens-abroad:site-zip',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.TA_ZIP === '0') {
          logger.info('skipped (TA_ZIP=0)');
          return;
        }
        const { files, bytes } = await writeSiteZip(fileURLToPath(dir));
        logger.info(`${ZIP_NAME}: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
