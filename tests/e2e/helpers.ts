// Shared helpers for the e2e specs. Small on purpose; each helper documents what it guarantees.
//
//   import { sitePages, scrollThrough, watchPage, settle } from './helpers';
//
//   for (const p of sitePages()) test(`${p.path} …`, async ({ page }) => {
//     const watch = watchPage(page);           // start BEFORE goto: records errors and every request
//     await page.goto(p.path);
//     await scrollThrough(page);               // top to bottom in steps, so client:visible islands hydrate
//     expect(watch.errors).toEqual([]);
//   });
//
// Pages are discovered from the build output (TA_OUT_DIR or dist/): every **/*.html is a page (x/index.html
// as /x/, 404.html as /404.html), so a new route is covered by every spec that loops over sitePages().
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';

export interface SitePage {
  /** URL path: "/", "/sources/", or "/404.html" for a file that is not an index.html. */
  path: string;
  /** Absolute path of the built HTML file. */
  file: string;
  /** "embed" for /embed/** and /<lang>/embed/** (meant for iframes: no site chrome), otherwise "page". */
  kind: 'embed' | 'page';
}

/** The folder the site was built into (the same one playwright.config.ts serves). */
export function outDir(): string {
  return process.env.TA_OUT_DIR ?? 'dist';
}

/** Every page of the built site, sorted by path. Throws when the build is missing so specs cannot pass vacuously. */
export function sitePages(): SitePage[] {
  const root = outDir();
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No built site at ${root}/index.html: run "astro build" first (TA_OUT_DIR=${root}).`);
  }
  const found: SitePage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        // x/index.html is the page /x/; any other HTML file (404.html) is requested by its own name.
        const rel = relative(root, dir).split(sep).filter(Boolean).join('/');
        const folder = rel ? `/${rel}/` : '/';
        const path = name === 'index.html' ? folder : `${folder}${name}`;
        found.push({ path, file: full, kind: /^(\/[a-z]{2})?\/embed\//.test(path) ? 'embed' : 'page' });
      }
    }
  };
  walk(root);
  return sampleEmbedSteps(found.sort((a, b) => a.path.localeCompare(b.path)));
}

/**
 * Keeps every page except the per-step embed pages (/embed/<viz>/<step>/), of which it keeps the first of each figure:
 * they are one template filled per step, and embed-pages.spec.ts already checks each figure's first and last step in
 * every theme for errors, foreign requests, CSP and axe. Walking all of them here would add some 250 tests and ten
 * minutes to `npm test` without finding anything those do not. In the other languages (/pt/, /zh/), which are the
 * same templates with other words, it keeps the map's embed page and no per-step one (locales.spec.ts walks their
 * text).
 */
function sampleEmbedSteps(pages: SitePage[]): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    if (/^\/[a-z]{2}\/embed\/[^/]+\/./.test(p.path)) return false;
    if (/^\/[a-z]{2}\/embed\/(?!map\/)[^/]+\/$/.test(p.path)) return false;
    const m = /^\/embed\/([^/]+)\/[^/]+\/$/.exec(p.path);
    if (!m) return true;
    if (seen.has(m[1])) return false;
    seen.add(m[1]);
    return true;
  });
}

/** Waits until the scroll position has stopped changing (smooth scrolling, focus scrolling) and two frames have painted. */
export async function settle(page: Page, ms = 80): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((done) => {
        let last = -1;
        let stableSince = performance.now();
        const started = performance.now();
        const tick = () => {
          const y = window.scrollY;
          if (y !== last) {
            last = y;
            stableSince = performance.now();
          }
          if (performance.now() - stableSince >= quiet || performance.now() - started > 3000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/**
 * Scrolls from the top to the bottom in steps of `fraction` of the viewport height, pausing `pauseMs` at each
 * step (islands hydrate on client:visible), and finally waits for the network to go quiet (bounded).
 * `onStep` runs at every position, e.g. to check layout while scrolling.
 */
export async function scrollThrough(page: Page, opts: { fraction?: number; pauseMs?: number; onStep?: (y: number) => Promise<void> } = {}): Promise<void> {
  const { fraction = 0.8, pauseMs = 120, onStep } = opts;
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 500; i++) {
    const { y, max, step } = await page.evaluate((f) => {
      const el = document.scrollingElement ?? document.documentElement;
      return { y: window.scrollY, max: el.scrollHeight - window.innerHeight, step: Math.max(1, Math.round(window.innerHeight * f)) };
    }, fraction);
    await page.waitForTimeout(pauseMs);
    if (onStep) await onStep(y);
    if (y >= max - 1) break;
    await page.evaluate((to) => window.scrollTo(0, to), Math.min(y + step, max));
  }
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
}

export interface PageWatch {
  /** Console messages of type "error" and uncaught page errors, in order. */
  errors: string[];
  /** Console warnings (reported, not failed on). */
  warnings: string[];
  /** Every request URL the page made (including data:/blob: ones). */
  requests: string[];
  /** Requests that got an HTTP status >= 400, or failed outright, as "STATUS url". */
  failed: string[];
  /** Requests to any origin other than `origin`, ignoring data:, blob: and about: URLs. */
  foreign(origin: string): string[];
}

/** Starts recording errors and requests on a page. Call before page.goto. */
export function watchPage(page: Page): PageWatch {
  const w: PageWatch = {
    errors: [],
    warnings: [],
    requests: [],
    failed: [],
    foreign(origin: string) {
      return [...new Set(this.requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== origin))];
    },
  };
  page.on('console', (m) => {
    const where = m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber})` : '';
    if (m.type() === 'error') w.errors.push(`console.error: ${m.text()}${where}`);
    else if (m.type() === 'warning') w.warnings.push(`console.warn: ${m.text()}${where}`);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A navigation aborted by the test itself is not a broken resource.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED' || r.resourceType() !== 'document') {
      w.failed.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`);
    }
  });
  return w;
}

/** Scrolls a step (by index among [data-step], negative counts from the end) to the trigger area and waits for the graphic to follow. */
export async function scrollToStep(page: Page, index: number): Promise<string | null> {
  const id = await page.evaluate((i) => {
    const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    const step = steps.at(i);
    if (!step) return null;
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - window.innerHeight * 0.3));
    return step.id;
  }, index);
  if (id) {
    // The graphic's data-active-scene follows the step when the scroll driver runs (not without JS).
    await page
      .waitForFunction(
        (stepId) => {
          const step = document.getElementById(stepId);
          const g = step?.closest('[data-scrolly]')?.querySelector<HTMLElement>('[data-graphic]');
          return !g || g.dataset.activeScene === step?.dataset.scene;
        },
        id,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    await settle(page);
    await page.waitForTimeout(400);
  }
  return id;
}
