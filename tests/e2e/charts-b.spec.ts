// The token-share, price-gap, power-price and experts charts on the story's one stage, and the claim-and-evidence
// boxes. Each chart is one instance for the page, a layer of the stage ([data-graphic]), whose data-active-step and
// data-active-scene the story writes. Each renders its whole figure in the server HTML (caption, "Source" line, data
// table with the exact published values, real SVG marks); its controls are focusable before hydration and inert
// until then, and if its script never arrives it says it shows a fixed view; the view buttons work from the
// keyboard alone and the next step takes over again; its box keeps one size for every view and through hydration
// (no layout shift); at 375 px nothing scrolls sideways; under reduced motion nothing moves; pressed buttons and
// legend swatches survive forced colours; axe finds no WCAG 2.2 AA violation, light or dark.
import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { measureChartText } from './chartText';

const FIGS = [
  {
    viz: 'token-share',
    chunk: 'TokenShare',
    scene: 'token-share-week',
    nextScene: 'token-share-crossover',
    values: ['~8.7 T', '61%', '2.45 T, +197% w/w', '4.12 T', '2.94 T', '5.16 T', '2.70 T', 'not published individually'],
    sourceIds: ['openrouter-week-feb-2026-reported', 'openrouter-feb-2026-crossover-weeks'],
    buttons: ['Top-10 week', 'February weeks'],
  },
  {
    viz: 'price-gap',
    chunk: 'PriceGap',
    scene: 'price-gap-scatter',
    nextScene: 'price-gap-claim',
    values: [
      '$0.15',
      '$1.20',
      '$0.30',
      '$2.40',
      '$0.60',
      '$3.00',
      '$1.00',
      '$3.20',
      '$0.28',
      '$0.42',
      '$5.00',
      '$25',
      '80.2%',
      '77.8%',
      '73.1%',
      '80.8%',
      'no published score',
      '16.7×',
      '33.3×',
      '20.8×',
      'about 17×',
    ],
    sourceIds: ['minimax-m25-launch', 'kimi-k25-specs', 'glm-5-specs', 'deepseek-v32-specs', 'claude-opus-46-specs'],
    buttons: ['Input tokens', 'Output tokens'],
  },
  {
    viz: 'power-price',
    chunk: 'PowerPrice',
    scene: 'power-price-averages',
    nextScene: 'power-price-western',
    values: [
      '8.06 ¢/kWh',
      '0.088 US$/kWh',
      '8.80¢',
      '¥0.26',
      '3.61¢ (converted)',
      '5.00¢ (converted)',
      '5.28¢ (converted)',
      '8.92¢',
      '8.95¢',
      '6.60¢',
      '8.82¢',
      '7.52¢',
      '9.92¢',
      '18.64¢',
      '23.91¢',
    ],
    sourceIds: ['eia-us-industrial-2023', 'eia-state-prices-2023', 'china-briefing-industrial-power', 'pandaily-ulanqab-tariff', 'cny-usd-conversion'],
    buttons: ['Averages', 'Western tariffs'],
  },
  {
    viz: 'experts',
    chunk: 'Experts',
    scene: 'experts-m25',
    nextScene: 'experts-compare',
    values: ['~229B', '~10B', '671B', '37B', '~1.04T', '32B', '744B', '~40B', '256 (8)', '384 (8 + 1 shared)'],
    sourceIds: ['minimax-m25-launch', 'deepseek-v3-specs', 'kimi-k25-specs', 'glm-5-specs'],
    buttons: ['One token', 'Four models'],
  },
] as const;

/** Id of the story step showing a scene (the narrative owns step ids; scene ids are fixed). */
async function stepIdFor(page: Page, scene: string): Promise<string> {
  const id = await page.locator(`[data-step][data-scene="${scene}"]`).first().getAttribute('id');
  expect(id, `a story step with scene ${scene}`).toBeTruthy();
  return id!;
}

/** The chart: one instance for the page, a layer of the stage. */
function figFor(page: Page, viz: string): Locator {
  return page.locator(`[data-graphic] [data-viz="${viz}"]`);
}

/** Opens the story at the step showing `scene` and waits until its chart is on stage and hydrated. */
async function open(page: Page, viz: string, scene: string): Promise<Locator> {
  await page.goto('/');
  const step = await stepIdFor(page, scene);
  await page.goto(`/#${step}`);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', step);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', scene);
  const fig = figFor(page, viz);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  await expect(fig).toHaveAttribute('data-scene', scene);
  return fig;
}

