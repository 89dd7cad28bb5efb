// Quality gates for every page of the built site (pages are discovered from the build output, see helpers.ts):
// no console/page errors while loading and scrolling, no request to another origin, no failed request (favicon
// included), zero axe violations at WCAG 2.2 A/AA at the start, middle and end of the story, no sideways
// scrolling at 375 and 320 px, a working skip link, and no focused element hidden behind the sticky graphic.
// Scroll behaviour itself (active steps, deep links) is tested in scroll*.spec.ts, not here.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitePages, scrollThrough, watchPage, settle, scrollToStep } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = { desktop: { width: 1280, height: 720 }, phone: { width: 375, height: 812 } };

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map(
    (v) =>
      `[${where}] ${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 6)
        .map((n) => `    ${n.target.join(' ')} :: ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 220)}`)
        .join('\n') +
      (v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : ''),
  );
}

/** Elements sticking out to the right of the layout viewport, for a readable failure message. */
async function overflowing(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const cw = doc.clientWidth;
    const culprits: string[] = [];
    // Content inside a scrolling or clipping box (a wide table in overflow:auto) does not widen the page.
    const clipped = (el: Element) => {
      for (let n = el.parentElement; n && n !== document.body; n = n.parentElement) {
        if (getComputedStyle(n).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > cw + 1 && culprits.length < 8 && !clipped(el)) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        culprits.push(`${el.tagName.toLowerCase()}${id}${cls} right=${Math.round(r.right)}`);
      }
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: cw, culprits };
  });
}

/** Describes the focused element and whether a reader can see it: inside the viewport and on top at its centre. */
async function focusReport(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    // Remember visited elements so a wrap-around to the first stop ends the walk.
    const w = window as unknown as { __qaSeen?: WeakSet<Element> };
    w.__qaSeen ??= new WeakSet();
    const repeat = w.__qaSeen.has(el);
    w.__qaSeen.add(el);
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const tall = r.height > vh || r.width > vw;
    const inView = tall ? r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw : r.top >= -1 && r.left >= -1 && r.bottom <= vh + 1 && r.right <= vw + 1;
    // The centre of each line box (a link wrapping onto two lines has an empty gap at its bounding-box centre),
    // clamped to the visible part of the box (a tall element only needs its visible part on top).
    const rects = [...el.getClientRects()].filter((c) => c.width > 0 && c.height > 0);
    let hit: Element | null = null;
    let onTop = rects.length > 0;
    for (const c of rects.length ? rects : [r]) {
      const x = (Math.max(c.left, 0) + Math.min(c.right, vw)) / 2;
      const y = (Math.max(c.top, 0) + Math.min(c.bottom, vh)) / 2;
      const h = document.elementFromPoint(x, y);
      if (!h || !(h === el || el.contains(h))) {
        onTop = false;
        hit = h;
        break;
      }
    }
    const desc = (n: Element | null) =>
      n
        ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.getAttribute('class') ? `.${n.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}` +
          `${n.getAttribute('href') ? `[href="${n.getAttribute('href')}"]` : ''}${n.textContent?.trim() ? ` "${n.textContent.trim().slice(0, 40)}"` : ''}`
        : 'nothing';
    return {
      desc: desc(el),
      hit: desc(hit),
      inView,
      onTop,
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} in ${vw}x${vh}`,
      inStory: !!el.closest('[data-scrolly]'),
      repeat,
    };
  });
}

