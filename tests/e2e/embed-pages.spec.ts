// Embed pages as a reader of a newsroom's article gets them: every figure x a sample of its steps (picked from
// the built steps) x every theme shows the step's scene with its caption and links, with no errors, no request
// to another origin, no CSP violation, no service worker and zero axe violations; /embed/<viz>/?step= follows
// the URL driver; the flags work (plain, static, theme); hostile query strings change nothing and throw nothing;
// and at 330-1200 px the figure fits without sideways scrolling.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir, watchPage } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const index = JSON.parse(readFileSync(join(outDir(), 'figures', 'index.json'), 'utf8')) as { step: string; scene: string; figure: string; alt: string }[];
const figures = [...new Set(index.map((e) => e.figure))];
/** Per figure: its first and last step (one when it has one). */
const sample = figures.flatMap((f) => {
  const own = index.filter((e) => e.figure === f);
  return [...new Set([own[0], own.at(-1)!])];
});

/** Records CSP violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function ready(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.embedReady === 'true');
  // The figure hydrates when visible; give it a moment (the map loads its land file).
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
}

for (const e of sample) {
  for (const theme of ['auto', 'light', 'dark'] as const) {
    test(`/embed/${e.figure}/${e.step}/?theme=${theme}: the step's scene, caption and links; no errors, no foreign requests, no CSP violations, axe clean`, async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page);
      const csp = await watchCsp(page);
      await page.goto(`/embed/${e.figure}/${e.step}/?theme=${theme}`);
      await ready(page);
      const g = page.locator('[data-graphic]');
      await expect(g).toHaveAttribute('data-active-scene', e.scene);
      await expect(g).toHaveAttribute('data-active-step', e.step);
      await expect(g.locator('[data-viz]').first()).toHaveAttribute('data-scene', e.scene);
      expect(await g.locator('[data-viz]').count(), 'one [data-viz] figure').toBe(1);
      await expect(page.locator('[data-embed-desc]')).toHaveText(e.alt);
      await expect(page.locator('[data-embed-link="png"]')).toHaveAttribute('href', `/figures/${e.step}.png`);
      await expect(page.locator('[data-embed-link="csv"]')).toHaveAttribute('href', `/embed/${e.figure}/data.csv`);
      const back = page.locator('[data-embed-link="story"]');
      await expect(back).toHaveAttribute('href', `/#${e.step}`);
      await expect(back).toHaveAttribute('target', '_blank');
      await expect(back).toHaveAttribute('rel', /noopener/);
      if (theme !== 'auto') expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      else expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => navigator.serviceWorker?.getRegistrations().then((r) => r.length) ?? 0), 'no service worker').toBe(0);
      expect(watch.errors).toEqual([]);
      expect(watch.failed).toEqual([]);
      expect(watch.foreign(new URL(baseURL!).origin)).toEqual([]);
      expect(await csp()).toEqual([]);
    });
  }
}

for (const f of figures) {
  test(`/embed/${f}/?step= picks each of the figure's steps (URL driver) and updates caption and links`, async ({ page }) => {
    const own = index.filter((e) => e.figure === f);
    const watch = watchPage(page);
    for (const e of [own.at(-1)!, own[0]]) {
      await page.goto(`/embed/${f}/?step=${e.step}`);
      await ready(page);
      await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', e.scene);
      await expect(page.locator('[data-graphic] [data-viz]').first()).toHaveAttribute('data-scene', e.scene);
      await expect(page.locator('[data-embed-desc]')).toHaveText(e.alt);
      await expect(page.locator('[data-embed-link="story"]')).toHaveAttribute('href', `/#${e.step}`);
    }
    // A step of another figure is not this figure's: the default stays.
    const other = index.find((x) => x.figure !== f)!;
    await page.goto(`/embed/${f}/?step=${other.step}`);
    await ready(page);
    await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', own[0].step);
    expect(watch.errors).toEqual([]);
  });
}

// The fuzz set the calculator passes (tests/e2e/charts-*.spec.ts), plus the embed's own parameters.
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%E0%A4%A',
  '%00',
  '__proto__',
  'constructor',
  'x'.repeat(3000),
  '1e309',
  '-1',
  '../../etc/passwd',
  '%F0%9F%98%80',
];

test('hostile query strings on embed pages fall back to the defaults, never reach the DOM as markup, throw nothing', async ({ page }) => {
  const e = index.find((x) => x.figure === 'map')!;
  const first = index.find((x) => x.figure === e.figure)!;
  const watch = watchPage(page);
  await page.addInitScript(() => {
    (window as unknown as { alerted: boolean }).alerted = false;
    window.alert = () => ((window as unknown as { alerted: boolean }).alerted = true);
  });
  // Inline scripts the build wrote (Astro's island runtime, hashed by the CSP): any more would be injected.
  await page.goto(`/embed/${e.figure}/`);
  const inline = await page.locator('script:not([src]):not([type="application/json"])').count();
  for (const v of HOSTILE) {
    for (const key of ['step', 'theme', 'childId', 'plain', 'static', 'lang']) {
      const q = `${key}=${v.startsWith('%') ? v : encodeURIComponent(v)}`;
      await page.goto(`/embed/${e.figure}/?${q}#${encodeURIComponent(v)}`);
      await page.waitForFunction(() => document.documentElement.dataset.embedReady === 'true');
      const state = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? null,
        plain: 'embedPlain' in document.documentElement.dataset,
        static: 'embedStatic' in document.documentElement.dataset,
        step: document.querySelector<HTMLElement>('[data-graphic]')!.dataset.activeStep,
        injected: document.querySelectorAll('img[src="x"], script:not([src]):not([type="application/json"])').length,
        alerted: (window as unknown as { alerted: boolean }).alerted,
      }));
      expect(state, `${q}`).toEqual({ theme: null, plain: false, static: false, step: first.step, injected: inline, alerted: false });
    }
  }
  expect(watch.errors).toEqual([]);
});

test('plain=1 shows the figure only; static=1 shows the static image with its alt text and no live figure', async ({ page }) => {
  const e = sample.find((x) => x.figure !== 'map')!;
  await page.goto(`/embed/${e.figure}/${e.step}/?plain=1`);
  await ready(page);
  await expect(page.locator('[data-graphic] [data-viz]')).toBeVisible();
  await expect(page.locator('.embed-footer')).toBeHidden();
  await expect(page.locator('[data-embed-title]')).toBeHidden();

  await page.goto(`/embed/${e.figure}/${e.step}/?static=1`);
  await ready(page);
  const img = page.locator('[data-graphic] img.embed-static');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('alt', e.alt);
  await expect(img).toHaveAttribute('src', `/figures/${e.step}.svg`);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(page.locator('[data-graphic] [data-viz]')).toBeHidden();
  // The live figure never hydrates (its island is never visible).
  expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);
});

for (const width of [330, 510, 660, 930, 1200]) {
  test(`at ${width} px every figure's embed fits without sideways scrolling and keeps its text readable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const f of figures) {
      const e = index.find((x) => x.figure === f)!;
      await page.goto(`/embed/${f}/${e.step}/`);
      await ready(page);
      const m = await page.evaluate(() => {
        const doc = document.documentElement;
        let smallest = 99;
        for (const el of document.querySelectorAll<HTMLElement>('.embed-footer p, .embed-title'))
          smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
        return { sw: doc.scrollWidth, cw: doc.clientWidth, smallest, h: doc.getBoundingClientRect().height };
      });
      expect(m.sw, `${f}: no sideways scroll`).toBeLessThanOrEqual(m.cw);
      expect(m.smallest, `${f}: caption text at least 12 px`).toBeGreaterThanOrEqual(12);
      test.info().annotations.push({ type: 'height', description: `${f} at ${width}px: ${Math.round(m.h)}px` });
      if (f === 'map') {
        // The map keeps its Pause control and, once live, its flows canvas.
        await expect(page.locator('[data-graphic] [data-pause]')).toBeVisible();
      }
    }
  });
}

test('the story with every island hydrated, the gallery and the builder: zero CSP violations', async ({ page }) => {
  const csp = await watchCsp(page);
  const watch = watchPage(page);
  await page.goto('/');
  const steps = await page.locator('[data-step]').count();
  for (let i = 0; i < steps; i++) {
    await page.evaluate((k) => document.querySelectorAll('[data-step]')[k].scrollIntoView({ block: 'start', behavior: 'instant' }), i);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  expect(await page.locator('astro-island[ssr]').count(), 'every island hydrated').toBe(0);
  expect(await csp()).toEqual([]);
  await page.goto('/embed/');
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  expect(await csp()).toEqual([]);
  expect(watch.errors).toEqual([]);
});
