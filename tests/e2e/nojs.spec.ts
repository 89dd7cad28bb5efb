// Without JavaScript the site must still tell the whole story: every step's text is there and readable,
// every scrolly section shows its figure as real SVG (the map as real paths), and every [data-viz] chart
// has SVG or a data table. Runs over every page of the built site (see helpers.ts).
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

      const sections = page.locator('[data-scrolly]');
      const sectionCount = await sections.count();
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

      // Every scrolly section's sticky graphic shows real markup: a map section an <svg> with real coastlines,
      // a chart section its [data-viz] root (whose SVG-or-table content is checked below).
      for (let i = 0; i < sectionCount; i++) {
        const info = await sections.nth(i).evaluate((sec) => {
          const g = sec.querySelector('[data-graphic]');
          const svgs = g ? [...g.querySelectorAll('svg')] : [];
          let pathChars = 0;
          let shapes = 0;
          let biggest = 0;
          for (const svg of svgs) {
            const r = svg.getBoundingClientRect();
            biggest = Math.max(biggest, r.width * r.height);
            for (const el of svg.querySelectorAll('path, rect, circle, line, polyline, polygon, ellipse')) {
              if (el.closest('defs, clipPath, mask, symbol')) continue;
              shapes++;
              if (el.tagName.toLowerCase() === 'path') pathChars += (el.getAttribute('d') ?? '').length;
            }
          }
          const viz = g?.querySelector<HTMLElement>('[data-viz]');
          const vr = viz?.getBoundingClientRect();
          return {
            id: (sec as HTMLElement).dataset.sectionId,
            figure: (sec as HTMLElement).dataset.figure,
            graphic: !!g,
            svgs: svgs.length,
            shapes,
            pathChars,
            biggest,
            viz: viz?.dataset.viz ?? null,
            vizArea: vr ? vr.width * vr.height : 0,
          };
        });
        const name = `section ${info.id} (${info.figure})`;
        expect.soft(info.graphic, `${name} has a [data-graphic]`).toBe(true);
        if (info.figure === 'map') {
          expect.soft(info.svgs, `${name} contains an <svg>`).toBeGreaterThan(0);
          expect.soft(info.biggest, `${name}: the <svg> has a size on screen`).toBeGreaterThan(100 * 100);
          expect.soft(info.shapes, `${name}: the <svg> draws shapes`).toBeGreaterThan(0);
          // world-atlas 110m land projected to a path is tens of KB of path data; a placeholder is not.
          expect.soft(info.pathChars, `${name}: the map has real paths (total path data, chars)`).toBeGreaterThan(5000);
        } else {
          expect.soft(info.viz, `${name}: its graphic renders the chart's [data-viz] root (is the chart mounted in Figure.astro?)`).toBe(info.figure);
          expect.soft(info.vizArea, `${name}: the chart has a size on screen`).toBeGreaterThan(100 * 100);
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
