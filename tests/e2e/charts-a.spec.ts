// The hashrate chart in the built story (token-share moved to charts-b.spec.ts with the other one-stage charts): each renders with and without JavaScript
// (figure, caption, source line, data table with exact values, real SVG marks); its view buttons work
// from the keyboard alone, and the next step change takes the view back; under reduced motion a view
// change lands at once; no sideways scroll at 375 px; no axe violations (WCAG 2.2 AA) in any view.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const CHARTS = [
  {
    viz: 'hashrate',
    scene: 'hashrate-before',
    nextScene: 'hashrate-provinces',
    // Exact published values that must appear in the data table.
    values: ['75.53%', '65.08%', '35.76%', '21.11%', '37.84%', '61.1%', '11–11.23%', '~44%'],
    sourceIds: ['cbeci-sep-2019-apr-2021', 'cbeci-first-release-2020', 'cbeci-jan-2022'],
    views: ['2019', 'Provinces', '2021 ban', 'After'],
    // The 2019 scene draws only what was published by then: the Sep 2019 point of each country (the averages are
    // lines), no faint "future" points.
    minMarks: 3,
  },
] as const;

/** Id of the story step showing a scene (the narrative owns step ids; scene ids are fixed). */
async function stepIdFor(page: Page, scene: string): Promise<string> {
  const id = await page.locator(`[data-step][data-scene="${scene}"]`).first().getAttribute('id');
  expect(id, `a story step with scene ${scene}`).toBeTruthy();
  return id!;
}

/** The chart on the page's one stage ([data-graphic]); `scene` is the scene the test expects the stage to show. */
function chartFor(page: Page, viz: string, _scene?: string): Locator {
  return page.locator(`[data-graphic] [data-viz="${viz}"]`);
}

/** Opens the story at the step showing `scene` and waits until the stage shows it. */
async function openAt(page: Page, scene: string) {
  const step = await stepIdFor(page, scene);
  await page.goto(`/#${step}`);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', scene);
  return step;
}

/**
 * Caption, source, data table and marks. The table is built when its disclosure is opened (the stage carries every
 * chart at once, so closed tables would be most of the page's DOM): with JavaScript it is opened and read; in the
 * server HTML only its disclosure is there. One layout is drawn at a time.
 */
async function expectStaticParts(fig: Locator, c: (typeof CHARTS)[number], live: boolean) {
  await expect(fig.locator('figcaption')).toContainText(/\w{4,}/);
  const source = fig.locator('.chart-source');
  await expect(source).toHaveText(/^Source: /);
  const ids = ((await source.getAttribute('data-sources')) ?? '').split(' ');
  for (const id of c.sourceIds) expect(ids).toContain(id);
  await expect(fig.locator('details summary').first()).toBeAttached();
  if (live) {
    await fig.locator('details summary').first().click();
    await expect(fig.locator('details table').first()).toBeVisible();
    const tableText = (await fig.locator('details').first().textContent()) ?? '';
    for (const v of c.values) expect(tableText, `table shows ${v}`).toContain(v);
    await fig.locator('details summary').first().click();
  } else {
    await expect(fig.locator('details table'), 'tables are built when opened').toHaveCount(0);
  }
  // Real SVG in the page, with marks drawn.
  expect(await fig.locator('svg.chart-svg').count()).toBeGreaterThanOrEqual(1);
  expect(await fig.locator('svg.chart-svg :is(path, rect, circle)').count()).toBeGreaterThanOrEqual(c.minMarks);
}

