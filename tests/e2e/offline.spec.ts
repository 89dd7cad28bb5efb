// Offline: after one visit online (the service worker active), the story, the presenter, the notes, the kit and
// the sources load and work with the network off, reload included, also with the URL parameters the pages read.
// A framed page registers no worker and logs no error. A new build's worker waits, a notice offers to reload, and the
// reload brings the new worker in with one precache. The update test changes dist/sw.js for a moment (as a
// rebuild would) and puts it back.
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir, watchPage } from './helpers';

// Service workers are blocked in the other specs (playwright.config.ts); here they are the subject.
test.use({ serviceWorkers: 'allow' });

async function installed(page: Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

const checks: Record<string, (page: Page) => Promise<void>> = {
  '/': async (page) => {
    await expect(page.locator('[data-scrolly] [data-step]').first()).toBeVisible();
    // The map's land data comes from the cache too.
    await expect(page.locator('[data-viz="map"]').first()).toHaveAttribute('data-land', 'ready', { timeout: 20_000 });
  },
  '/present/': async (page) => {
    await expect(page.locator('html')).toHaveAttribute('data-present-ready', 'true');
    const before = await page.locator('html').getAttribute('data-current-step');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).not.toHaveAttribute('data-current-step', before!);
  },
  '/present/notes/': async (page) => {
    await expect(page.locator('html')).toHaveAttribute('data-notes-ready', 'true');
    await expect(page.locator('[data-next-step]:visible img')).toHaveJSProperty('complete', true);
  },
  '/teach/': async (page) => {
    expect(await page.locator('[data-question-step]').count()).toBeGreaterThan(20);
    const img = page.locator('[data-question-step] img').first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  },
  '/sources/': async (page) => {
    await expect(page.locator('h1')).toBeVisible();
  },
};

test('after one visit online, every page loads, reloads and works with the network off', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await installed(page);
  await context.setOffline(true);
  const watch = watchPage(page);
  for (const [path, check] of Object.entries(checks)) {
    await page.goto(path);
    await check(page);
    await page.reload();
    await check(page);
  }
  // The parameters the pages read are ignored by the cache.
  for (const path of ['/?step=tokens-full', '/?w=700&pue=1.1&tps=6000&c=8#tokens-energy-per-token', '/present/?theme=dark#cable-route']) {
    const res = await page.goto(path);
    expect(res?.ok(), path).toBe(true);
  }
  expect(watch.errors).toEqual([]);
  // Requests cut short by the next navigation are not failures; everything else came from the cache.
  expect(watch.failed.filter((f) => !f.startsWith('net::ERR_ABORTED'))).toEqual([]);
  expect(watch.foreign(new URL(baseURL!).origin)).toEqual([]);
  // Really offline: something that was never cached fails.
  expect(
    await page.evaluate(() =>
      fetch('/no-such-file.txt').then(
        () => 'fetched',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
});

test('a page in a frame registers no service worker and logs no error', async ({ page, baseURL }) => {
  // The top page is a stand-in host page on the same origin that registers nothing itself, so the framed page could
  // register a worker if it tried. (A frame sandboxed without allow-same-origin cannot run the site's module scripts
  // at all; the guards against throwing APIs are unit-tested in tests/unit/offline.test.ts.)
  const host = `${baseURL}/frame-host`;
  await page.route(host, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>host</title><iframe title="framed" src="${baseURL}/present/notes/"></iframe>` }),
  );
  const watch = watchPage(page);
  await page.goto(host);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect(frame.locator('html')).toHaveAttribute('data-notes-ready', 'true');
  const inner = page.frames().find((f) => f.url().includes('/present/notes/'))!;
  expect(await inner.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext), 'the frame could register a worker').toBe(true);
  await page.waitForTimeout(1000);
  expect(await inner.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(page.context().serviceWorkers()).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('a new build: its worker waits, a notice offers to reload, and the reload brings it in', async ({ page }) => {
  test.setTimeout(90_000);
  const sw = join(outDir(), 'sw.js');
  const original = readFileSync(sw);
  const siblings = ['.br', '.gz'].map((ext) => [`${sw}${ext}`, existsSync(`${sw}${ext}`) ? readFileSync(`${sw}${ext}`) : null] as const);
  await installed(page);
  await page.goto('/teach/');
  await expect(page.locator('[data-sw-notice]')).toBeHidden();
  const first = await page.evaluate(() => caches.keys());
  try {
    // A changed sw.js is what a new build serves.
    for (const [file] of siblings) rmSync(file, { force: true });
    writeFileSync(sw, `${original.toString('utf8')}\n// next build ${Date.now()}\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(page.locator('[data-sw-notice]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-sw-notice]')).toContainText('new version');
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await Promise.all([page.waitForEvent('load'), page.locator('[data-sw-reload]').click()]);
    await expect(page.locator('[data-sw-notice]')).toBeHidden();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.active && !r.waiting))).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(before);
    // One precache, the new worker's (old entries removed by the same cache's cleanup).
    expect(await page.evaluate(() => caches.keys())).toEqual(first);
  } finally {
    writeFileSync(sw, original);
    for (const [file, bytes] of siblings) if (bytes) writeFileSync(file, bytes);
  }
});
