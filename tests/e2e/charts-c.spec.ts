// The energy calculator and the latency race, on the story page's one stage ([data-graphic]): both are in the
// server HTML with their controls disabled and a fixed-view note until hydrated; the calculator's outputs follow
// its inputs and the URL (without breaking the story's #step hash); every control works from the keyboard alone;
// one polite live region; nothing moves under reduced motion; no sideways scroll at 375 px.
// Expected numbers are worked by hand in the comments.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { watchPage } from './helpers';

const ENERGY = '[data-graphic] [data-viz="energy"]';
const LATENCY = '[data-graphic] [data-viz="latency"]';

/** Id of the story step showing a scene (the narrative owns the ids; the scene ids are fixed). */
async function stepIdFor(page: Page, scene: string): Promise<string> {
  const id = await page.locator(`[data-step][data-scene="${scene}"]`).first().getAttribute('id');
  expect(id, `a story step with scene ${scene}`).toBeTruthy();
  return id!;
}

async function openEnergy(page: Page, query = ''): Promise<Locator> {
  await page.goto('/');
  const step = await stepIdFor(page, 'energy-calculator');
  await page.goto(`/${query}#${step}`);
  // One stage: the step's scene is the stage's, and the calculator is its active layer.
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', 'energy-calculator');
  const fig = page.locator(ENERGY);
  await expect(fig).toHaveAttribute('data-ready', 'true');
  return fig;
}