for (const c of CHARTS) {
  test.describe(`${c.viz} chart`, () => {
    test('renders with JavaScript: figure, caption, source, table, marks', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto('/');
      await openAt(page, c.scene);
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      await expect(fig).toHaveAttribute('data-scene', c.scene);
      await expectStaticParts(fig, c, true);
      await expect(fig.getByRole('button', { name: c.views[0], exact: true })).toBeEnabled();
      expect(errors).toEqual([]);
    });

    test('renders without JavaScript: same figure, caption, source and the data table’s disclosure', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveCount(1);
      await expect(fig).toHaveAttribute('data-scene', c.scene);
      await expectStaticParts(fig, c, false);
      // Buttons that cannot work without JavaScript are not offered as working. (Without JavaScript the stage is
      // hidden and each step shows its static figure, so these are checked in the HTML, not on screen.)
      await expect(fig.locator('.view-switch button', { hasText: new RegExp(`^${c.views[1]}$`) })).toBeDisabled();
      if (c.viz === 'hashrate') await expect(fig.locator('.fixed-view')).toContainText('Fixed view');
      // The data table is a native <details>, which needs no JavaScript to open.
      await expect(fig.locator('details.chart-data summary')).toHaveCount(1);
      await context.close();
    });

    test('the drawing shows shares at the prose’s precision (one decimal); the table keeps the published ones', async ({ page }) => {
      await page.goto('/');
      await openAt(page, c.scene);
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      const drawn: string[] = [];
      for (const name of c.views) {
        await fig.getByRole('button', { name, exact: true }).click();
        await page.waitForTimeout(400);
        drawn.push(...(await fig.locator('svg.chart-svg:visible text').allTextContents()), (await fig.locator('.chart-reading').textContent()) ?? '');
      }
      expect(drawn.join(' ')).toContain('75.5%');
      expect(drawn.filter((t) => /\d[.,]\d\d+\s?%/.test(t))).toEqual([]);
    });

    test('view buttons work with the keyboard alone; the next step takes over again', async ({ page }) => {
      await page.goto('/');
      const next = await stepIdFor(page, c.nextScene);
      await openAt(page, c.scene);
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      const last = fig.getByRole('button', { name: c.views[c.views.length - 1], exact: true });
      // The graphic precedes its steps in the DOM: walk backwards from the step with Shift+Tab.
      const handle = await last.elementHandle();
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Shift+Tab');
        reached = await page.evaluate((el) => document.activeElement === el, handle);
      }
      expect(reached, 'the last view button is reachable with the keyboard').toBe(true);
      await expect(last).toBeFocused();
      // The chart's own reading stays quiet while the story caption speaks, and speaks once the reader picks a view.
      await expect(fig.locator('.chart-reading')).toHaveAttribute('aria-live', 'off');
      await page.keyboard.press('Enter');
      await expect(last).toHaveAttribute('aria-pressed', 'true');
      await expect(fig.locator('.chart-reading')).toHaveAttribute('aria-live', 'polite');
      const lastScene = await fig.getAttribute('data-scene');
      expect(lastScene).not.toBe(c.scene);
      // Back to the first view with Shift+Tab and Space.
      for (let i = 1; i < c.views.length; i++) await page.keyboard.press('Shift+Tab');
      const first = fig.getByRole('button', { name: c.views[0], exact: true });
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
      await expect(fig).toHaveAttribute('data-scene', c.scene);
      await expect(first).toHaveAttribute('aria-pressed', 'true');
      await expect(last).toHaveAttribute('aria-pressed', 'false');
      // The data table opens from the keyboard too.
      const summary = fig.locator('details summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(fig.locator('details table').first()).toBeVisible();
      // Pick a view, then move the story on: the scroll driver's scene wins again.
      await last.focus();
      await page.keyboard.press('Enter');
      await expect(fig).toHaveAttribute('data-scene', lastScene!);
      await page.goto(`/#${next}`);
      await page.locator(`#${next}`).scrollIntoViewIfNeeded();
      const nextFig = chartFor(page, c.viz, c.nextScene);
      await expect(nextFig).toHaveAttribute('data-scene', c.nextScene);
    });

    test('375 px: no sideways scroll in any view; reduced motion: a view change lands at once', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto('/');
      await openAt(page, c.scene);
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      for (const name of c.views) {
        await fig.getByRole('button', { name, exact: true }).click();
        // Read the geometry straight after the click and again later: with reduced motion nothing is in between.
        const shape = () =>
          fig
            .locator('svg.layout-narrow')
            .evaluate((svg) =>
              [...svg.querySelectorAll('rect, circle, line, path')]
                .map((e) => e.getAttribute('width') ?? e.getAttribute('cx') ?? e.getAttribute('x2') ?? e.getAttribute('d'))
                .join('|'),
            );
        const early = await shape();
        await page.waitForTimeout(600);
        expect(await shape(), `${name}: no animation under reduced motion`).toEqual(early);
        await expect(fig.locator('svg.layout-narrow')).toBeVisible();
        await expect(fig.locator('svg.layout-wide')).toBeHidden();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      }
      await context.close();
    });

    test('no axe violations (WCAG 2.2 AA) in any view, with the data table open', async ({ page }) => {
      test.setTimeout(180_000); // axe over a long story page on a small shared machine
      await page.goto('/');
      await openAt(page, c.scene);
      const fig = chartFor(page, c.viz, c.scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      await fig.locator('details summary').click();
      for (const name of c.views) {
        await fig.getByRole('button', { name, exact: true }).click();
        await page.waitForTimeout(500);
        const results = await new AxeBuilder({ page })
          .include(`[data-graphic] [data-viz="${c.viz}"]`)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });
}
