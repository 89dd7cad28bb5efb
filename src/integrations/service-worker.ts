// Astro integration: after the build (and after the static figures), workbox-build's generateSW writes
// <out>/sw.js, a service worker that precaches the site so the story, /present/, /present/notes/, /teach/ and
// /sources/ work offline after one visit (registered by src/components/offline/registerServiceWorker.ts).
// Each file is listed with a hash of its content: a new build's worker replaces exactly the files that changed
// and removes the old cache, and the page offers a reload once it is ready (skipWaiting off). Left out: the
// /embed/ pages of every language (they live in other sites' frames), the PNG figures (the pages use the SVGs), the site zip and
// the .br/.gz copies. Runs before precompress, so sw.js gets its .br and .gz too. TA_SW=0 skips it.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** Query parameters the pages read: the same page whatever their values, so they must not miss the cache. */
export const IGNORED_PARAMS: readonly RegExp[] = [
  /^utm_/,
  /^fbclid$/,
  /^step$/,
  /^lang$/,
  /^theme$/,
  // pym.js adds these to a child frame's URL
  /^initialWidth$/,
  /^childId$/,
  /^parentTitle$/,
  /^parentUrl$/,
  // the energy calculator's settings (src/lib/energy.ts ENERGY_PARAMS)
  /^w$/,
  /^pue$/,
  /^tps$/,
  /^c$/,
];

export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,json,woff2,webmanifest}'],
    globIgnores: ['embed/**', '*/embed/**', 'sw.js', '**/*.br', '**/*.gz', '**/*.zip', '**/*.map'],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Hashed file names under _astro/ never change content, so they need no revision.
    dontCacheBustURLsMatching: /^_astro\//,
    ignoreURLParametersMatching: [...IGNORED_PARAMS],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'tokens-abroad:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.TA_SW === '0') {
          logger.info('skipped (TA_SW=0)');
          return;
        }
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const w of warnings) logger.warn(w);
        logger.info(`sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
