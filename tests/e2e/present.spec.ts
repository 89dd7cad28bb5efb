// The presenter (/present/): every reveal.js and clicker key, the #hash, a reload mid-deck, the black screen,
// the overview and jumps, the help dialog, keys ignored in form fields, touch swipes and on-screen buttons, the
// projector and dark themes, large type, the students' link, and the page's quality gates (axe, console errors,
// foreign requests). Step ids are read from the page (which reads the content collection), never typed here.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';
import { KEY_HELP } from '../../src/lib/presentKeys';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ viewport: { width: 1280, height: 720 } });

async function open(page: Page, hash = ''): Promise<string[]> {
  await page.goto(`/present/${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-present-ready', 'true');
  return page.$$eval('.present-step[data-step]', (els) => els.map((e) => e.id));
}
const current = (page: Page) => page.locator('html').getAttribute('data-current-step');
async function expectAt(page: Page, id: string) {
  await expect(page.locator('html')).toHaveAttribute('data-current-step', id);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
  // The stage follows the same step: the DOM contract shows its scene and figure.
  const want = await page.locator(`.present-step#${id}`).evaluate((el: HTMLElement) => ({ scene: el.dataset.scene, figure: el.dataset.figure }));
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', want.scene!);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-figure', want.figure!);
  await expect(page.locator(`.present-step#${id}`)).toBeVisible();
}

test('every "next" and "previous" key and clicker key moves one step; Home and End go to the ends', async ({ page }) => {
  const ids = await open(page);
  expect(ids.length).toBeGreaterThan(10);
  await expectAt(page, ids[0]);
  const next = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n', 'N'];
  for (const [i, key] of next.entries()) {
    await page.keyboard.press(key);
    await expectAt(page, ids[i + 1]);
  }
  const prev = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p'];
  for (const [i, key] of prev.entries()) {
    await page.keyboard.press(key);
    await expectAt(page, ids[next.length - 1 - i]);
  }
  await page.keyboard.press('End');
  await expectAt(page, ids.at(-1)!);
  await page.keyboard.press('ArrowRight');
  await expectAt(page, ids.at(-1)!);
  await page.keyboard.press('Home');
  await expectAt(page, ids[0]);
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, ids[0]);
  // Browser shortcuts are left alone.
  await page.keyboard.press('Alt+ArrowRight').catch(() => undefined);
  expect(await current(page)).toBe(ids[0]);
  await expect(page.locator('[data-progress]')).toHaveAttribute('max', String(ids.length));
});

test('the hash opens a step, follows it, and a reload mid-deck keeps the place', async ({ page }) => {
  const ids = await open(page);
  const mid = ids[Math.floor(ids.length / 2)];
  await open(page, `#${mid}`);
  await expectAt(page, mid);
  await page.keyboard.press('ArrowRight');
  const after = ids[ids.indexOf(mid) + 1];
  await expectAt(page, after);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-present-ready', 'true');
  await expectAt(page, after);
  expect(await page.locator('[data-progress]').evaluate((p: HTMLProgressElement) => p.value)).toBe(ids.indexOf(after) + 1);
  // Editing the hash moves too; an unknown or hostile hash is ignored.
  await page.evaluate((id) => (location.hash = `#${id}`), ids[2]);
  await expectAt(page, ids[2]);
  await page.evaluate(() => (location.hash = '#<img src=x onerror=alert(1)>'));
  await page.waitForTimeout(200);
  expect(await current(page)).toBe(ids[2]);
  await page.goto('about:blank');
  await open(page, '#no-such-step');
  await expect(page.locator('html')).toHaveAttribute('data-current-step', ids[0]);
});

test('B, . and V black the screen out and bring it back; nothing else moves while it is black', async ({ page }) => {
  const ids = await open(page);
  for (const key of ['b', '.', 'v', 'B']) {
    await page.keyboard.press(key);
    await expect(page.locator('html')).toHaveAttribute('data-blackout', 'true');
    const cover = await page.evaluate(() => {
      const el = document.elementFromPoint(640, 360) as HTMLElement;
      return { black: el.matches('[data-black-screen]'), bg: getComputedStyle(el).backgroundColor };
    });
    expect(cover, key).toEqual({ black: true, bg: 'rgb(0, 0, 0)' });
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toBe(ids[0]);
    await page.keyboard.press(key === 'B' ? '.' : key);
    await expect(page.locator('html')).toHaveAttribute('data-blackout', 'false');
    await expect(page.locator('[data-black-screen]')).toBeHidden();
  }
  // The on-screen button does the same, and a click on the black screen brings the picture back.
  await page.locator('[data-action="black"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-blackout', 'true');
  await expect(page.locator('[data-action="black"]')).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.click(300, 300);
  await expect(page.locator('html')).toHaveAttribute('data-blackout', 'false');
});

