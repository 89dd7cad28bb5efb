// Print, checked with Chromium's PDF output: /teach/ as a handout on A4 and Letter, and the story unrolled. The
// page count must fall in the stated range, no page may be blank, nothing may stick out of the page, and in the
// printed layout every question (kit) or every step with its own figure (story) is shown, the site chrome hidden
// and every link's address printed. Measured on 2 December 2026: the kit 18 pages on A4 and on Letter, the story 29 on A4; the ranges below allow for edits.
import { test, expect, type Page } from '@playwright/test';
import { pdfPages } from './pdf';

// CSS px of the printable width: A4 210 mm and Letter 8.5 in, minus the 14 mm side margins of global.css.
const FORMATS = { A4: { width: 794 - 106 }, Letter: { width: 816 - 106 } } as const;

async function printed(page: Page, path: string, format: keyof typeof FORMATS) {
  await page.goto(path, { waitUntil: 'networkidle' });
  const pdf = await page.pdf({ format, printBackground: true });
  const pages = pdfPages(pdf);
  await page.setViewportSize({ width: FORMATS[format].width, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return pages;
}

async function expectClean(page: Page) {
  const chrome = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header, .skip-link, .toc, [data-graphic], .sw-notice')]
      .filter((e) => getComputedStyle(e).display !== 'none')
      .map((e) => e.className),
  );
  expect(chrome, 'navigation and stage are not printed').toEqual([]);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide, 'nothing is wider than the printed page').toBeLessThanOrEqual(0);
}

for (const format of ['A4', 'Letter'] as const) {
  test(`/teach/ prints as a clean handout on ${format}`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = await printed(page, '/teach/', format);
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(24);
    expect(
      pages.map((p, i) => ({ page: i + 1, blank: p.texts === 0 && p.images === 0 })).filter((p) => p.blank),
      'blank pages',
    ).toEqual([]);
    await expectClean(page);
    // Every question, visible in the printed layout, with its figure loaded.
    const questions = await page.locator('[data-question-step]').evaluateAll((els) =>
      els.map((el) => {
        const img = el.querySelector('img')!;
        const q = el.querySelector('.q-text') as HTMLElement;
        return {
          id: (el as HTMLElement).dataset.questionStep,
          shown: q.offsetHeight > 0 && getComputedStyle(q).visibility === 'visible',
          img: img.complete && img.naturalWidth > 0 && img.offsetHeight > 0,
        };
      }),
    );
    expect(questions.length).toBeGreaterThan(20);
    expect(questions.filter((q) => !q.shown || !q.img)).toEqual([]);
    // Sections start on new pages; links print their address.
    expect(await page.locator('#questions').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    const after = await page.locator('a[data-print-url]').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
    expect(after.length).toBeGreaterThan(40);
    for (const c of after) expect(c).toMatch(/^" \(https?:\/\/[^"]+\)"$/);
  });
}

test('the story prints unrolled: every step with its own figure, no stage, no blank page', async ({ page }) => {
  test.setTimeout(180_000);
  const pages = await printed(page, '/', 'A4');
  expect(pages.length).toBeGreaterThanOrEqual(20);
  expect(pages.length).toBeLessThanOrEqual(45);
  expect(pages.map((p, i) => ({ page: i + 1, blank: p.texts === 0 && p.images === 0 })).filter((p) => p.blank)).toEqual([]);
  await expectClean(page);
  const steps = await page.locator('[data-step]').evaluateAll((els) =>
    els.map((el) => {
      const card = el.querySelector('.step-card') as HTMLElement;
      const img = el.querySelector('img.step-figure') as HTMLImageElement;
      return {
        id: el.id,
        text: card.offsetHeight > 0 && card.innerText.trim().length > 40,
        figure: !!img && img.offsetHeight > 0 && img.complete && img.naturalWidth > 0 && img.getAttribute('src')!.endsWith(`figures/${el.id}.svg`),
      };
    }),
  );
  expect(steps.length).toBeGreaterThan(20);
  expect(steps.filter((s) => !s.text || !s.figure)).toEqual([]);
});
