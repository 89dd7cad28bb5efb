// The lesson kit (/teach/): every step's question beside its figure, the glossary terms, the calculator activity
// (each link opens the calculator with its preset's settings), the claims exercise with its answers, links to
// present and to the sources, and the page's quality gates. Questions and presets are read from the content and
// the data, not typed here.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { watchPage } from './helpers';
import { presets } from '../../src/data/energy';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function frontmatter(dir: string): Record<string, unknown>[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]) as Record<string, unknown>);
}
const steps = frontmatter('content/en/story') as { id: string; question: string }[];

test('every step has its question beside its static figure, in story order', async ({ page }) => {
  await page.goto('/teach/');
  const shown = page.locator('#questions [data-question-step]');
  await expect(shown).toHaveCount(steps.length);
  expect(await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.questionStep))).toEqual(steps.map((s) => s.id));
  for (const s of steps) {
    const item = page.locator(`#q-${s.id}`);
    if (!s.question.includes('{{')) await expect(item.locator('.q-text')).toHaveText(s.question);
    expect(await item.locator('img').getAttribute('src')).toMatch(new RegExp(`figures/${s.id}\\.svg$`));
    expect((await item.locator('img').getAttribute('alt'))?.length).toBeGreaterThan(20);
  }
});

test('the kit has the plans, goals, chapters, glossary and the links to present and check', async ({ page, request }) => {
  await page.goto('/teach/');
  await expect(page.locator('[data-plan]')).toHaveCount(2);
  await expect(page.locator('[data-plan]').first()).toContainText('45');
  expect(await page.locator('#goals li').count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('#chapters li a[href^="#q-"]').count()).toBeGreaterThanOrEqual(6);
  const terms = (await page.locator('[data-term]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term!.toLowerCase()))).join('|');
  for (const want of ['token', 'hashrate', 'eh/s', 'pue', 'uhv line', 'mixture of experts', 'inference', 'openrouter']) expect(terms, want).toContain(want);
  // Every in-page link lands on an element; every link to a page or file answers.
  for (const href of await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(await page.locator(href).count(), href).toBe(1);
  }
  const others = await page.locator('main a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[0]))]);
  for (const href of others) expect((await request.get(href)).status(), href).toBe(200);
  await expect(page.locator('a[href$="present/"]').first()).toBeVisible();
  await expect(page.locator('a[href$="sources/"]').first()).toBeVisible();
  await expect(page.locator('a[download][href$=".zip"]')).toHaveCount(1);
});

test('each activity link opens the calculator with its preset settings', async ({ page }) => {
  await page.goto('/teach/');
  const items = page.locator('#activity [data-preset]');
  expect(await items.count()).toBeGreaterThan(0);
  const ids = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.preset!));
  for (const [i, id] of ids.entries()) {
    const preset = presets.find((p) => p.id === id)!;
    const href = (await items.nth(i).locator('a').first().getAttribute('href'))!;
    const url = new URL(href, 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      w: String(preset.settings.watts),
      pue: String(preset.settings.pue),
      tps: String(preset.settings.tokensPerSecond),
      c: String(preset.settings.centsPerKwh),
    });
    expect(await items.nth(i).locator('li').count()).toBeGreaterThan(0);
  }
  // Follow the first: the story opens at the calculator, which shows those settings.
  const first = presets.find((p) => p.id === ids[0])!;
  await items.first().locator('a').first().click();
  await expect(page.locator('[data-layer="energy"] [data-viz]').first()).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const values = await page.locator('[data-layer="energy"] input[type="number"]').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
  for (const v of [first.settings.watts, first.settings.pue, first.settings.tokensPerSecond, first.settings.centsPerKwh])
    expect(values, String(v)).toContain(v);
});

test('the claims exercise lists every claim, with the answers at the end', async ({ page }) => {
  const claims = frontmatter('content/en/claims');
  await page.goto('/teach/');
  await expect(page.locator('[data-claim-exercise]')).toHaveCount(claims.length);
  await expect(page.locator('#claims .answers li')).toHaveCount(claims.length);
  // The exercise itself does not give the verdict away; the answer key does.
  for (const word of ['Holds', 'Partly holds', 'Not supported', 'Unverified']) await expect(page.locator('#claims .claims')).not.toContainText(word);
  expect(await page.locator('#claims .answers').innerText()).toMatch(/Holds|Partly holds|Not supported|Unverified/);
});

test('/teach/: no console errors, no foreign or failed requests, axe clean, no sideways scroll at 320 px', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const watch = watchPage(page);
  await page.goto('/teach/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).slice(0, 4)}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign(origin)).toEqual([]);
  expect(watch.failed).toEqual([]);
});
