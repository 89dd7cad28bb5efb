// The price-gap, power-price and experts figures in the built story, and the claim-and-evidence boxes.
// Each figure renders with and without JavaScript (figure, caption, "Source" line, data table with the
// exact published values, real SVG marks); its controls work from the keyboard alone; at 375 px nothing
// scrolls sideways; under reduced motion nothing moves; axe finds no WCAG 2.2 AA violation.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const FIGS = [
  {
    viz: 'price-gap',
    scene: 'price-gap-scatter',
    nextScene: 'price-gap-claim',
    values: ['$0.15', '$1.20', '$0.30', '$2.40', '$0.60', '$3.00', '$1.00', '$3.20', '$0.28', '$0.42', '$5.00', '$25', '80.2%', '77.8%', '73.1%', '80.8%', 'no published score', '16.7×', '33.3×', '20.8×', 'about 17×'],
    sourceIds: ['minimax-m25-launch', 'kimi-k25-specs', 'glm-5-specs', 'deepseek-v32-specs', 'claude-opus-46-specs'],
    buttons: ['Input tokens', 'Output tokens'],
  },
  {
    viz: 'power-price',
    scene: 'power-price-averages',
    nextScene: 'power-price-western',
    values: ['8.06 ¢/kWh', '0.088 US$/kWh', '8.80¢', '¥0.26', '3.61¢ (converted)', '5.00¢ (converted)', '5.28¢ (converted)', '8.92¢', '8.95¢', '6.60¢', '8.82¢', '7.52¢', '9.92¢', '18.64¢', '23.91¢'],
    sourceIds: ['eia-us-industrial-2023', 'eia-state-prices-2023', 'china-briefing-industrial-power', 'pandaily-ulanqab-tariff', 'cny-usd-conversion'],
    buttons: ['Averages', 'Western tariffs'],
  },
  {
    viz: 'experts',
    scene: 'experts-m25',
    nextScene: 'experts-compare',
    values: ['~229B', '~10B', '671B', '37B', '~1.04T', '32B', '744B', '~40B', '256 (8)', '384 (8 + 1 shared)'],
    sourceIds: ['minimax-m25-launch', 'deepseek-v3-specs', 'kimi-k25-specs', 'glm-5-specs'],
    buttons: ['One token', 'Four models'],
  },
] as const;

async function stepIdFor(page: Page, scene: string): Promise<string> {
  const id = await page.locator(`[data-step][data-scene="${scene}"]`).first().getAttribute('id');
  expect(id, `a story step with scene ${scene}`).toBeTruthy();
  return id!;
}

function figFor(page: Page, viz: string, scene: string): Locator {
  return page.locator(`[data-scrolly]:has([data-step][data-scene="${scene}"]) [data-viz="${viz}"]`);
}

async function open(page: Page, viz: string, scene: string): Promise<Locator> {
  await page.goto('/');
  await page.goto(`/#${await stepIdFor(page, scene)}`);
  const fig = figFor(page, viz, scene);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  return fig;
}

async function expectStaticParts(fig: Locator, f: (typeof FIGS)[number]) {
  await expect(fig.locator('figcaption')).toContainText(/\w{4,}/);
  const source = fig.locator('.chart-source');
  await expect(source).toHaveText(/^Source: /);
  const ids = ((await source.getAttribute('data-sources')) ?? '').split(' ');
  for (const id of f.sourceIds) expect(ids).toContain(id);
  expect(await fig.locator('details table').count()).toBeGreaterThanOrEqual(1);
  const tableText = (await fig.locator('details').textContent()) ?? '';
  for (const v of f.values) expect(tableText, `table shows ${v}`).toContain(v);
  expect(await fig.locator('svg :is(rect, circle, line, path)').count()).toBeGreaterThan(5);
}

