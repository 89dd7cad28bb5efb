// Embeds in a newsroom's page on another origin (tests/e2e/fixtures/parentServer.ts), with the real parent
// libraries: pym.js and @newswire/frames resize the iframe to the embed's content height (within 2 px) at several
// widths and follow a change (content that grows, a resized window); frames-init sent by observeIframe() is
// answered; a WordPress-style sandbox="allow-scripts" frame with #?secret= gets its height and throws nothing;
// and the _headers rules let an embed be framed from another origin but not the story.
import { test, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startParentServer, type ParentServer } from './fixtures/parentServer';
import { outDir, watchPage } from './helpers';

const index = JSON.parse(readFileSync(join(outDir(), 'figures', 'index.json'), 'utf8')) as { step: string; figure: string }[];
// A sample picked from the loaded steps: the first map step and the first step of the first chart.
const mapStep = index.find((e) => e.figure === 'map')!;
const chartStep = index.find((e) => e.figure !== 'map')!;
const SAMPLE = [mapStep, chartStep];

let parent: ParentServer;
// Playwright passes the test info second; the first argument (fixtures) is not needed.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, info) => {
  parent = await startParentServer(Number(process.env.TEST_PORT ?? 4391) + 10 + info.parallelIndex);
});
test.afterAll(async () => parent?.close());

async function embedFrame(page: Page): Promise<Frame> {
  const el = page.locator('#embed iframe, iframe#embed').first();
  await expect(el).toBeAttached();
  const frame = await (await el.elementHandle())!.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-embed]', { state: 'attached' });
  await frame.waitForFunction(() => document.documentElement.dataset.embedReady === 'true');
  return frame;
}

/** Waits until the iframe's height equals the embed document's own height (within 2 px); returns both. */
async function heightsMatch(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  let last = { iframe: 0, content: 0 };
  await expect
    .poll(
      async () => {
        const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const iframe = await page
          .locator('#embed iframe, iframe#embed')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height);
        last = { iframe, content };
        return Math.abs(iframe - content) <= 2 && content > 100;
      },
      { timeout: 10_000, message: 'iframe height follows the embed content height' },
    )
    .toBe(true);
  return last;
}

for (const kind of ['pym', 'frames', 'frames-auto'] as const) {
  for (const e of SAMPLE) {
    test(`${kind} parent sizes /embed/${e.figure}/${e.step}/ to its content at 330, 660 and 1200 px, and follows changes`, async ({ page, baseURL }) => {
      const watch = watchPage(page);
      for (const w of [330, 660, 1200]) {
        await page.setViewportSize({ width: w + 40, height: 900 });
        await page.goto(parent.url(kind, `${baseURL}/embed/${e.figure}/${e.step}/`, w));
        const frame = await embedFrame(page);
        const h = await heightsMatch(page, frame);
        test.info().annotations.push({ type: 'height', description: `${kind} ${e.figure}/${e.step} at ${w}px: ${Math.round(h.content)}px` });
        // No scrollbars inside the frame: the document is no wider and no taller than the frame.
        const scroll = await frame.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
        expect(scroll.sw, 'no sideways scroll inside the frame').toBeLessThanOrEqual(scroll.cw);
      }
      // A change of content (a view toggle, a note that opens): the frame grows with it.
      const frame = await embedFrame(page);
      const before = await heightsMatch(page, frame);
      await frame.evaluate(() => {
        const d = document.createElement('div');
        d.style.height = '237px';
        d.dataset.testGrow = '';
        document.querySelector('[data-embed]')!.append(d);
      });
      const after = await heightsMatch(page, frame);
      expect(after.content - before.content).toBeGreaterThan(230);
      // A resized window: the parent's box (100% wide) narrows, and the frame follows the new height.
      await page.goto(parent.url(kind, `${baseURL}/embed/${e.figure}/${e.step}/`));
      await page.setViewportSize({ width: 1240, height: 900 });
      const wide = await heightsMatch(page, await embedFrame(page));
      await page.setViewportSize({ width: 420, height: 900 });
      const narrow = await heightsMatch(page, await embedFrame(page));
      expect(narrow.content).not.toBe(wide.content);
      expect(watch.errors, 'no errors in the parent or the embed').toEqual([]);
    });
  }
}