/** Scrolls a step to where a reader reads it (as the scroll driver sees it) and waits for the stage to follow. */
async function goToStep(page: Page, step: string, scene: string) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  }, step);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', scene);
}

/**
 * Caption, source, data table and the drawing. The table is built when its disclosure is opened (the stage carries
 * every chart at once): with JavaScript it is opened and read; in the server HTML only its disclosure is there.
 * One layout is drawn at a time: the wide one in the server HTML (the static figures read it).
 */
async function expectStaticParts(fig: Locator, f: (typeof FIGS)[number], live: boolean) {
  expect((await fig.locator('figcaption').textContent()) ?? '').toMatch(/\w{4,}/);
  const source = fig.locator('.chart-source');
  expect(((await source.textContent()) ?? '').trim()).toMatch(/^Source: /);
  const ids = ((await source.getAttribute('data-sources')) ?? '').split(' ');
  for (const id of f.sourceIds) expect(ids).toContain(id);
  await expect(fig.locator('details summary').first()).toBeAttached();
  if (live) {
    await fig
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(fig.locator('details table').first()).toBeAttached();
    const tableText = (await fig.locator('details').first().textContent()) ?? '';
    for (const v of f.values) expect(tableText, `table shows ${v}`).toContain(v);
    await fig
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = false));
  } else {
    await expect(fig.locator('details table'), 'tables are built when opened').toHaveCount(0);
  }
  // The static-figure contract: the wide SVG of the chart, title, source (and marks drawn).
  await expect(fig.locator('svg.chart-svg.layout-wide').first()).toBeAttached();
  await expect(fig.locator('.chart-title')).toHaveCount(1);
  expect(await fig.locator('svg.chart-svg.layout-wide :is(rect, circle, line, path)').count()).toBeGreaterThan(5);
}