for (const p of sitePages()) {
  test.describe(`quality ${p.path}`, () => {
    // Generous: these walk whole pages, and the machine is shared with other builds.
    test.describe.configure({ timeout: 120_000 });
    test('loads and scrolls with no errors, no foreign or failed requests, and a working favicon', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const watch = watchPage(page);
      await page.goto(p.path, { waitUntil: 'load' });
      await scrollThrough(page);
      // Scroll back up as a reader would: figures must cope with going backwards too.
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);

      // Headless Chromium does not always fetch the favicon by itself, so fetch every declared icon.
      const icons = await page.$$eval('link[rel~="icon"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect.soft(icons.length, 'the page declares a favicon (<link rel="icon">)').toBeGreaterThan(0);
      for (const href of icons) {
        const res = await page.request.get(href);
        expect.soft(res.status(), `favicon ${href} loads`).toBe(200);
        expect.soft(res.headers()['content-type'] ?? '', `favicon ${href} is an image`).toMatch(/^image\//);
        expect.soft(new URL(href).origin, `favicon ${href} is same-origin`).toBe(origin);
      }

      if (watch.warnings.length) test.info().annotations.push({ type: 'console warnings', description: watch.warnings.join('\n') });
      expect.soft(watch.errors, 'console errors / page errors while loading and scrolling').toEqual([]);
      expect.soft(watch.foreign(origin), `requests to origins other than ${origin}`).toEqual([]);
      expect.soft(watch.failed, 'requests that failed or returned >= 400').toEqual([]);
      expect(watch.requests.length, 'the request log recorded the page itself').toBeGreaterThan(0);
    });

    for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
      test(`zero axe violations (WCAG 2.2 A/AA) at load, mid-story and end, ${vpName}`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await page.goto(p.path, { waitUntil: 'load' });
        await settle(page);
        const found: string[] = [];
        found.push(...(await axeViolations(page, `${vpName} load`)));
        const steps = await page.locator('[data-step]').count();
        if (steps > 0) {
          // Jumping straight there hydrates the islands in view (client:visible) and switches the sticky graphic.
          const mid = await scrollToStep(page, Math.floor(steps / 2));
          found.push(...(await axeViolations(page, `${vpName} middle step #${mid}`)));
          const last = await scrollToStep(page, -1);
          found.push(...(await axeViolations(page, `${vpName} last step #${last}`)));
        } else if ((await page.locator('astro-island').count()) > 0) {
          // Islands elsewhere on the page hydrate as they come into view: check them hydrated too.
          await scrollThrough(page, { fraction: 1, pauseMs: 60 });
          found.push(...(await axeViolations(page, `${vpName} after scrolling through`)));
        }
        expect(found, 'axe violations').toEqual([]);
      });
    }

    for (const width of [375, 320]) {
      test.describe(`at ${width} px`, () => {
        test.use({ viewport: { width, height: 720 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
        test(`no sideways scrolling at ${width} px, anywhere in the page`, async ({ page }) => {
          await page.goto(p.path, { waitUntil: 'load' });
          const bad: string[] = [];
          await scrollThrough(page, {
            onStep: async (y) => {
              const o = await overflowing(page);
              if (o.scrollWidth > o.clientWidth && bad.length < 5) {
                bad.push(`at scrollY=${Math.round(y)}: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}; ${o.culprits.join(', ')}`);
              }
            },
          });
          expect(bad, `document wider than the ${width} px viewport`).toEqual([]);
        });
      });
    }

    if (p.kind === 'page') {
      test('Tab reaches the skip link first and following it moves focus to main', async ({ page }) => {
        await page.goto(p.path, { waitUntil: 'load' });
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const a = document.activeElement as HTMLAnchorElement | null;
          const r = a?.getBoundingClientRect();
          return {
            tag: a?.tagName.toLowerCase(),
            href: a?.getAttribute('href') ?? null,
            text: a?.textContent?.trim() ?? '',
            visible: !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight,
          };
        });
        expect(first.tag, 'first Tab stop is a link').toBe('a');
        expect(first.href, 'first Tab stop is a skip link to main').toMatch(/^#./);
        expect(first.text, 'skip link has text').not.toBe('');
        expect(first.visible, 'skip link is visible when focused').toBe(true);
        const targetIsMain = await page.evaluate((href) => {
          const t = document.getElementById(href!.slice(1));
          return !!t && (t.tagName === 'MAIN' || t.getAttribute('role') === 'main');
        }, first.href);
        expect(targetIsMain, `skip link target ${first.href} is the <main> element`).toBe(true);
        await page.keyboard.press('Enter');
        await settle(page);
        const focus = await page.evaluate(() => {
          const a = document.activeElement;
          const main = document.querySelector('main, [role="main"]');
          return { inMain: !!main && !!a && (a === main || main.contains(a)), active: a ? a.tagName.toLowerCase() + (a.id ? `#${a.id}` : '') : 'none' };
        });
        let hint = '';
        if (!focus.inMain) {
          // Diagnostic only: Chromium moves the sequential-navigation start point, so the next Tab may still land in main.
          await page.keyboard.press('Tab');
          const next = await page.evaluate(() => !!document.activeElement?.closest('main, [role="main"]'));
          hint = next ? ' (the next Tab does land inside main, but focus itself stays put)' : ' (and the next Tab does not land inside main either)';
        }
        expect(focus.inMain, `after following the skip link, focus is on main: it is on ${focus.active}${hint}; give <main> tabindex="-1"`).toBe(true);
      });
    }

    for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
      test(`every Tab stop is visible, never hidden behind the sticky graphic, ${vpName}`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await page.goto(p.path, { waitUntil: 'load' });
        await scrollThrough(page, { fraction: 1, pauseMs: 60 }); // hydrate every island first: they may add controls
        await page.evaluate(() => window.scrollTo(0, 0));
        await settle(page);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const hidden: string[] = [];
        let stops = 0;
        let storyStops = 0;
        for (let i = 0; i < 300; i++) {
          await page.keyboard.press('Tab');
          await settle(page, 60);
          const f = await focusReport(page);
          if (!f) break; // focus left the document: every stop visited
          if (f.repeat) break; // wrapped around to a stop already checked
          stops++;
          if (f.inStory) storyStops++;
          if (!f.inView || !f.onTop) {
            hidden.push(`${f.desc} box ${f.box}: ${!f.inView ? 'outside the viewport' : `covered by ${f.hit}`}`);
          }
        }
        test.info().annotations.push({ type: 'tab stops', description: `${stops} stops, ${storyStops} inside scrolly sections` });
        expect(stops, 'the page has at least one Tab stop').toBeGreaterThan(0);
        expect(hidden, 'focused elements a keyboard user cannot see').toEqual([]);
      });
    }
  });
}