test('frames-init from observeIframe() is answered with the height', async ({ page, baseURL }) => {
  await page.goto(parent.url('frames', `${baseURL}/embed/${chartStep.figure}/${chartStep.step}/`, 660));
  const frame = await embedFrame(page);
  await heightsMatch(page, frame);
  // Forget the height, then let the parent say frames-init again: only the child's answer can restore it.
  await page.locator('iframe#embed').evaluate((el) => el.setAttribute('height', '20'));
  await expect.poll(() => page.locator('iframe#embed').evaluate((el) => el.getBoundingClientRect().height)).toBe(20);
  await page.waitForTimeout(300);
  expect(await page.locator('iframe#embed').evaluate((el) => el.getBoundingClientRect().height)).toBe(20);
  await page.evaluate(() => (window as unknown as { __observe: () => void }).__observe());
  await heightsMatch(page, frame);
});

test('pym width message (window resize) is answered with the height', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(parent.url('pym', `${baseURL}/embed/${mapStep.figure}/${mapStep.step}/`));
  const frame = await embedFrame(page);
  await heightsMatch(page, frame);
  // The child id pym gave the frame is the one it answers with.
  const src = await page.locator('#embed iframe').getAttribute('src');
  expect(src).toMatch(/[?&]childId=embed(&|$)/);
  expect(src).toMatch(/[?&]initialWidth=\d+/);
  await page.locator('#embed iframe').evaluate((el) => el.setAttribute('height', '20'));
  await page.setViewportSize({ width: 901, height: 900 });
  await heightsMatch(page, frame);
});

test('WordPress-style sandboxed frame (allow-scripts, opaque origin, #?secret=) gets its height and throws nothing', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await page.goto(parent.url('wordpress', `${baseURL}/embed/${mapStep.figure}/${mapStep.step}/`, 660));
  const frame = await embedFrame(page);
  expect(await frame.evaluate(() => origin), 'the sandboxed frame has an opaque origin').toBe('null');
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __wp: number[] }).__wp.at(-1) ?? 0)).toBeGreaterThan(0);
  const sent = await page.evaluate(() => (window as unknown as { __wp: number[] }).__wp.at(-1)!);
  expect(Math.abs(sent - content)).toBeLessThanOrEqual(2);
  expect(await page.locator('iframe#embed').getAttribute('height')).toBe(String(Math.min(Math.max(sent, 200), 1000)));
  // The scene is the step's (server HTML: right even before any script).
  expect(await frame.locator('[data-graphic]').getAttribute('data-active-scene')).toBeTruthy();
  expect(watch.errors).toEqual([]);
});

test('headers: an embed can be framed from another origin, the story cannot', async ({ page, baseURL, request }) => {
  const embeds = ['/embed/', `/embed/${mapStep.figure}/`, `/embed/${mapStep.figure}/${mapStep.step}/`];
  const pages = ['/', '/sources/', '/present/', '/teach/'];
  // Each language's pages and embeds, the same way (the header rules list them one by one).
  const all = [...pages, ...embeds].flatMap((p) => [p, `/pt${p}`, `/zh${p}`]);
  for (const path of all) {
    const res = await request.get(path);
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(res.headers()['referrer-policy'], path).toBeTruthy();
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toBe(/^(\/[a-z]{2})?\/embed\//.test(path) ? 'frame-ancestors *' : "frame-ancestors 'self'");
  }
  await page.goto(parent.url('plain', `${baseURL}/embed/${mapStep.figure}/${mapStep.step}/`));
  const ok = await embedFrame(page);
  expect(await ok.locator('[data-graphic]').count()).toBe(1);

  const refused: string[] = [];
  page.on('console', (m) => refused.push(m.text()));
  await page.goto(parent.url('plain', `${baseURL}/`));
  await page.waitForTimeout(1500);
  const frame = await (await page.locator('iframe#embed').elementHandle())!.contentFrame();
  const framed = await frame!.evaluate(() => !!document.querySelector('[data-scrolly]')).catch(() => false);
  expect(framed, 'the story did not render inside a foreign frame').toBe(false);
  expect(refused.join('\n')).toMatch(/frame-ancestors/);
});