for (const f of FIGS) {
  test.describe(`${f.viz} figure`, () => {
    test('renders with JavaScript', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const fig = await open(page, f.viz, f.scene);
      await expect(fig).toHaveAttribute('data-scene', f.scene);
      await expectStaticParts(fig, f);
      for (const b of f.buttons) await expect(fig.getByRole('button', { name: b, exact: true })).toBeEnabled();
      expect(errors).toEqual([]);
    });

    test('renders without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      const fig = figFor(page, f.viz, f.scene);
      await expect(fig).toHaveCount(1);
      await expect(fig).toHaveAttribute('data-scene', f.scene);
      await expectStaticParts(fig, f);
      // Controls that need JavaScript are shown disabled, not as working buttons.
      await expect(fig.getByRole('button', { name: f.buttons[1], exact: true })).toBeDisabled();
      await fig.locator('details summary').first().click();
      await expect(fig.locator('details table').first()).toBeVisible();
      await context.close();
    });

    test('375 px: no sideways scroll in either view', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const fig = await open(page, f.viz, f.scene);
      for (const b of f.buttons) {
        await fig.getByRole('button', { name: b, exact: true }).click();
        await fig.locator('details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        // Nothing inside the figure is wider than the figure (a table may scroll inside its own box).
        const overflow = await fig.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${b}: figure content fits`).toBeLessThanOrEqual(0);
        // The chart never runs under its own source line (a short graphic scrolls instead).
        const overlap = await fig.evaluate((el) => {
          const src = el.querySelector('.chart-source')!.getBoundingClientRect().top;
          return Math.max(...[...el.querySelectorAll('.chart-body svg')].map((s) => s.getBoundingClientRect().bottom)) - src;
        });
        expect(overlap, `${b}: chart clear of the source line`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });

    test('no axe violations (WCAG 2.2 AA) in either view, table open', async ({ page }) => {
      const fig = await open(page, f.viz, f.scene);
      await fig.locator('details summary').first().click();
      for (const b of f.buttons) {
        await fig.getByRole('button', { name: b, exact: true }).click();
        await page.waitForTimeout(500);
        const results = await new AxeBuilder({ page })
          .include(`[data-viz="${f.viz}"]`)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${b}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });
}

test.describe('keyboard alone', () => {
  test('price-gap: switch input/output prices with Tab, Enter and Space', async ({ page }) => {
    const fig = await open(page, 'price-gap', 'price-gap-scatter');
    const input = fig.getByRole('button', { name: 'Input tokens', exact: true });
    const output = fig.getByRole('button', { name: 'Output tokens', exact: true });
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(output).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(output).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.locator('.x-title')).toContainText('output tokens');
    // Opus's output price, $25, is now the label on its point; M2.5 Standard's is $1.20.
    await expect(fig.locator('svg.plot')).toContainText('$25');
    await expect(fig.locator('svg.plot')).toContainText('$1.20');
    await page.keyboard.press('Shift+Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('Space');
    await expect(input).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.locator('svg.plot')).toContainText('$5.00');
    // The data table opens from the keyboard.
    const summary = fig.locator('details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('details table').first()).toBeVisible();
  });

  test('price-gap-claim shows the article’s 17× beside 16.7×, 33.3× and 20.8×', async ({ page }) => {
    const fig = await open(page, 'price-gap', 'price-gap-claim');
    await expect(fig).toHaveAttribute('data-scene', 'price-gap-claim');
    const panel = fig.locator('.ratio-panel');
    await expect(panel).toContainText('about 17×');
    for (const v of ['16.7×', '33.3×', '20.8×']) await expect(panel).toContainText(v);
  });

  test('power-price: the view buttons switch the comparison and the next step takes over', async ({ page }) => {
    const fig = await open(page, 'power-price', 'power-price-averages');
    const avg = fig.getByRole('button', { name: 'Averages', exact: true });
    const west = fig.getByRole('button', { name: 'Western tariffs', exact: true });
    await avg.focus();
    await page.keyboard.press('Tab');
    await expect(west).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'power-price-western');
    await expect(fig.locator('figcaption')).toContainText('holds only here');
    await expect(fig.locator('.ref-claim')).toHaveCount(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(fig).toHaveAttribute('data-scene', 'power-price-averages');
    await expect(fig.locator('.ref-claim')).toHaveCount(0);
  });

  test('experts: "Next token" lights a different set of 8 experts', async ({ page }) => {
    const fig = await open(page, 'experts', 'experts-m25');
    await expect(fig.locator('rect.cell')).toHaveCount(256);
    await expect(fig.locator('rect.cell.on')).toHaveCount(8);
    const lit = () => fig.locator('rect.cell').evaluateAll((cells) => cells.flatMap((c, i) => (c.classList.contains('on') ? [i] : [])).join(','));
    const first = await lit();
    const next = fig.getByRole('button', { name: /next token/i });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('.status')).toContainText('Token 2 of 8');
    await expect(fig.locator('rect.cell.on')).toHaveCount(8);
    expect(await lit()).not.toBe(first);
    await page.keyboard.press('Space');
    await expect(fig.locator('.status')).toContainText('Token 3 of 8');
    // Switch to the comparison with the keyboard.
    const four = fig.getByRole('button', { name: 'Four models', exact: true });
    await four.focus();
    await page.keyboard.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'experts-compare');
    await expect(fig.locator('.cmp-label')).toHaveCount(4);
  });

  test('experts under reduced motion: no Play button, wires drawn without animation', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const fig = await open(page, 'experts', 'experts-m25');
    await expect(fig.getByRole('button', { name: /play/i })).toHaveCount(0);
    await fig.getByRole('button', { name: /next token/i }).click();
    const names = await fig.locator('path.wire').evaluateAll((ws) => ws.map((w) => getComputedStyle(w).animationName));
    expect(names.length).toBe(8);
    expect(new Set(names)).toEqual(new Set(['none']));
    await context.close();
  });

  test('experts with motion: Play steps on its own and Pause stops it', async ({ page }) => {
    const fig = await open(page, 'experts', 'experts-m25');
    const play = fig.getByRole('button', { name: 'Play', exact: true });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('.status')).toContainText('Token 2 of 8', { timeout: 4000 });
    await fig.getByRole('button', { name: 'Pause', exact: true }).press('Enter');
    const at = await fig.locator('.status').textContent();
    await page.waitForTimeout(2000);
    expect(await fig.locator('.status').textContent()).toBe(at);
  });
});

test.describe('claim-and-evidence boxes in the story', () => {
  const CLAIMS = [
    { id: 'electricity-40-cheaper', verdict: 'Partly holds' },
    { id: 'price-17x', verdict: 'Partly holds' },
    { id: 'inference-36x', verdict: 'Unverified' },
    { id: 'swe-bench-80-8', verdict: 'Holds' },
    { id: 'credential-ban-date', verdict: 'Partly holds' },
  ];
  for (const c of CLAIMS) {
    test(`${c.id}: claim, verdict in words, evidence with resolved figures, linked sources (no JS)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      const box = page.locator(`[data-claim="${c.id}"]`).first();
      await expect(box).toHaveCount(1);
      await expect(box).toContainText('The claim');
      await expect(box.locator('.verdict')).toContainText(c.verdict);
      await expect(box).toContainText('What the evidence says');
      expect((await box.textContent()) ?? '').not.toContain('{{');
      const links = box.locator('.sources a');
      expect(await links.count()).toBeGreaterThan(1);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/\/sources\/#[a-z0-9-]+$/);
      await context.close();
    });
  }
});
