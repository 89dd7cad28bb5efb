// Motion as a reader meets it: flows move, the Pause button stops them, and under reduced motion nothing moves.
import { expect, test, type Page } from '@playwright/test';

const BUSIEST = 'pacific-full';

async function openBusiest(page: Page) {
  await page.goto(`/#${await stepIdFor(page, BUSIEST)}`);
  await expect(page.locator('html')).toHaveAttribute('data-scroll-driver', 'ready');
  const graphic = page.locator(`[data-graphic][data-active-scene="${BUSIEST}"]`);
  await expect(graphic).toBeVisible();
  return graphic;
}

async function stepIdFor(page: Page, scene: string): Promise<string> {
  await page.goto('/');
  const id = await page.locator(`[data-step][data-scene="${scene}"]`).first().getAttribute('id');
  expect(id, `a step showing ${scene}`).toBeTruthy();
  return id!;
}

/** Two snapshots of the graphic's canvas, some time apart: equal means nothing moved. */
async function canvasFrames(page: Page, waitMs = 600): Promise<[string, string]> {
  const grab = () =>
    page.evaluate((scene) => {
      const c = document.querySelector<HTMLCanvasElement>(`[data-graphic][data-active-scene="${scene}"] canvas`);
      return c ? c.toDataURL() : '';
    }, BUSIEST);
  const a = await grab();
  await page.waitForTimeout(waitMs);
  return [a, await grab()];
}

test('flows move on the busiest scene, and the Pause button stops and restarts them', async ({ page }) => {
  const graphic = await openBusiest(page);
  await expect(graphic.locator('canvas')).toHaveAttribute('aria-hidden', 'true');
  await page.waitForTimeout(1500); // let the camera settle and particles spread
  const [a, b] = await canvasFrames(page);
  expect(a.length).toBeGreaterThan(1000);
  expect(a, 'particles should move').not.toEqual(b);

  // A toggle button: pressed = motion paused.
  const pause = graphic.getByRole('button', { name: /pause/i });
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.waitForTimeout(100);
  const [c, d] = await canvasFrames(page);
  expect(c, 'nothing moves while paused').toEqual(d);

  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  const [e, f] = await canvasFrames(page);
  expect(e, 'moves again after Play').not.toEqual(f);
});

test('under reduced motion nothing moves and flows are drawn as static arcs', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const graphic = await openBusiest(page);
  await page.waitForTimeout(500);
  const [a, b] = await canvasFrames(page, 800);
  expect(a, 'no frame changes under reduced motion').toEqual(b);
  // The flows still carry information: static arcs in the SVG.
  await expect(graphic.locator('svg path.arc').first()).toBeAttached();
  // And there is no Pause button to hunt for, since nothing moves.
  await expect(graphic.getByRole('button', { name: /pause/i })).toHaveCount(0);
  await context.close();
});

test('the animation loop stops when the map is off stage and when the tab is hidden', async ({ page }) => {
  // Count animation-frame callbacks, and let the test pretend the tab is hidden.
  await page.addInitScript(() => {
    const w = window as unknown as { rafCalls: number; fakeHidden: boolean };
    w.rafCalls = 0;
    w.fakeHidden = false;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => (w.rafCalls++, cb(t)));
    Object.defineProperty(document, 'hidden', { get: () => w.fakeHidden });
    Object.defineProperty(document, 'visibilityState', { get: () => (w.fakeHidden ? 'hidden' : 'visible') });
  });
  await openBusiest(page);
  await page.waitForTimeout(1500);
  const calls = () => page.evaluate(() => (window as unknown as { rafCalls: number }).rafCalls);
  const framesIn = async (ms: number) => {
    const a = await calls();
    await page.waitForTimeout(ms);
    return (await calls()) - a;
  };
  // Running means frames keep coming (tens a second; a loaded CI machine may manage far fewer than 60);
  // stopped means at most a stray frame or two. The gap between the two is what is tested.
  const RUNNING = 8;
  const STOPPED = 2;
  expect(await framesIn(1500), 'the loop runs while the map is on screen').toBeGreaterThan(RUNNING);

  // Hide the tab.
  await page.evaluate(() => {
    (window as unknown as { fakeHidden: boolean }).fakeHidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
  expect(await framesIn(1500), 'no frames while the tab is hidden').toBeLessThanOrEqual(STOPPED);
  await page.evaluate(() => {
    (window as unknown as { fakeHidden: boolean }).fakeHidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await framesIn(1500), 'runs again when the tab is back').toBeGreaterThan(RUNNING);

  // A chart step: the chart has the stage and the map behind it is hidden, so nothing may be drawn for it.
  await page.evaluate(() => {
    const chartStep = [...document.querySelectorAll<HTMLElement>('[data-step]')].find((s) => s.dataset.figure !== 'map')!;
    chartStep.scrollIntoView({ block: 'start' });
  });
  await expect(page.locator('[data-graphic]')).not.toHaveAttribute('data-active-figure', 'map');
  await page.waitForTimeout(1200);
  expect(await framesIn(1500), 'no frames while the map is off stage').toBeLessThanOrEqual(STOPPED);
});
