// Print, checked in Chromium's PDF output (page.pdf(), read back with pdf.js in tests/e2e/pdf.ts): /teach/ as a
// handout on A4 and Letter, and the story unrolled on A4. In the PDF's own text: every discussion question, every
// section heading, every link's printed address (kit); every step's paragraphs in reading order (story); each
// figure's labels beside its question or step, so the figure itself is printed; no page without text or image; no
// text outside the printable box (cut at an edge); the page count in the stated range. In the print-emulated page:
// the site chrome and the stage hidden, nothing wider than the page, the questions section on a new page.
// Measured on 2 December 2026: the kit 16 pages on A4 and 17 on Letter, the story 23 on A4; the ranges allow for edits.
import { test, expect, type Page } from '@playwright/test';
import { pdfPages, pdfIndex, findBlock, placeAt, comparePlaces, textBetween, squeeze, blankPages, outsideTexts, type PdfIndex, type PdfPlace } from './pdf';

// CSS px of the printable width: A4 210 mm and Letter 8.5 in, minus the 14 mm side margins of global.css.
const FORMATS = { A4: { width: 794 - 106, points: [595, 842] }, Letter: { width: 816 - 106, points: [612, 792] } } as const;
// The @page margins of global.css, in mm.
const MARGINS = { top: 14, right: 14, bottom: 16, left: 14 };

async function printed(page: Page, path: string, format: keyof typeof FORMATS) {
  await page.goto(path, { waitUntil: 'networkidle' });
  // The figures are lazy images. Chromium's print preview loads every lazy image before it prints; page.pdf()
  // prints at once, so do what the preview does and wait until every image is decoded.
  const broken = await page.evaluate(async () => {
    const imgs = [...document.images];
    for (const img of imgs) img.loading = 'eager';
    await Promise.all(imgs.map((img) => img.decode().catch(() => undefined)));
    return imgs.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.getAttribute('src'));
  });
  expect(broken, 'every image loads').toEqual([]);
  const pages = await pdfPages(await page.pdf({ format, printBackground: true }));
  for (const p of pages) {
    expect(Math.abs(p.width - FORMATS[format].points[0]), `page ${p.n} is ${format} wide`).toBeLessThan(2);
    expect(Math.abs(p.height - FORMATS[format].points[1]), `page ${p.n} is ${format} tall`).toBeLessThan(2);
  }
  expect(blankPages(pages), 'pages with no text and no image').toEqual([]);
  expect(outsideTexts(pages, MARGINS), 'text outside the printable box (cut at an edge)').toEqual([]);
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

interface Passage {
  /** What the passage is, for the failure message. */
  what: string;
  text: string;
}

/**
 * Finds each passage in the PDF as a block of its own (see findBlock), each placed below the one before (by page
 * and height on the page, not by where the PDF happens to draw it: a positioned box is drawn after the others).
 */
function findInOrder<P extends Passage>(index: PdfIndex, passages: P[]) {
  let from = 0;
  let before: PdfPlace | null = null;
  return passages.map((p) => {
    const found = findBlock(index, p.text, from) ?? findBlock(index, p.text, 0);
    if (!found) return { ...p, start: null, end: null, where: 'not printed' };
    const start = placeAt(index, found.at);
    const end = placeAt(index, found.end - 1);
    const where = !before || comparePlaces(start, before) > 0 ? 'in order' : `out of order, on page ${start.page}`;
    from = found.end;
    before = end;
    return { ...p, start, end, where };
  });
}

/**
 * The labels of each figure (its SVG's text elements), squeezed, at least 3 characters, without repeats, and
 * without those the figure before or after also has (a series of maps shares place names and source lines), so
 * the labels found beside a figure are its own.
 */
async function figureLabels(page: Page, srcs: string[]): Promise<string[][]> {
  const texts = await page.evaluate(async (urls) => {
    return Promise.all(
      urls.map(async (url) => {
        const svg = new DOMParser().parseFromString(await (await fetch(url)).text(), 'image/svg+xml');
        return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
      }),
    );
  }, srcs);
  const labels = texts.map((ls) => new Set(ls.map(squeeze).filter((l) => l.length >= 3)));
  return labels.map((ls, i) => [...ls].filter((l) => !labels[i - 1]?.has(l) && !labels[i + 1]?.has(l)));
}