/** Sum of layout shifts since the last call (shifts right after input excluded, as CLS does). */
async function shiftsSince(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __shifts: number };
    const v = w.__shifts ?? 0;
    w.__shifts = 0;
    return v;
  });
}
const WATCH_SHIFTS = () => {
  const w = window as unknown as { __shifts: number };
  w.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

for (const f of FIGS) {
  test.describe(`${f.viz} chart`, () => {
    test('renders with JavaScript, one instance on the stage', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const fig = await open(page, f.viz, f.scene);
      await expect(figFor(page, f.viz)).toHaveCount(1);
      await expectStaticParts(fig, f, true);
      for (const b of f.buttons) await expect(fig.getByRole('button', { name: b, exact: true })).toBeEnabled();
      await expect(fig.locator('.view-switch-pending')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('without JavaScript: the server HTML holds the whole figure, inert buttons, and the step shows its static figure', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      const fig = figFor(page, f.viz);
      await expect(fig).toHaveCount(1);
      // The chart's server HTML shows the scene of its first step.
      await expect(fig).toHaveAttribute('data-scene', f.scene);
      await expectStaticParts(fig, f, false);
      // Controls that need JavaScript are marked inert, not offered as working.
      for (const b of f.buttons) await expect(fig.locator('.view-switch button', { hasText: b })).toHaveAttribute('aria-disabled', 'true');
      await expect(fig.locator('.view-switch-pending')).toHaveText(/Fixed view/);
      // The stage cannot follow the steps without a script: each step shows its own figure instead.
      const step = await stepIdFor(page, f.scene);
      await expect(page.locator(`#${step} img.step-figure`)).toBeVisible();
      await context.close();
    });

    test('if its script never arrives, the buttons stay focusable but inert and the figure says it is fixed', async ({ page }) => {
      await page.route(new RegExp(`/_astro/${f.chunk}\\.[^/]*\\.js(\\?.*)?$`), (r) => r.abort());
      await page.goto('/');
      const step = await stepIdFor(page, f.scene);
      await page.goto(`/#${step}`);
      await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', step);
      const fig = figFor(page, f.viz);
      await page.waitForTimeout(1500);
      await expect(fig).not.toHaveAttribute('data-ready', 'true');
      await expect(fig.locator('.view-switch-pending')).toBeVisible();
      await expect(fig.locator('.view-switch-pending')).toHaveText(/Fixed view/);
      const other = fig.getByRole('button', { name: f.buttons[1], exact: true });
      await expect(other).toBeDisabled(); // aria-disabled: still in the tab order
      await other.focus();
      await expect(other).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(fig).toHaveAttribute('data-scene', f.scene);
    });

    test('one box for every view: no layout shift on hydration, on a step change or a view change', async ({ browser }) => {
      for (const viewport of [
        { width: 375, height: 812 },
        { width: 1440, height: 900 },
      ]) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.addInitScript(WATCH_SHIFTS);
        const fig = await open(page, f.viz, f.scene);
        await page.waitForTimeout(300);
        expect(await shiftsSince(page), `${viewport.width}px: hydrating on screen`).toBeLessThan(0.001);
        const box = () => fig.locator('.chart-body').evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
        const first = await box();
        await goToStep(page, await stepIdFor(page, f.nextScene), f.nextScene);
        await page.waitForTimeout(600);
        expect(await shiftsSince(page), `${viewport.width}px: moving to the next step`).toBeLessThan(0.001);
        expect(await box(), `${viewport.width}px: the drawing's box after the step change`).toBe(first);
        for (const b of f.buttons) {
          await fig.getByRole('button', { name: b, exact: true }).click();
          await page.waitForTimeout(100);
          expect(await box(), `${viewport.width}px: the drawing's box in "${b}"`).toBe(first);
        }
        await context.close();
      }
    });

    test('375 px: no sideways scroll in either view', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      const fig = await open(page, f.viz, f.scene);
      for (const b of f.buttons) {
        await fig.getByRole('button', { name: b, exact: true }).click();
        await fig
          .locator('details')
          .first()
          .evaluate((d) => ((d as HTMLDetailsElement).open = true));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        // Nothing inside the figure is wider than the figure (a table may scroll inside its own box).
        const overflow = await fig.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${b}: figure content fits`).toBeLessThanOrEqual(0);
        // The chart never runs under what follows it in the pinned box: the "Notes and source" button.
        const overlap = await fig.evaluate((el) => {
          const next = el.querySelector('.chart-more')!.getBoundingClientRect().top;
          return Math.max(...[...el.querySelectorAll('.chart-body svg')].map((s) => s.getBoundingClientRect().bottom)) - next;
        });
        expect(overlap, `${b}: chart clear of the notes button`).toBeLessThanOrEqual(0);
        await expect(fig.locator('svg.layout-narrow').first()).toBeVisible();
        // The source line is one click away, and the box does not scroll by itself until then.
        expect(await fig.evaluate((el) => el.scrollHeight - el.clientHeight), `${b}: the box does not scroll`).toBeLessThanOrEqual(1);
        await fig.locator('.chart-more').click();
        await expect(fig.locator('.chart-source')).toBeVisible();
        await fig.locator('.chart-more').click();
      }
      await context.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`no axe violations (WCAG 2.2 AA) in either view, table open, ${scheme}`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        const fig = await open(page, f.viz, f.scene);
        await fig.locator('details summary').first().click();
        for (const b of f.buttons) {
          await fig.getByRole('button', { name: b, exact: true }).click();
          await page.waitForTimeout(500);
          const results = await new AxeBuilder({ page })
            .include(`[data-graphic] [data-viz="${f.viz}"]`)
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(results.violations.map((v) => `${b}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
        await context.close();
      });
    }

    test('forced colours: the pressed view button and the swatches stay visible', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      const fig = await open(page, f.viz, f.scene);
      const bg = (b: string) => fig.getByRole('button', { name: b, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await bg(f.buttons[0]), 'pressed and unpressed differ').not.toBe(await bg(f.buttons[1]));
      for (const sw of await fig.locator('.swatch:visible').all()) {
        expect(await sw.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none');
      }
    });
  });
}

test.describe('keyboard alone', () => {
  test('view buttons: Tab, Enter and Space pick a view; the reading speaks up; the next step takes over again', async ({ page }) => {
    const fig = await open(page, 'token-share', 'token-share-week');
    const first = fig.getByRole('button', { name: 'Top-10 week', exact: true });
    const last = fig.getByRole('button', { name: 'February weeks', exact: true });
    await expect(fig.locator('.chart-reading')).toHaveAttribute('aria-live', 'off');
    await first.focus();
    await page.keyboard.press('Tab');
    await expect(last).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'token-share-crossover');
    await expect(last).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.locator('.chart-reading')).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    await expect(fig).toHaveAttribute('data-scene', 'token-share-week');
    // Pick a view, then move the story on: the stage's scene wins again.
    await last.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'token-share-crossover');
    await goToStep(page, await stepIdFor(page, 'price-gap-scatter'), 'price-gap-scatter');
    await goToStep(page, await stepIdFor(page, 'token-share-week'), 'token-share-week');
    await expect(fig).toHaveAttribute('data-scene', 'token-share-week');
  });

  test('price-gap: switch input/output prices with Tab, Enter and Space', async ({ page }) => {
    const fig = await open(page, 'price-gap', 'price-gap-scatter');
    const input = fig.getByRole('button', { name: 'Input tokens', exact: true });
    const output = fig.getByRole('button', { name: 'Output tokens', exact: true });
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(output).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(output).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.locator('.layout-wide .x-title')).toContainText('output tokens');
    // Opus's output price, $25, is now the label on its point; M2.5 Standard's is $1.20.
    await expect(fig.locator('.layout-wide .plot')).toContainText('$25');
    await expect(fig.locator('.layout-wide .plot')).toContainText('$1.20');
    await page.keyboard.press('Shift+Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('Space');
    await expect(input).toHaveAttribute('aria-pressed', 'true');
    await expect(fig.locator('.layout-wide .plot')).toContainText('$5.00');
    // The data table opens from the keyboard.
    const summary = fig.locator('details summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('details table').first()).toBeVisible();
  });

  test('price-gap-claim shows the article’s 17× beside 16.7×, 33.3× and 20.8×', async ({ page }) => {
    const fig = await open(page, 'price-gap', 'price-gap-claim');
    const panel = fig.locator('.layout-wide .ratio-panel');
    await expect(panel).toContainText('about 17×');
    for (const v of ['16.7×', '33.3×', '20.8×']) await expect(panel).toContainText(v);
  });

  test('power-price: the view buttons switch the comparison', async ({ page }) => {
    const fig = await open(page, 'power-price', 'power-price-averages');
    const avg = fig.getByRole('button', { name: 'Averages', exact: true });
    const west = fig.getByRole('button', { name: 'Western tariffs', exact: true });
    await avg.focus();
    await page.keyboard.press('Tab');
    await expect(west).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'power-price-western');
    await expect(fig.locator('.chart-reading')).toContainText('holds only here');
    await expect(fig.locator('.layout-wide .ref-claim').first()).toBeAttached();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(fig).toHaveAttribute('data-scene', 'power-price-averages');
    await expect(fig.locator('.layout-wide .ref-claim')).toHaveCount(0);
  });

  test('experts: "Next token" lights a different set of 8 experts', async ({ page }) => {
    const fig = await open(page, 'experts', 'experts-m25');
    // All 256 experts are drawn (one path for the idle ones), 8 of them lit (a rect each, over the path).
    await expect(fig.locator('.layout-wide path.cells')).toHaveAttribute('data-count', '256');
    expect(await fig.locator('.layout-wide path.cells').evaluate((p) => (p.getAttribute('d')!.match(/M/g) ?? []).length)).toBe(256);
    const cells = fig.locator('.layout-wide rect.cell.on');
    await expect(cells).toHaveCount(8);
    const lit = () => cells.evaluateAll((cs) => cs.map((c) => (c as SVGElement).dataset.index).join(','));
    const first = await lit();
    const next = fig.getByRole('button', { name: /next token/i });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(fig.locator('.status')).toContainText('Token 2 of 8');
    await expect(fig.locator('.layout-wide rect.cell.on')).toHaveCount(8);
    expect(await lit()).not.toBe(first);
    await page.keyboard.press('Space');
    await expect(fig.locator('.status')).toContainText('Token 3 of 8');
    // Switch to the comparison with the keyboard.
    const four = fig.getByRole('button', { name: 'Four models', exact: true });
    await four.focus();
    await page.keyboard.press('Enter');
    await expect(fig).toHaveAttribute('data-scene', 'experts-compare');
    await expect(fig.locator('.layout-wide .row-label')).toHaveCount(4);
  });

  test('experts under reduced motion: no Play button, wires drawn without animation, marks land at once', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const fig = await open(page, 'experts', 'experts-m25');
    await expect(fig.getByRole('button', { name: /play/i })).toHaveCount(0);
    await fig.getByRole('button', { name: /next token/i }).click();
    const names = await fig.locator('.layout-wide path.wire').evaluateAll((ws) => ws.map((w) => getComputedStyle(w).animationName));
    expect(names.length).toBe(8);
    expect(new Set(names)).toEqual(new Set(['none']));
    // The lit experts do not fade in either.
    const lights = await fig.locator('.layout-wide rect.cell.on').evaluateAll((cs) => cs.map((c) => getComputedStyle(c).animationName));
    expect(new Set(lights)).toEqual(new Set(['none']));
    await context.close();
  });

  test('token share under reduced motion: a view change lands at once', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const fig = await open(page, 'token-share', 'token-share-week');
    await fig.getByRole('button', { name: 'February weeks', exact: true }).click();
    const shape = () => fig.locator('svg.layout-wide').evaluate((svg) => [...svg.querySelectorAll('rect')].map((e) => e.getAttribute('width')).join('|'));
    const early = await shape();
    await page.waitForTimeout(600);
    expect(await shape()).toEqual(early);
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

// Every chart step as a reader sees it, on the smallest phone, a tall phone and a laptop: no chart text overlaps
// another, no line drawn across the chart runs through a text (grid and axis lines excepted), every text is at
// least 10 px as rendered (a drawing scaled into a short box shrinks its text), and on phones the stage's Embed
// button keeps 4 px clear of every chart text. At 375 px, chart notes and subtitles are at least 13 px.
// English at three sizes; Portuguese (longer words) and Chinese (other glyph widths) on a phone and a laptop.
// At 320x568 they do not pass yet (their view buttons wrap to two rows, which shrinks the provinces drawing
// and the top-ten list below 10 px; the exodus label runs over the dashed averages): issue 7 keeps it open.
const CHART_TEXT_RUNS = [
  ...(
    [
      [320, 568],
      [375, 812],
      [1440, 900],
    ] as const
  ).map(([width, height]) => ({ path: '/', width, height })),
  ...['/pt/', '/zh/'].flatMap((path) =>
    (
      [
        [375, 812],
        [1440, 900],
      ] as const
    ).map(([width, height]) => ({ path, width, height })),
  ),
];
test.describe('chart text, every chart step', () => {
  for (const { path, width, height } of CHART_TEXT_RUNS) {
    test(`${width}x${height}${path === '/' ? '' : ` (${path})`}: no text overlaps text or is crossed by a line, none under 10 px, the Embed button clear`, async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const phone = width < 960;
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', isMobile: phone, hasTouch: phone });
      const page = await context.newPage();
      await page.goto(path);
      const steps = await page.$$eval('[data-step]:not([data-figure="map"])', (els) => els.map((e) => e.id));
      expect(steps.length).toBeGreaterThan(10);
      const problems: string[] = [];
      for (const id of steps) {
        await page.evaluate((s) => {
          const el = document.getElementById(s)!;
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
        }, id);
        await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', id);
        await page.waitForTimeout(400);
        const r = await page.evaluate(measureChartText, 10);
        if (r.count === 0) problems.push(`${id}: no chart text measured`);
        for (const o of r.overlaps) problems.push(`${id}: overlap ${o}`);
        for (const c of r.crossed) problems.push(`${id}: crossed ${c}`);
        for (const s of r.small) problems.push(`${id}: small ${s}`);
        if (phone && (!r.embedGap || r.embedGap.px < 4)) problems.push(`${id}: Embed button ${r.embedGap?.px} px from “${r.embedGap?.text}”`);
        if (width === 375) {
          const notes = await page.evaluate(() => {
            const stage = document.querySelector<HTMLElement>('[data-graphic]')!;
            const layer = stage.querySelector(`[data-layer="${stage.dataset.activeFigure}"]`)!;
            const html = [...layer.querySelectorAll('.chart-note, .notes, .axis-note')].map((e) => ({
              text: e.textContent ?? '',
              px: parseFloat(getComputedStyle(e).fontSize),
            }));
            const svg = [...layer.querySelectorAll<SVGTextElement>('svg text:is(.note, .title, .subtitle)')]
              .filter((t) => t.checkVisibility())
              .map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM()!.a, t.getScreenCTM()!.b) }));
            return [...html, ...svg];
          });
          for (const n of notes) if (n.px < 12.95) problems.push(`${id}: note “${n.text.trim().slice(0, 40)}” at ${n.px.toFixed(1)} px`);
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
