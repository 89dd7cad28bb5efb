// For the journalist: the story's Embed button opens a keyboard-operable dialog for the step on screen (focus
// trapped inside, Esc closes, focus returns to the button) with the three snippets, the link and the downloads,
// and Copy copies (or selects the text when the clipboard is refused). The builder at /embed/ changes the
// preview and the snippets with its choices, and the preview frame takes the embed's height.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir, scrollToStep, watchPage } from './helpers';

const index = JSON.parse(readFileSync(join(outDir(), 'figures', 'index.json'), 'utf8')) as { step: string; figure: string }[];

test('Embed dialog: for the step on screen, keyboard-operable, focus trapped and returned, snippets and downloads', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = watchPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.scrollDriver === 'ready');
  // A chart step in the middle of the story.
  const chart = index.find((e) => e.figure !== 'map')!;
  const i = await page.evaluate((id) => [...document.querySelectorAll('[data-step]')].findIndex((s) => s.id === id), chart.step);
  await scrollToStep(page, i);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', chart.step);

  const button = page.locator('[data-embed-open]');
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('[data-embed-dialog]');
  await expect(dialog).toBeVisible();
  const url = `${baseURL}/embed/${chart.figure}/${chart.step}/`;
  await expect(page.locator('#embed-snippet-link')).toHaveValue(url);
  await expect(page.locator('#embed-snippet-iframe')).toHaveValue(new RegExp(`^<iframe src="${url}" title="[^"]+"`));
  await expect(page.locator('#embed-snippet-pym')).toHaveValue(new RegExp(`data-pym-src="${url}"`));
  await expect(page.locator('#embed-snippet-frames')).toHaveValue(new RegExp(`data-frame-src="${url}"`));
  await expect(dialog.locator('[data-dl="png"]')).toHaveAttribute('href', new RegExp(`/figures/${chart.step}\\.png$`));
  await expect(dialog.locator('[data-dl="png2x"]')).toHaveAttribute('href', new RegExp(`/figures/${chart.step}@2x\\.png$`));
  await expect(dialog.locator('[data-dl="csv"]')).toHaveAttribute('href', new RegExp(`/embed/${chart.figure}/data\\.csv$`));
  // Every download link works.
  for (const a of await dialog.locator('[data-dl]').all()) {
    const href = (await a.getAttribute('href')) ?? '';
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
  }

  // Focus stays in the dialog however far one tabs.
  for (let k = 0; k < 25; k++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-embed-dialog]'))).toBe(true);
  }
  // Copy, by keyboard.
  await page.locator('[data-copy-for="embed-snippet-pym"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status="embed-snippet-pym"]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#embed-snippet-pym').inputValue());

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-embed-open'))).toBe(true);
  expect(watch.errors).toEqual([]);
});

test('Copy falls back to selecting the text when the clipboard is refused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/');
  await page.locator('[data-embed-open]').click();
  await page.locator('[data-copy-for="embed-snippet-iframe"]').click();
  await expect(page.locator('[data-copy-status="embed-snippet-iframe"]')).toHaveText(/copy it with your keyboard/);
  const sel = await page.evaluate(() => {
    const a = document.activeElement as HTMLTextAreaElement;
    return { id: a.id, all: a.selectionStart === 0 && a.selectionEnd === a.value.length && a.value.length > 0 };
  });
  expect(sel).toEqual({ id: 'embed-snippet-iframe', all: true });
});

test('builder: figure, step, theme and flags change the preview and the snippets; the preview takes its height', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await page.goto('/embed/');
  const frame = page.locator('[data-preview]');
  const last = index.filter((e) => e.figure === index[index.length - 1].figure).at(-1)!;
  await page.selectOption('#b-figure', last.figure);
  await page.selectOption('#b-step', last.step);
  await page.check('input[name="theme"][value="dark"]');
  await page.check('input[name="plain"]');
  const want = `${baseURL}/embed/${last.figure}/${last.step}/?theme=dark&plain=1`;
  await expect(frame).toHaveAttribute('src', want);
  await expect(page.locator('#builder-snippet-link')).toHaveValue(want);
  await expect(page.locator('#builder-snippet-pym')).toHaveValue(
    new RegExp(`data-pym-src="${want.replace(/[?&.]/g, (c) => `\\${c}`).replace(/&/g, '&amp;')}"`),
  );
  // Steps of other figures are not offered.
  const offered = await page.$$eval('#b-step optgroup:not([hidden]) option', (os) => os.map((o) => (o as HTMLOptionElement).dataset.figure));
  expect(new Set(offered)).toEqual(new Set([last.figure]));
  for (const w of [330, 510, 660, 930, 1200]) {
    await page.check(`input[name="width"][value="${w}"]`);
    await expect.poll(() => frame.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(w);
    const f = (await (await frame.elementHandle())!.contentFrame())!;
    await f.waitForFunction(() => document.documentElement.dataset.embedReady === 'true');
    await expect
      .poll(async () => {
        const content = await f.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const box = await frame.evaluate((el) => el.getBoundingClientRect().height);
        return Math.abs(content - box) <= 2;
      })
      .toBe(true);
  }
  expect(watch.errors).toEqual([]);
});
