// The opening: the map is on screen from the first view, beside (desktop) or behind (phone) the title; one request
// leaves San Francisco, is answered in China and comes back, and only then do the streams multiply; the times of
// that trip are written on the map, from src/data (the Oregon–Shanghai path, light in fibre, the answer assumption).
// Under reduced motion the same picture stands still: the two arcs with heads that show their direction.
import { expect, test } from '@playwright/test';
import { lightInFibreKmPerS } from '../../src/data/latency';
import { oregonShanghaiKm } from '../../src/lib/pacificPath';

// Light's floor over the Oregon–Shanghai great circle (not a cable system's length with its branches).
const roundTripMs = Math.round(((2 * oregonShanghaiKm()) / lightInFibreKmPerS.value) * 1000);

for (const [w, h] of [
  [1440, 900],
  [375, 812],
]) {
  test(`at ${w}x${h} the first view shows the map, and one request makes the trip before the streams multiply`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    const map = page.locator('[data-viz="map"]');
    // On screen from the first view: the map's box overlaps the viewport's top half, with San Francisco drawn.
    const box = (await map.boundingBox())!;
    expect(box.y).toBeLessThan(h / 2);
    expect(box.height).toBeGreaterThan(h / 3);
    await expect(map.locator('.labels text', { hasText: /San Francisco|SF/ })).toBeVisible();
    const canvas = map.locator('canvas.flows');
    const phases: string[] = [];
    for (let i = 0; i < 60 && !phases.includes('many'); i++) {
      const p = await canvas.getAttribute('data-journey');
      if (p && phases.at(-1) !== p) phases.push(p);
      await page.waitForTimeout(200);
    }
    expect(phases).toEqual(['out', 'answering', 'back', 'many']);
    // The trip's times, from the data.
    await expect(map.locator('.legend')).toContainText(`${roundTripMs} ms`);
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the opening stands still: one arc out and one back, each with heads, and the times written', async ({ page }) => {
    await page.goto('/');
    const map = page.locator('[data-viz="map"]');
    await expect(map.locator('.arc-requests').first()).toBeVisible();
    await expect(map.locator('.head-requests').first()).toBeVisible();
    await expect(map.locator('.head-responses').first()).toBeVisible();
    // Answers are dashed, requests solid: they differ without colour too.
    const dash = (sel: string) =>
      map
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(await dash('.arc-requests')).toBe('none');
    expect(await dash('.arc-responses')).not.toBe('none');
    expect(await map.locator('canvas.flows').getAttribute('data-journey')).toBeNull();
    await expect(map.locator('.legend')).toContainText(`${roundTripMs} ms`);
  });
});
