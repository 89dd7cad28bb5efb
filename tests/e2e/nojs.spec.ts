// Without JavaScript the site must still tell the whole story: every step's text is there and readable,
// every step shows its own static figure (the stage needs a script), and every [data-viz] chart has SVG or a
// data table in the HTML. Runs over every page of the built site (see helpers.ts).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { sitePages } from './helpers';

test.use({ javaScriptEnabled: false });

/** Step ids of one language's story, read from the content tree (content/<lang>/story/**\/*.md frontmatter). */
function contentStepIds(lang: string): string[] {
  const root = join('content', lang, 'story');
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) {
        const m = /^---\n[\s\S]*?^id:\s*['"]?([a-z0-9-]+)['"]?\s*$/m.exec(readFileSync(full, 'utf8'));
        if (m) ids.push(m[1]);
      }
    }
  };
  walk(root);
  return ids;
}

for (const p of sitePages()) {
  test.describe(`no JavaScript ${p.path}`, () => {
    test('every step is present, readable, and every figure is real SVG or a table', async ({ page }) => {
      await page.goto(p.path, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.scrollDriver), 'JavaScript really is off').toBeUndefined();

      // A story page ("/" or "/<lang>/" with content/<lang>/story) tells its language's whole story: the same step ids.
      const lang = p.path === '/' ? 'en' : /^\/([a-z]{2,3})\/$/.exec(p.path)?.[1];
      const expected = lang ? contentStepIds(lang) : [];
      if (expected.length > 0) {
        const shown = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
        expect.soft([...shown].sort(), `steps on the page = steps in content/${lang}/story`).toEqual([...expected].sort());
      }

      // Every step: text present, visible, and not faded out waiting for a script to activate it.
      const steps = await page.$$eval('[data-step]', (els) =>
        els.map((el) => {
          let opacity = 1;
          for (let n: Element | null = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return {
            id: el.id,
            text: (el as HTMLElement).innerText.trim(),
            opacity,
            shown: r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none',
          };
        }),
      );
      for (const s of steps) {
        expect.soft(s.text.length, `step #${s.id} has its text`).toBeGreaterThan(10);
        expect.soft(s.shown, `step #${s.id} is displayed`).toBe(true);
        expect.soft(s.opacity, `step #${s.id} is not faded out (opacity ${s.opacity.toFixed(2)})`).toBeGreaterThan(0.6);
      }

      // The stage cannot follow the steps without a script, so each step shows its own static figure instead.
      if (expected.length > 0) {
        await expect(page.locator('[data-graphic]')).toBeHidden();
        const figures = await page.$$eval('[data-step]', (els) =>
          els.map((el) => {
            const img = el.querySelector<HTMLImageElement>('img.step-figure');
            return {
              id: el.id,
              alt: (el as HTMLElement).dataset.alt ?? '',
              src: img?.getAttribute('src') ?? '',
              imgAlt: img?.alt ?? '',
              shown: !!img && img.getBoundingClientRect().width > 100,
            };
          }),
        );
        for (const f of figures) {
          expect.soft(f.src, `step #${f.id} shows its own figure`).toMatch(new RegExp(`figures/${f.id}\\.svg$`));
          expect.soft(f.imgAlt, `step #${f.id}: the figure's alt text is the step's`).toBe(f.alt);
          expect.soft(f.shown, `step #${f.id}: the figure is displayed`).toBe(true);
        }
        // Each image exists and is an SVG (the images are lazy, so ask for them directly).
        for (const f of figures) {
          const res = await page.request.get(new URL(f.src, page.url()).href);
          expect.soft(res.status(), `${f.src}`).toBe(200);
          expect.soft(res.headers()['content-type'] ?? '', `${f.src}`).toContain('image/svg+xml');
        }
      }

      // Every chart root: real SVG with shapes, or a data table with cells.
      const vizzes = await page.$$eval('[data-viz]', (els) =>
        els.map((el) => ({
          viz: (el as HTMLElement).dataset.viz,
          svgShapes: [...el.querySelectorAll('svg')].reduce((n, s) => n + s.querySelectorAll('path, rect, circle, line, polyline, polygon').length, 0),
          tableCells: el.querySelectorAll('table td, table th[scope="row"]').length,
        })),
      );
      for (const v of vizzes) {
        expect.soft(v.svgShapes + v.tableCells, `[data-viz="${v.viz}"] has SVG shapes or a data table`).toBeGreaterThan(0);
      }
    });
  });
}
