// Astro configuration. The site is fully static; BASE_PATH lets it be deployed under a sub-path
// (e.g. BASE_PATH=/tokens-abroad/ npm run build). TA_OUT_DIR / TA_CACHE_DIR let several builds
// run side by side without clobbering each other (used by helpers and bench scripts).
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { remarkFigures } from './src/lib/remarkFigures.ts';
import { figures } from './src/lib/figureRegistry.ts';
import { nearStep } from './src/integrations/near-step.ts';
import staticFigures from './src/integrations/static-figures.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import siteZip from './src/integrations/site-zip.ts';
import precompress from './src/integrations/precompress.ts';
import { embedStatic } from './src/integrations/embed-static.ts';
import { LANGS } from './src/lib/locales.ts';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://tokens-abroad.example',
  base,
  trailingSlash: 'always',
  outDir: process.env.TA_OUT_DIR || './dist',
  cacheDir: process.env.TA_CACHE_DIR || './node_modules/.astro',
  // staticFigures: after the build, every step's figure in every language as /figures/<step-id>.svg and .png, and
  // /pt/figures/, /zh/figures/ (src/static-figures/).
  // serviceWorker, after the figures: sw.js precaches the site for offline use (src/integrations/service-worker.ts).
  // siteZip: the whole site, sw.js included, as tokens-abroad-site.zip for classrooms without a network.
  // precompress, last, so the figures and sw.js are compressed too: every text file gets .br and .gz siblings
  // (served by scripts/serve.mjs).
  integrations: [svelte(), nearStep(), embedStatic(), staticFigures({ langs: [...LANGS] }), serviceWorker(), siteZip(), precompress()],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // {{figure-key}} tokens in Markdown become formatted numbers from src/lib/figureRegistry.ts. Astro 7's
  // Markdown processor is Sätteri, so the plugin goes in its mdastPlugins (remarkPlugins would need
  // the unified pipeline, which is no longer installed).
  markdown: { processor: satteri({ mdastPlugins: [remarkFigures(figures)] }) },
  devToolbar: { enabled: false },
  // Content security policy: Astro hashes every script and style it writes and puts the policy in a <meta> per
  // page. No inline script runs without its hash; style attributes (which Svelte writes for positions and
  // colours) are allowed by style-src-attr alone. frame-ancestors cannot go in a <meta>: it is an HTTP header
  // in public/_headers. worker-src: the offline service worker (never registered from /embed/ pages).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    cacheDir: process.env.TA_CACHE_DIR ? `${process.env.TA_CACHE_DIR}/vite` : undefined,
    // TA_SOURCEMAP=1 writes source maps, to see which modules end up in which chunk when working on the JS budget.
    build: {
      sourcemap: process.env.TA_SOURCEMAP === '1',
      rollupOptions: {
        output: {
          // d3-time and d3-time-format (pulled in by d3-scale's time scales, which only charts use) go in a chunk
          // of their own; otherwise the bundler folds them into the chunk the map shares with the charts, and
          // the first figure a reader sees would pay for them (measured by npm run bench).
          manualChunks(id) {
            if (/node_modules\/d3-time(-format)?\//.test(id)) return 'd3-time';
            // d3-array is needed by the map (through d3-geo) and by the charts; on its own it stays out of d3-time.
            if (/node_modules\/d3-array\//.test(id)) return 'd3-array';
          },
        },
      },
    },
  },
});