test('O and Esc open the overview of every step by chapter; arrows move, Enter jumps, Esc closes', async ({ page }) => {
  const ids = await open(page);
  const overview = page.locator('[data-overview]');
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  const thumbs = overview.locator('[data-goto]');
  await expect(thumbs).toHaveCount(ids.length);
  expect(await overview.locator('[data-ov-row]').count()).toBeGreaterThan(3);
  // Thumbnails are the static figures, and they load.
  await expect
    .poll(() =>
      thumbs
        .first()
        .locator('img')
        .evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0),
    )
    .toBe(true);
  expect(await thumbs.nth(3).locator('img').getAttribute('src')).toMatch(new RegExp(`figures/${ids[3]}\\.svg$`));
  await expect(thumbs.first()).toBeFocused();
  await expect(thumbs.first()).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(thumbs.nth(2)).toBeFocused();
  // Down goes to the next chapter's row.
  const firstRow = await overview.locator('[data-ov-row]').first().locator('[data-goto]').count();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.goto);
  expect(ids.indexOf(focused!)).toBeGreaterThanOrEqual(firstRow);
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectAt(page, focused!);
  // Esc opens it too, and closes it without moving.
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expectAt(page, focused!);
  // A click on a thumbnail jumps as well.
  await page.locator('[data-action="overview"]').click();
  await thumbs.nth(5).click();
  await expectAt(page, ids[5]);
});

test('G and digits jump to a step by its number; a wrong number says so', async ({ page }) => {
  const ids = await open(page);
  const jump = page.locator('[data-jump]');
  await page.keyboard.press('g');
  await expect(jump).toBeVisible();
  await page.keyboard.type(String(ids.length));
  await page.keyboard.press('Enter');
  await expect(jump).toBeHidden();
  await expectAt(page, ids.at(-1)!);
  await page.keyboard.press('1');
  await expect(jump).toBeVisible();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expectAt(page, ids[11]);
  await page.keyboard.press('9');
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-jump-error]')).toBeVisible();
  await expect(jump).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(jump).toBeHidden();
  expect(await current(page)).toBe(ids[11]);
});

test('? opens a help dialog listing every key', async ({ page }) => {
  await open(page);
  await page.keyboard.press('?');
  const help = page.locator('[data-help]');
  await expect(help).toBeVisible();
  const text = await help.innerText();
  for (const row of KEY_HELP) for (const k of row.keys) expect(text, `${row.action}: ${k}`).toContain(k);
  await expect(help.locator('tbody tr')).toHaveCount(KEY_HELP.length);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.locator('[data-action="help"]').click();
  await expect(help).toBeVisible();
});

test('keys are ignored while a form control has focus (the calculator on the stage)', async ({ page }) => {
  const ids = await open(page);
  // The step that shows the calculator itself (the first energy step opens on the GPU-hour split, sliders one click away).
  const calc = await page.$$eval(
    '.present-step[data-figure="energy"]',
    (els) => (els.find((e) => (e as HTMLElement).dataset.scene === 'energy-calculator') ?? els[0])?.id,
  );
  expect(calc, 'the story has a calculator step').toBeTruthy();
  await open(page, `#${calc}`);
  const slider = page.locator('[data-layer="energy"] input[type="range"]').first();
  await expect(page.locator('[data-layer="energy"] [data-viz]').first()).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await slider.focus();
  const before = await slider.inputValue();
  for (const key of ['ArrowRight', 'PageDown', 'End', 'b', 'o']) await page.keyboard.press(key);
  expect(await current(page)).toBe(calc);
  await expect(page.locator('html')).toHaveAttribute('data-blackout', 'false');
  await expect(page.locator('[data-overview]')).toBeHidden();
  expect(await slider.inputValue()).not.toBe(before);
  // Focus back on the page: keys work again.
  await page.locator('.present-text').click();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, ids[ids.indexOf(calc!) + 1]);
});

test('on-screen buttons and touch swipes move between steps', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  const ids = await open(page);
  await page.locator('[data-action="next"]').click();
  await expectAt(page, ids[1]);
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-action="prev"]').click();
  await expectAt(page, ids[1]);
  const cdp = await context.newCDPSession(page);
  const swipe = async (from: number, to: number, y = 300) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * i) / 5, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(800, 500);
  await expectAt(page, ids[2]);
  await swipe(500, 800);
  await expectAt(page, ids[1]);
  // A short or mostly vertical swipe does nothing.
  await swipe(800, 780);
  await page.waitForTimeout(200);
  expect(await current(page)).toBe(ids[1]);
  await context.close();
});

