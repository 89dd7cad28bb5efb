// The notes window (/present/notes/) and the presenter in two pages of one context: they drive each other both
// ways over the BroadcastChannel, re-sync after either reloads or when the notes window opens first, several notes
// windows follow one presenter, and crafted or malformed channel messages are ignored without an error and never
// reach the DOM. Also what the notes window shows (notes and question from the content, next step's preview,
// timer and clock) and its quality gates.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { watchPage } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every English step's front matter, read from the content files (a sample is compared with the page). */
function stepFiles(): { id: string; notes: string; question: string }[] {
  const root = 'content/en/story';
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parse(readFileSync(join(root, f), 'utf8').split(/^---$/m)[1]) as { id: string; notes: string; question: string });
}

async function presenter(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/present/${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-present-ready', 'true');
  return page;
}
async function notes(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/present/notes/');
  await expect(page.locator('html')).toHaveAttribute('data-notes-ready', 'true');
  return page;
}
const at = (page: Page, id: string) => expect(page.locator('html')).toHaveAttribute('data-current-step', id, { timeout: 1000 });
const idsOf = (page: Page) => page.$$eval('.present-step[data-step]', (els) => els.map((e) => e.id));

test('presenter and notes drive each other both ways', async ({ context }) => {
  const p = await presenter(context);
  const n = await notes(context);
  const ids = await idsOf(p);
  await at(n, ids[0]);
  await expect(n.locator('html')).toHaveAttribute('data-connected', 'true');
  await p.keyboard.press('ArrowRight');
  await at(n, ids[1]);
  await n.locator('[data-notes-action="next"]').click();
  await at(p, ids[2]);
  await at(n, ids[2]);
  await n.locator('[data-notes-action="prev"]').click();
  await at(p, ids[1]);
  await n.locator('#notes-jump').selectOption(ids[7]);
  await n.getByRole('button', { name: 'Go', exact: true }).click();
  await at(p, ids[7]);
  // Black screen from the notes window, and back from the presenter's key.
  await n.locator('[data-notes-action="black"]').click();
  await expect(p.locator('html')).toHaveAttribute('data-blackout', 'true', { timeout: 1000 });
  await expect(n.locator('[data-notes-action="black"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(n.locator('[data-status-black]')).toBeVisible();
  await p.keyboard.press('b');
  await expect(n.locator('[data-notes-action="black"]')).toHaveAttribute('aria-pressed', 'false', { timeout: 1000 });
  await expect(p.locator('html')).toHaveAttribute('data-blackout', 'false');
});

test('either window can reload or open first, and several notes windows follow one presenter', async ({ context }) => {
  const n1 = await notes(context);
  await expect(n1.locator('[data-status-waiting]')).toBeVisible();
  const p = await presenter(context);
  const ids = await idsOf(p);
  const mid = ids[Math.floor(ids.length / 2)];
  await p.evaluate((id) => (location.hash = `#${id}`), mid);
  await at(n1, mid);
  await expect(n1.locator('[data-status-connected]')).toBeVisible();
  const n2 = await notes(context);
  await at(n2, mid);
  await p.keyboard.press('ArrowRight');
  const next = ids[ids.indexOf(mid) + 1];
  await at(n1, next);
  await at(n2, next);
  await n2.reload();
  await at(n2, next);
  await p.reload();
  await at(p, next);
  await p.keyboard.press('ArrowRight');
  await at(n1, ids[ids.indexOf(next) + 1]);
  await at(n2, ids[ids.indexOf(next) + 1]);
});

test('crafted and malformed channel messages are ignored without an error and never reach the DOM', async ({ context }) => {
  const p = await presenter(context);
  const n = await notes(context);
  const errors = [...[p, n].map((pg) => watchPage(pg))];
  const ids = await idsOf(p);
  await p.keyboard.press('ArrowRight');
  await at(n, ids[1]);
  // A third page of the same origin (the kit) plays the attacker: same channel, anything it likes.
  const evil = await context.newPage();
  await evil.goto('/teach/');
  const name = await p.evaluate(
    () =>
      `tokens-abroad-present:${document
        .querySelector('[data-notes-link]')!
        .getAttribute('href')!
        .replace(/present\/notes\/$/, '')}`,
  );
  const sent = await evil.evaluate(
    ({ name, ids }) => {
      const ch = new BroadcastChannel(name);
      const bad: unknown[] = [
        null,
        'go',
        42,
        [1, 'go', ids[5]],
        {},
        { type: 'go', step: ids[5] },
        { v: 2, type: 'go', step: ids[5] },
        { v: 1, type: 'navigate', url: 'javascript:alert(1)' },
        { v: 1, type: 'go', step: 'javascript:window.__pwned=1' },
        { v: 1, type: 'go', step: `<img src=x onerror="window.__pwned=1">` },
        { v: 1, type: 'go', step: 'no-such-step' },
        { v: 1, type: 'go', step: [ids[5]] },
        { v: 1, type: 'state', step: `${ids[5]}"><script>window.__pwned=1</script>`, black: false },
        { v: 1, type: 'state', step: ids[5] },
        { v: 1, type: 'black', on: 'true' },
        { method: 'slide', args: [5] },
        { v: 1, type: 'go', step: ids[5].repeat(30) },
      ];
      for (const m of bad) ch.postMessage(m);
      return bad.length;
    },
    { name, ids },
  );
  expect(sent).toBeGreaterThan(10);
  await p.waitForTimeout(500);
  for (const pg of [p, n]) {
    await at(pg, ids[1]);
    expect(await pg.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await pg.locator('script:not([src]):not([type="application/json"])').evaluateAll((s) => s.filter((e) => e.textContent?.includes('__pwned')).length),
    ).toBe(0);
    expect(await pg.locator('img[src="x"]').count()).toBe(0);
  }
  await expect(p.locator('html')).toHaveAttribute('data-blackout', 'false');
  for (const w of errors) expect(w.errors).toEqual([]);
  // The same page with a well-formed message does move the presenter: the channel itself works.
  await evil.evaluate(({ name, id }) => new BroadcastChannel(name).postMessage({ v: 1, type: 'go', step: id }), { name, id: ids[5] });
  await at(p, ids[5]);
  await at(n, ids[5]);
});

test("the notes window shows the step's notes and question, the next step's preview, a timer and the clock", async ({ context }) => {
  const p = await presenter(context);
  const n = await notes(context);
  const ids = await idsOf(p);
  const files = new Map(stepFiles().map((s) => [s.id, s]));
  for (const i of [0, Math.floor(ids.length / 2), ids.length - 1]) {
    await p.evaluate((id) => (location.hash = `#${id}`), ids[i]);
    await at(n, ids[i]);
    const shown = n.locator(`[data-note-step="${ids[i]}"]`);
    await expect(shown).toBeVisible();
    await expect(n.locator('[data-note-step]:visible')).toHaveCount(1);
    const f = files.get(ids[i])!;
    // Notes without figure tokens are shown word for word.
    if (!f.notes.includes('{{')) await expect(shown.locator('.notes-text')).toHaveText(f.notes);
    if (!f.question.includes('{{')) await expect(shown.locator('.question')).toHaveText(f.question);
    const next = ids[i + 1];
    if (next) {
      const preview = n.locator(`[data-next-step="${next}"]`);
      await expect(preview).toBeVisible();
      await expect(n.locator('[data-next-step]:visible')).toHaveCount(1);
      const img = preview.locator('img');
      expect(await img.getAttribute('src')).toMatch(new RegExp(`figures/${next}\\.svg$`));
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    } else {
      await expect(n.locator('[data-last-step]')).toBeVisible();
      await expect(n.locator('[data-next-step]:visible')).toHaveCount(0);
    }
  }
  const elapsed = n.locator('[data-elapsed]');
  const first = await elapsed.innerText();
  await expect.poll(() => elapsed.innerText(), { timeout: 3000 }).not.toBe(first);
  expect(await elapsed.innerText()).toMatch(/^\d+:\d\d$/);
  expect(await n.locator('[data-clock]').innerText()).toMatch(/\d{1,2}:\d\d/);
  // The timer survives a reload of the notes window and resets on request.
  await n.waitForTimeout(1100);
  await n.reload();
  await expect(n.locator('html')).toHaveAttribute('data-notes-ready', 'true');
  expect(await elapsed.innerText()).not.toBe('0:00');
  await n.locator('[data-reset-timer]').click();
  await expect(elapsed).toHaveText('0:00');
});

test('notes window: no console errors, no foreign or failed requests, axe clean, no sideways scroll at 320 px', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const watch = watchPage(page);
  await page.goto('/present/notes/');
  await expect(page.locator('html')).toHaveAttribute('data-notes-ready', 'true');
  await page.locator('[data-notes-action="next"]').click();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).slice(0, 4)}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign(origin)).toEqual([]);
  expect(watch.failed).toEqual([]);
});
