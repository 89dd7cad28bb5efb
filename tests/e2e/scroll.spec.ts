// Scroll driver behaviour as a reader meets it: every step shows its scene, far jumps, #step links,
// reloads and resizes land on the right scene without passing through the ones between.
import { expect, test, type Page } from '@playwright/test';

interface StepInfo {
  id: string;
  scene: string;
}

async function steps(page: Page): Promise<StepInfo[]> {
  return page.$$eval('[data-scrolly] [data-step]', (els) => els.map((el) => ({ id: el.id, scene: (el as HTMLElement).dataset.scene ?? '' })));
}

/** The page's one stage (every step plays on it). */
function graphicOf(page: Page) {
  return page.locator('[data-scrolly] [data-graphic]');
}

async function ready(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-scroll-driver', 'ready');
}

/** Scrolls so the step's top sits just below the top of the viewport, as a reader reading it would. */
async function scrollToStep(page: Page, id: string) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40);
  }, id);
}

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
]) {
  test(`every step shows its own scene when scrolled to (${viewport.width}px)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await ready(page);
    const all = await steps(page);
    expect(all.length).toBeGreaterThanOrEqual(24);
    for (const step of all) {
      await scrollToStep(page, step.id);
      await expect(graphicOf(page), `step ${step.id}`).toHaveAttribute('data-active-scene', step.scene);
      await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
      await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
    }
  });
}

test('a jump from the top straight to the last step lands on the last scene', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const all = await steps(page);
  const last = all.at(-1)!;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', last.scene);
  // And straight back to the first step.
  await page.evaluate(() => window.scrollTo(0, 0));
  await scrollToStep(page, all[0].id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', all[0].scene);
});

test('a far jump lands on the target scene without passing through the scenes between', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const all = await steps(page);
  const target = all[Math.floor(all.length * 0.8)];
  // Record every scene the stage shows from the moment of the jump.
  await page.evaluate(() => {
    const g = document.querySelector('[data-scrolly] [data-graphic]')!;
    (window as unknown as { seen: string[] }).seen = [];
    new MutationObserver(() => (window as unknown as { seen: string[] }).seen.push(g.getAttribute('data-active-scene')!)).observe(g, {
      attributes: true,
      attributeFilter: ['data-active-scene'],
    });
  });
  await scrollToStep(page, target.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  const between = all
    .slice(1, all.indexOf(target) - 1)
    .map((s) => s.scene)
    .filter((s) => s !== target.scene && s !== all[0].scene);
  for (const s of new Set(between)) expect(seen, `passed through ${s}`).not.toContain(s);
});

test('a #step-id link opens on that step and its scene', async ({ page }) => {
  await page.goto('/');
  const all = await steps(page);
  const target = all[Math.floor(all.length / 2)];
  await page.goto(`/#${target.id}`);
  await ready(page);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
  await expect(page.locator(`#${target.id}`)).toBeInViewport();
  // Following an in-page link to another step after load works too.
  const other = all[Math.floor(all.length / 4)];
  await page.evaluate((id) => (location.hash = id), other.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', other.scene);
});

test('a reload in the middle of the story comes back on the same scene', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const all = await steps(page);
  const target = all[Math.floor((all.length * 2) / 3)];
  await scrollToStep(page, target.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
  await page.reload();
  await ready(page);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
});

test('a resize keeps the scene of the step being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  const all = await steps(page);
  const target = all[Math.floor(all.length / 3)];
  await scrollToStep(page, target.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
  await page.setViewportSize({ width: 375, height: 812 });
  await scrollToStep(page, target.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
  await page.setViewportSize({ width: 1024, height: 700 });
  await scrollToStep(page, target.id);
  await expect(graphicOf(page)).toHaveAttribute('data-active-scene', target.scene);
});

test('the live description follows the active step', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const all = await steps(page);
  const target = all[5];
  await scrollToStep(page, target.id);
  const alt = await page.locator(`#${target.id}`).getAttribute('data-alt');
  await expect(page.locator('[data-graphic] [data-scene-desc]')).toHaveText(alt!);
  // One live region speaks for the stage, so a deep link or a reload announces one description (the
  // figures on the stage that are not shown are hidden from assistive technology).
  const speaking = await page.evaluate(
    () =>
      [...document.querySelectorAll('[aria-live="polite"], [aria-live="assertive"], [role="status"]')].filter((el) => {
        const cs = getComputedStyle(el);
        return cs.visibility === 'visible' && cs.display !== 'none' && (el.textContent ?? '').trim() !== '';
      }).length,
  );
  expect(speaking).toBe(1);
});