test('the projector and the dark theme switch with T and the Theme button; both pass axe', async ({ page }) => {
  await open(page);
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-present-theme', 'projector');
  await expect(root).toHaveAttribute('data-theme', 'light');
  const bg = () => page.locator('.present-text').evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await bg();
  const axe = async (where: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(
      violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4)}`),
      where,
    ).toEqual([]);
  };
  await axe('projector');
  await page.keyboard.press('t');
  await expect(root).toHaveAttribute('data-present-theme', 'dark');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await expect(page.locator('[data-action="theme"]')).toContainText('Dark');
  await axe('dark');
  // The choice is remembered; the button switches back.
  await page.reload();
  await expect(root).toHaveAttribute('data-present-theme', 'dark');
  await page.locator('[data-action="theme"]').click();
  await expect(root).toHaveAttribute('data-present-theme', 'projector');
  expect(await bg()).toBe(light);
});

test('large type at 1280x720: narration at least 28 px on every step, fitting its box; figure labels scaled up', async ({ page }) => {
  const ids = await open(page);
  const problems: string[] = [];
  for (const id of ids) {
    await page.evaluate((i) => (location.hash = `#${i}`), id);
    await expect(page.locator('html')).toHaveAttribute('data-current-step', id);
    const m = await page.locator(`.present-step#${id}`).evaluate((el) => {
      const p = el.querySelector('.present-narration p') as HTMLElement;
      return { size: parseFloat(getComputedStyle(p).fontSize), scroll: el.scrollHeight, client: el.clientHeight };
    });
    if (m.size < 28) problems.push(`${id}: ${m.size}px`);
    if (m.scroll > m.client + 1) problems.push(`${id}: narration overflows (${m.scroll} > ${m.client})`);
  }
  expect(problems).toEqual([]);
  // A map label is drawn larger on the presenter than its own font size (the stage is zoomed).
  await page.evaluate((i) => (location.hash = `#${i}`), ids[0]);
  await expect(page.locator('[data-layer="map"] svg text').first()).toBeVisible({ timeout: 15_000 });
  const scales = await page.locator('[data-layer="map"] svg text').evaluateAll((texts) =>
    texts
      .map((t) => ({ h: t.getBoundingClientRect().height, size: parseFloat(getComputedStyle(t).fontSize) }))
      .filter((m) => m.h > 0 && m.size > 0)
      .map((m) => m.h / m.size),
  );
  expect(scales.length).toBeGreaterThan(0);
  expect(Math.min(...scales)).toBeGreaterThan(1.3);
  // The flows' canvas is drawn at the zoomed size, not upscaled from its CSS size (sharp on the projector).
  const canvas = page.locator('[data-layer="map"] canvas').first();
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
  const sharp = await canvas.evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width);
  expect(sharp).toBeGreaterThan(0.95);
});

test('the stage works as in the story: Pause, and the active step drives each figure', async ({ page }) => {
  const ids = await open(page);
  const pause = page.locator('[data-graphic] [data-pause]');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  // One step of every figure the story uses.
  const firstOf = await page.$$eval('.present-step[data-step]', (els) => {
    const seen = new Map<string, string>();
    for (const e of els as HTMLElement[]) if (!seen.has(e.dataset.figure!)) seen.set(e.dataset.figure!, e.id);
    return [...seen.values()];
  });
  expect(firstOf.length).toBeGreaterThan(2);
  for (const id of firstOf) {
    await page.keyboard.press('g');
    await page.keyboard.type(String(ids.indexOf(id) + 1));
    await page.keyboard.press('Enter');
    await expectAt(page, id);
    const figure = await page.locator(`.present-step#${id}`).getAttribute('data-figure');
    await expect(page.locator(`[data-layer="${figure}"]`)).toBeVisible();
  }
});

test("S shows the notes on the presenting screen only when asked; L shows the students' link and QR code; F asks for full screen", async ({ page }) => {
  const ids = await open(page);
  const notes = page.locator(`.present-step#${ids[0]} .present-notes`);
  await expect(notes).toBeHidden();
  await page.keyboard.press('s');
  await expect(notes).toBeVisible();
  await expect(page.locator('[data-action="notes"]')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-present-ready', 'true');
  await expect(notes).toBeHidden();

  await page.keyboard.press('l');
  const students = page.locator('[data-students]');
  await expect(students).toBeVisible();
  const url = await students.locator('[data-students-url]').innerText();
  expect(url).toMatch(/^https?:\/\/.+\/$/);
  expect(Number(await students.locator('svg[data-qr]').getAttribute('data-qr'))).toBeGreaterThanOrEqual(21);
  await expect(students.locator('svg[data-qr]')).toHaveAttribute('aria-label', new RegExp(url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  await page.keyboard.press('Escape');

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await expect(page.locator('[data-action="fullscreen"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
});

test('no console errors, no foreign or failed requests, axe clean with the overview and help open', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const watch = watchPage(page);
  const ids = await open(page);
  for (let i = 0; i < ids.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Home');
  for (const key of ['o', 'Escape', '?', 'Escape', 'l', 'Escape']) await page.keyboard.press(key);
  await page.keyboard.press('o');
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4)}`)).toEqual([]);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign(origin)).toEqual([]);
  expect(watch.failed).toEqual([]);
});