async function expectOutputs(fig: Locator, j: string, kwh: string, usd: string) {
  await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText(j);
  await expect(fig.locator('[data-output="kwh-per-million-tokens"]')).toHaveText(kwh);
  await expect(fig.locator('[data-output="usd-per-million-tokens"]')).toHaveText(usd);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, starting from the figure's own first (or last) control:
 * the control is in the figure's tab order and reachable by keyboard alone. On the one-stage page a figure's
 * controls come before the steps in the DOM; tabbing on from a step leaves for the next steps, so the walk
 * starts inside the figure and must not leave it.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  const fig = target.locator('xpath=ancestor::*[@data-viz][1]');
  const handle = await target.elementHandle();
  if (!(await fig.evaluate((f) => f.contains(document.activeElement)))) {
    const controls = fig.locator('button:not([disabled]), input:not([disabled]), summary, a[href]');
    await (backwards ? controls.last() : controls.first()).focus();
  }
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    expect(await fig.evaluate((f) => f.contains(document.activeElement)), 'focus stays in the figure').toBe(true);
  }
  throw new Error(`could not reach ${target} with ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the energy calculator shows the formula, the default results and its sources', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator(ENERGY);
    await expect(fig).toHaveCount(1);
    await expect(fig.locator('figcaption .chart-title')).toHaveText('How much electricity is in a token?');
    await expect(fig.locator('.formula')).toContainText('700 W × 1.5 ÷ 1,000 tokens/s = 1.05 J per token');
    // 700 x 1.5 / 1000 = 1.05 J; x 1e6 / 3.6e6 = 0.2917 kWh; x $0.08 = $0.0233
    await expectOutputs(fig, '1.05', '0.292', '$0.0233');
    // The controls are real but inert, and the figure says it shows a fixed view (the stage itself is hidden
    // without JavaScript, where each step shows its static figure instead).
    for (const label of ['GPU power (W)', 'PUE', 'Tokens per second per GPU', 'Electricity price (US cents per kWh)'])
      await expect(fig.getByLabel(label, { exact: true })).toBeDisabled();
    for (const name of ['Small model, well batched', 'Large mixture-of-experts model', 'One request at a time'])
      await expect(fig.locator('button.preset', { hasText: name })).toBeDisabled();
    await expect(fig.locator('.fixed-view')).toContainText('Fixed view');
    await expect(fig).not.toHaveAttribute('data-ready', 'true');
    await expect(fig.locator('svg.jscale text', { hasText: 'ML.ENERGY' })).toHaveCount(1);
    await expect(fig.locator('svg.hour rect.dep')).toHaveCount(1);
    await expect(fig.locator('.chart-source')).toHaveText(/^\s*Source:/);
    // The data table is built when opened (the stage carries every chart): here only its disclosure.
    await expect(fig.locator('details summary')).toHaveCount(1);
  });

  test('the latency race shows every row, finished, with the disputed 1858 accounts', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator(LATENCY);
    await expect(fig).toHaveCount(1);
    await expect(fig.locator('figcaption')).toContainText('cross an ocean');
    await expect(fig.locator('g.row')).toHaveCount(5);
    await expect(fig.locator('circle.dot')).toHaveCount(5);
    await expect(fig.locator('svg.plot')).toContainText('about 10 days');
    await expect(fig.locator('svg.plot')).toContainText('about 16 hours');
    await expect(fig.locator('svg.plot')).toContainText('12–13 min'); // 98/8 = 12.25 min, 98/7.4 = 13.2 min
    await expect(fig.locator('svg.plot')).toContainText('at least 46 ms one way'); // the Oregon–Shanghai great circle, about 9,200 km, at 200,000 km/s
    await expect(fig).toContainText('95 words in 67 minutes');
    await expect(fig).toContainText('more than 17 hours');
    // The race cannot run without its code: the button is there but disabled, and the note says so.
    await expect(fig.locator('button.race')).toBeDisabled();
    await expect(fig.locator('.fixed-view')).toContainText('Fixed view');
    await expect(fig.locator('.chart-source')).toHaveText(/^\s*Source:/);
    // The data table is built when opened (the stage carries every chart): here only its disclosure.
    await expect(fig.locator('details summary')).toHaveCount(1);
  });
});

test.describe('with JavaScript', () => {
  test('outputs follow every input, and the URL follows the outputs without losing the #step', async ({ page }) => {
    const watch = watchPage(page);
    const fig = await openEnergy(page);
    const hash = new URL(page.url()).hash;
    await expectOutputs(fig, '1.05', '0.292', '$0.0233');

    await fig.getByLabel('GPU power (W)', { exact: true }).fill('350');
    // 350 x 1.5 / 1000 = 0.525 J; 0.1458 kWh; x $0.08 = $0.0117
    await expectOutputs(fig, '0.525', '0.146', '$0.0117');
    await fig.getByLabel('PUE', { exact: true }).fill('2');
    // 350 x 2 / 1000 = 0.7 J; 0.1944 kWh; $0.0156
    await expectOutputs(fig, '0.7', '0.194', '$0.0156');
    await fig.getByLabel('Tokens per second per GPU', { exact: true }).fill('100');
    // 350 x 2 / 100 = 7 J; 1.944 kWh; $0.156
    await expectOutputs(fig, '7', '1.94', '$0.156');
    await fig.getByLabel('Electricity price (US cents per kWh)', { exact: true }).fill('4');
    // 1.944 kWh x $0.04 = $0.0778
    await expectOutputs(fig, '7', '1.94', '$0.0778');
    // weekly: 0.61 x 8.7e12 tokens x 7 J / 3.6e9 J per MWh = 10,319 MWh, shown to 3 significant digits
    await expect(fig.locator('[data-output="weekly-mwh"]')).toHaveText('10,300');

    // the URL is written 250 ms after the last change
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ w: '350', pue: '2', tps: '100', c: '4' });
    const url = new URL(page.url());
    expect(url.hash, 'the story hash survives').toBe(hash);
    // replaceState, not pushState: the back button is not spammed
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
    expect(watch.errors).toEqual([]);
  });

  test('a slider drag makes one polite announcement, after the reader stops', async ({ page }) => {
    const fig = await openEnergy(page);
    // One live region in the whole calculator (no <output>, no role=status, no second aria-live).
    await expect(fig.locator('[aria-live]:not([aria-live="off"]), [role="status"], output')).toHaveCount(1);
    const live = fig.locator('[aria-live="polite"]');
    const slider = fig.getByLabel('GPU power (W), slider');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // While the keys go, nothing is said; 700 ms after the last one the result is, once.
    await expect(live).toHaveText('');
    // 750 W x 1.5 / 1000 = 1.125 J -> "1.13"
    await expect(live).toHaveText(/Energy per token 1\.13 J/, { timeout: 3000 });
  });

  test('out-of-range typing is clamped when the field is left', async ({ page }) => {
    const fig = await openEnergy(page);
    const w = fig.getByLabel('GPU power (W)', { exact: true });
    await w.fill('5000');
    await w.press('Tab');
    await expect(w).toHaveValue('1500');
    // 1500 x 1.5 / 1000 = 2.25 J
    await expectOutputs(fig, '2.25', '0.625', '$0.05');
  });

  test('settings load from the URL, hostile values fall back, and the #step still lands', async ({ page }) => {
    const fig = await openEnergy(page, '?w=350&pue=1.1&tps=2500&c=4.5');
    // 350 x 1.1 / 2500 = 0.154 J; 0.04278 kWh; x $0.045 = $0.001925
    await expectOutputs(fig, '0.154', '0.0428', '$0.00193');
    await expect(fig.getByLabel('PUE', { exact: true })).toHaveValue('1.1');
    await expect(fig.getByLabel('Tokens per second per GPU', { exact: true })).toHaveValue('2500');

    const step = await stepIdFor(page, 'energy-calculator');
    await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');

    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const fig2 = await openEnergy(page, `?w=${encodeURIComponent('<img src=x onerror=alert(1)>')}&pue=9&tps=1e9&c=abc`);
    // w, tps, c fall back to 700, 1000, 8; pue clamps to 2: 700 x 2 / 1000 = 1.4 J; 0.3889 kWh; $0.0311
    await expectOutputs(fig2, '1.4', '0.389', '$0.0311');
    expect(await page.locator(`${ENERGY} img`).count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('every calculator control works with the keyboard alone', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const fig = await openEnergy(page);
    // Hydrated: the fixed-view note is gone and the controls work.
    await expect(fig.locator('.fixed-view')).toHaveCount(0);

    const moe = fig.getByRole('button', { name: 'Large mixture-of-experts model' });
    await tabTo(page, moe);
    await page.keyboard.press('Enter');
    // 700 x 1.25 / 500 = 1.75 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('1.75');
    await expect(moe).toHaveAttribute('aria-pressed', 'true');

    const one = fig.getByRole('button', { name: 'One request at a time' });
    await tabTo(page, one);
    await page.keyboard.press('Space');
    // 700 x 1.58 / 60 = 18.43 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('18.4');

    const small = fig.getByRole('button', { name: 'Small model, well batched' });
    await small.focus();
    await page.keyboard.press('Enter');
    // 700 x 1.1 / 6000 = 0.1283 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('0.128');
    await one.focus();
    await page.keyboard.press('Enter');

    const wSlider = fig.getByLabel('GPU power (W), slider');
    await tabTo(page, wSlider);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    // 600 x 1.58 / 60 = 15.8 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('15.8');

    const wNum = fig.getByLabel('GPU power (W)', { exact: true });
    await tabTo(page, wNum);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    // 500 x 1.58 / 60 = 13.17 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('13.2');

    const pueSlider = fig.getByLabel('PUE, slider');
    await tabTo(page, pueSlider);
    await page.keyboard.press('Home');
    // 500 x 1 / 60 = 8.333 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('8.33');
    const pueNum = fig.getByLabel('PUE', { exact: true });
    await tabTo(page, pueNum);
    await page.keyboard.press('ArrowUp');
    // 500 x 1.01 / 60 = 8.417 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('8.42');

    const tpsSlider = fig.getByLabel('Tokens per second per GPU, slider (logarithmic)');
    await tabTo(page, tpsSlider);
    await page.keyboard.press('End');
    // 500 x 1.01 / 10,000 = 0.0505 J
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('0.0505');
    await expect(tpsSlider).toHaveAttribute('aria-valuetext', '10,000 tokens per second');
    const tpsNum = fig.getByLabel('Tokens per second per GPU', { exact: true });
    await tabTo(page, tpsNum);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1010');
    await page.keyboard.press('Enter');
    // 500 x 1.01 / 1010 = 0.5 J; 0.1389 kWh
    await expect(fig.locator('[data-output="joules-per-token"]')).toHaveText('0.5');

    const cSlider = fig.getByLabel('Electricity price (US cents per kWh), slider');
    await tabTo(page, cSlider);
    await page.keyboard.press('End');
    // 0.1389 kWh x $0.30 = $0.0417
    await expect(fig.locator('[data-output="usd-per-million-tokens"]')).toHaveText('$0.0417');
    const cNum = fig.getByLabel('Electricity price (US cents per kWh)', { exact: true });
    await tabTo(page, cNum);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    // 0.1389 kWh x $0.10 = $0.0139
    await expect(fig.locator('[data-output="usd-per-million-tokens"]')).toHaveText('$0.0139');

    const copy = fig.getByRole('button', { name: 'Copy link' });
    await tabTo(page, copy);
    await page.keyboard.press('Enter');
    await expect(fig.locator('.copy-status')).toContainText(/Link copied|copy the link below/);
    const copied = (await page.evaluate(() => navigator.clipboard.readText()).catch(() => '')) || (await fig.locator('.fallback input').inputValue());
    const link = new URL(copied);
    expect(Object.fromEntries(link.searchParams)).toEqual({ w: '500', pue: '1.01', tps: '1010', c: '10' });
    expect(link.hash).toMatch(/^#[a-z0-9-]+$/);
  });

  test('the GPU-hour step emphasises the split, and depreciation dominates at the defaults', async ({ page }) => {
    await page.goto('/');
    const step = await stepIdFor(page, 'energy-gpu-hour');
    await page.goto(`/#${step}`);
    const fig = page.locator(ENERGY);
    await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', 'energy-gpu-hour');
    await expect(fig).toHaveAttribute('data-emphasis', 'gpu-hour');
    // $27,500 / 35,040 h = $0.785; 1.05 kWh x $0.08 = $0.084; 0.084 / 0.869 = 10%
    await expect(fig.locator('.gpu-panel .verdict')).toContainText('10%');
    await expect(fig.locator('.gpu-panel')).toContainText('$0.785');
    await expect(fig.locator('.gpu-panel')).toContainText('$0.084');
  });

  test('the race replays on demand and ends with every arrival', async ({ page }) => {
    await page.goto('/');
    const step = await stepIdFor(page, 'latency-race');
    await page.goto(`/#${step}`);
    const fig = page.locator(LATENCY);
    await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', 'latency-race');
    await expect(fig).toHaveAttribute('data-ready', 'true');
    await expect(fig.locator('.fixed-view')).toHaveCount(0);
    const button = fig.getByRole('button', { name: 'Replay the race' });
    await expect(button).toBeEnabled();
    await tabTo(page, button, { backwards: true });
    await page.keyboard.press('Enter');
    await expect(fig.locator('line.sweep')).toHaveCount(1);
    await expect(fig.locator('circle.dot')).not.toHaveCount(5);
    await expect(fig.locator('circle.dot')).toHaveCount(5, { timeout: 15_000 });
    await expect(fig.locator('line.sweep')).toHaveCount(0);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('nothing moves: no race button, the finished picture only', async ({ page }) => {
    await page.goto('/');
    const step = await stepIdFor(page, 'latency-race');
    await page.goto(`/#${step}`);
    const fig = page.locator(LATENCY);
    await expect(fig).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(500);
    await expect(fig.getByRole('button', { name: 'Replay the race' })).toHaveCount(0);
    await expect(fig.locator('circle.dot')).toHaveCount(5);
    await expect(fig.locator('line.sweep')).toHaveCount(0);
  });
});

test.describe('375 px wide', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  for (const [viz, scene] of [
    ['energy', 'energy-calculator'],
    ['latency', 'latency-race'],
  ] as const) {
    test(`${viz}: no sideways scroll, controls at least 24 px`, async ({ page }) => {
      await page.goto('/');
      const step = await stepIdFor(page, scene);
      await page.goto(`/#${step}`);
      const fig = page.locator(`[data-graphic] [data-viz="${viz}"]`);
      await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', scene);
      await expect(fig).toHaveAttribute('data-ready', 'true');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const { sw, cw } = await fig.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
      expect(sw).toBeLessThanOrEqual(cw);
      for (const box of await fig
        .locator('button, input, summary')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect().toJSON())))
        expect(Math.min(box.width, box.height), JSON.stringify(box)).toBeGreaterThanOrEqual(24);
    });
  }
});
