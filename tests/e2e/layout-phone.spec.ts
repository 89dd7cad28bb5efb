// Phones: what a reader can see while a step is active, sampled on a grid over the viewport (elementsFromPoint).
// - Map steps: the map is the topmost thing at no less than a third of the points (the card is compact, and the
//   card of an earlier chart step does not linger over the map).
// - Chart steps: no point where the step's card and the chart are both under the finger (neither covers the
//   other), and the chart's box does not scroll by itself (its note and source are one button away).
// Positions: a step becomes active when its top crosses the trigger line (60% of the viewport, src/lib/scroll.ts)
// and is read while its own box scrolls past; the card is sampled at 15% and 30% of the step's height after it
// became active (the card has arrived and is being read) and the map at 30% and 50%. (The last step of a chapter
// stays active while the next chapter's heading scrolls in; that stretch is not sampled.)
import { test, expect, type Page } from '@playwright/test';

// On the short phone the cards are compact (smaller type, tighter box), so there too the card stays clear of the
// chart while it is read, not only as it arrives (it then scrolls under the chart, line by line).
const SIZES = [
  { width: 375, height: 812, cardAt: [0.15, 0.3] },
  { width: 320, height: 568, cardAt: [0.15, 0.3] },
];

/** Scrolls so that `id` has been active for `f` of its range, and waits until the stage shows it. */
async function scrollInto(page: Page, id: string, f: number) {
  await page.evaluate(
    ([stepId, frac]) => {
      const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
      const el = document.getElementById(stepId as string)!;
      const next = steps[steps.indexOf(el) + 1];
      const top = el.getBoundingClientRect().top + scrollY;
      const end = Math.min(next ? next.getBoundingClientRect().top + scrollY : Infinity, top + el.offsetHeight);
      scrollTo(0, top - Math.round(innerHeight * 0.6) + (end - top) * (frac as number));
    },
    [id, f] as const,
  );
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', id);
  // Let the 200 ms fade of an earlier card and any cross-fade settle.
  await page.waitForTimeout(300);
}

/** Samples a 16 px grid: the share of points where the active figure's layer is topmost, and the points where
 *  the step's card and something drawn in the chart's layer are both hit. */
async function sample(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const stage = document.querySelector<HTMLElement>('[data-graphic]')!;
    const layer = stage.querySelector(`[data-layer="${stage.dataset.activeFigure}"]`)!;
    const card = document.getElementById(stepId)!.querySelector('.step-card')!;
    let top = 0;
    let n = 0;
    const both: [number, number][] = [];
    for (let x = 4; x < innerWidth; x += 16)
      for (let y = 4; y < innerHeight; y += 16) {
        n++;
        const hits = document.elementsFromPoint(x, y);
        if (hits[0] && layer.contains(hits[0])) top++;
        if (hits.some((e) => card.contains(e)) && hits.some((e) => e !== layer && layer.contains(e))) both.push([x, y]);
      }
    const viz = layer.querySelector<HTMLElement>('[data-viz]');
    return { mapShare: top / n, both, scrolls: viz ? viz.scrollHeight - viz.clientHeight : 0 };
  }, id);
}