/** Figures (by index) of which more than half the labels are not printed in the stretch given for each. */
function unlabelled(index: PdfIndex, figures: { src: string; labels: string[]; after: PdfPlace | null; before: PdfPlace | null }[]) {
  return figures
    .map((f) => {
      const stretch = textBetween(index, f.after ?? { page: 0, top: 0 }, f.before);
      return { figure: f.src, page: f.after?.page, missing: f.labels.filter((l) => !stretch.includes(l)), of: f.labels.length };
    })
    .filter((f) => f.of === 0 || f.missing.length > f.of / 2);
}

const notInOrder = (found: { what: string; where: string }[]) => found.filter((f) => f.where !== 'in order').map((f) => `${f.what}: ${f.where}`);

for (const format of ['A4', 'Letter'] as const) {
  test(`/teach/ prints as a clean handout on ${format}`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = await printed(page, '/teach/', format);
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(24);
    await expectClean(page);
    expect(await page.locator('#questions').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    const index = pdfIndex(pages);

    // Every section heading, in order.
    const headings = await page
      .locator('main h1, main .kit-section h2, main .kit-section h3')
      .evaluateAll((els) => els.map((el) => ({ what: `heading "${el.textContent!.trim()}"`, text: el.textContent! })));
    expect(headings.length).toBeGreaterThan(10);
    expect(notInOrder(findInOrder(index, headings)), 'headings not printed, or out of order').toEqual([]);

    // Every discussion question, in order, with its own figure in its row (the figure stands left of the question:
    // its labels are printed between the question before and the question after).
    const questions = await page.locator('[data-question-step]').evaluateAll((els) =>
      els.map((el) => ({
        what: `question of ${(el as HTMLElement).dataset.questionStep}`,
        text: el.querySelector('.q-text')!.textContent!,
        src: el.querySelector('img')!.getAttribute('src')!,
      })),
    );
    expect(questions.length).toBeGreaterThan(20);
    const found = findInOrder(index, questions);
    expect(notInOrder(found), 'questions not printed, or out of order').toEqual([]);
    const labels = await figureLabels(
      page,
      questions.map((q) => q.src),
    );
    const figures = found.map((q, i) => ({ src: q.src, labels: labels[i], after: found[i - 1]?.end ?? null, before: found[i + 1]?.start ?? null }));
    expect(unlabelled(index, figures), 'figures whose labels are not printed beside their question').toEqual([]);

    // Every link prints its address.
    const urls = await page.locator('a[data-print-url]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.printUrl!));
    expect(urls.length).toBeGreaterThan(40);
    expect(
      urls.filter((u) => !index.text.includes(squeeze(u))),
      'link addresses not printed',
    ).toEqual([]);
  });
}

test('the story prints unrolled: every step with its own figure, no stage, no blank page', async ({ page }) => {
  test.setTimeout(180_000);
  const pages = await printed(page, '/', 'A4');
  expect(pages.length).toBeGreaterThanOrEqual(16);
  expect(pages.length).toBeLessThanOrEqual(40);
  await expectClean(page);
  const index = pdfIndex(pages);
  // Every paragraph of every step's card, in reading order, and the step's own figure after it, before the next step.
  const steps = await page.locator('[data-step]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      paragraphs: [...el.querySelectorAll('.step-card > p')].map((p) => p.textContent!),
      src: el.querySelector('img.step-figure')?.getAttribute('src') ?? '',
    })),
  );
  expect(steps.length).toBeGreaterThan(20);
  expect(steps.filter((s) => !s.paragraphs.length || !s.src.endsWith(`figures/${s.id}.svg`)).map((s) => s.id)).toEqual([]);
  const passages = steps.flatMap((s) => s.paragraphs.map((text, i) => ({ what: `${s.id} paragraph ${i + 1}`, text, step: s.id })));
  const found = findInOrder(index, passages);
  expect(notInOrder(found), 'step paragraphs not printed, or out of order').toEqual([]);
  const labels = await figureLabels(
    page,
    steps.map((s) => s.src),
  );
  const figures = steps.map((s, i) => ({
    src: s.src,
    labels: labels[i],
    after: found.filter((p) => p.step === s.id).at(-1)!.end,
    before: found.find((p) => p.step === steps[i + 1]?.id)?.start ?? null,
  }));
  expect(unlabelled(index, figures), 'figures whose labels are not printed after their step').toEqual([]);
});