for (const size of SIZES) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, reducedMotion: 'reduce', isMobile: true, hasTouch: true });

    test('map steps leave a third of the screen to the map; chart steps never overlap their card', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      const steps = await page.$$eval('[data-step]', (els) => els.map((e) => ({ id: e.id, figure: (e as HTMLElement).dataset.figure! })));
      expect(steps.length).toBeGreaterThan(30);
      const problems: string[] = [];
      for (const s of steps) {
        if (s.figure === 'map') {
          for (const f of [0.3, 0.5]) {
            await scrollInto(page, s.id, f);
            const r = await sample(page, s.id);
            if (r.mapShare < 1 / 3) problems.push(`${s.id} @${f}: map topmost at ${(r.mapShare * 100).toFixed(0)}% of the screen`);
          }
        } else {
          for (const f of size.cardAt) {
            await scrollInto(page, s.id, f);
            const r = await sample(page, s.id);
            if (r.both.length) problems.push(`${s.id} @${f}: card and chart overlap at ${r.both.length} points, first ${r.both[0]}`);
            if (r.scrolls > 1) problems.push(`${s.id}: the chart box scrolls by itself (${r.scrolls} px)`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

test.describe('375x812 chart notes', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  test('a chart’s note and source are one button away, whole, and the button resets at the next step', async ({ page }) => {
    await page.goto('/');
    const id = await page.locator('[data-step][data-scene="hashrate-ban"]').first().getAttribute('id');
    await page.goto(`/#${id}`);
    const fig = page.locator('[data-graphic] [data-viz="hashrate"]');
    await expect(fig).toHaveAttribute('data-ready', 'true');
    const note = fig.locator('.chart-note');
    await expect(note).toBeHidden();
    const button = fig.locator('.chart-more');
    await expect(button).toHaveText('Notes and source');
    await button.click();
    await expect(button).toHaveText('Back to the chart');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(note).toBeVisible();
    await expect(fig.locator('.chart-source')).toBeVisible();
    // Nothing cut: the note's text is laid out in full (it may scroll into view inside the opened panel).
    const cut = await note.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || getComputedStyle(el).overflow === 'hidden');
    expect(cut).toBe(false);
    const other = await page.locator('[data-step][data-scene="hashrate-migration"]').first().getAttribute('id');
    await page.evaluate((s) => document.getElementById(s)!.scrollIntoView(), other!);
    await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-scene', 'hashrate-migration');
    await expect(note).toBeHidden();
  });
});

test.describe('compact cards on the smallest phone', () => {
  test.use({ viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
  test('chart steps’ cards and their closed claim boxes are compact at 320x568', async ({ page }) => {
    await page.goto('/');
    const sizes = await page.$$eval('[data-step]:not([data-figure="map"]) .step-card', (cards) =>
      cards.map((c) => ({
        id: c.closest('[data-step]')!.id,
        card: c.getBoundingClientRect().height,
        font: parseFloat(getComputedStyle(c).fontSize),
        claim: c.querySelector('[data-claim]')?.getBoundingClientRect().height ?? 0,
      })),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.claim > 0).length, 'some chart steps have a claim box').toBeGreaterThan(0);
    // Before: 576 px for the longest card at 17 px, 138 px for a closed claim box.
    for (const s of sizes) {
      expect(s.font, s.id).toBeLessThanOrEqual(15);
      expect(s.card, s.id).toBeLessThanOrEqual(440);
      expect(s.claim, s.id).toBeLessThanOrEqual(110);
    }
  });
});

test.describe('claim boxes', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('show the verdict; the claim, evidence and sources open on demand', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('[data-claim]').first();
    await expect(box.locator('.verdict')).toBeVisible();
    await expect(box.locator('.evidence')).toBeHidden();
    const h = (await box.boundingBox())!.height;
    expect(h).toBeLessThan(812 / 3);
    await box.locator('summary').click();
    await expect(box.locator('.evidence')).toBeVisible();
    await expect(box.locator('.sources a').first()).toBeVisible();
  });
});

test.describe('the end of the story', () => {
  test('a footer with a byline, the date and the credits', async ({ page }) => {
    await page.goto('/');
    const footer = page.locator('footer.story-footer');
    await expect(footer).toHaveCount(1);
    await expect(footer.locator('.byline')).not.toBeEmpty();
    const dt = await footer.locator('time').getAttribute('datetime');
    expect(dt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(footer).toContainText('Cambridge Centre for Alternative Finance');
    await expect(footer.getByRole('link', { name: 'Sources & methods' })).toHaveAttribute('href', /\/sources\/$/);
    // The footer comes after the last step.
    const after = await page.evaluate(() => {
      const steps = document.querySelectorAll('[data-step]');
      const last = steps[steps.length - 1];
      return !!(last.compareDocumentPosition(document.querySelector('footer.story-footer')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });
  test('the Pause control says its name with a space between icon and words', async ({ page }) => {
    await page.goto('/');
    const text = await page.locator('[data-pause]').evaluate((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(text).toBe('❚❚ Pause motion');
  });
});
