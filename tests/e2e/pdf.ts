// Reads what the print specs need from a PDF that Chromium wrote (page.pdf()), with pdf.js (pdfjs-dist's legacy
// build, which runs in Node in the test's own thread, with no canvas, fonts or network): the pages, each page's size, its text (the strings
// and where they sit) and what else it paints (images and embedded drawings, vector paths), and helpers to find
// a passage of the page's text in the printed text, however the PDF broke its lines.
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text as pdf.js reads it, in PDF points from the page's bottom-left corner. */
export interface PdfText {
  str: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (pdf.js's item height). */
  height: number;
}

export interface PdfPage {
  /** 1-based. */
  n: number;
  /** Page size in points (the media box). */
  width: number;
  height: number;
  /** Text runs with something other than white space in them. */
  texts: PdfText[];
  /** The page's text, runs joined in the order the PDF draws them (line breaks as '\n'). */
  text: string;
  /** Images and form XObjects painted (raster images and embedded SVG drawings). */
  images: number;
  /** Vector paths built (figures drawn inline, rules, backgrounds). */
  paths: number;
}

const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintSolidColorImageMask,
  OPS.paintFormXObjectBegin,
]);

/** The pages of a PDF in order, with their text and what else is drawn on each. */
export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (!item.str.trim()) continue;
        texts.push({ str: item.str, x: item.transform[4] - x0, y: item.transform[5] - y0, width: item.width, height: item.height });
      }
      const ops = await page.getOperatorList();
      let images = 0;
      let paths = 0;
      for (const fn of ops.fnArray) {
        if (IMAGE_OPS.has(fn)) images++;
        else if (fn === OPS.constructPath) paths++;
      }
      pages.push({ n, width: x1 - x0, height: y1 - y0, texts, text, images, paths });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Text reduced to what survives any line breaking: Unicode compatibility forms (ligatures), lower case (CSS may
 * transform case), no white space of any kind, no hyphens (a hyphen the layout added at a line end and one in
 * the words look alike in a PDF's text), no soft hyphens or zero-width characters. For finding a passage of the
 * page in the PDF, not for showing.
 */
export function squeeze(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff\-\u2010\u2011]+/gu, '');
}

/** Where a run of text sits: its page and its baseline's distance from the top of the page, in points. */
export interface PdfPlace {
  page: number;
  top: number;
}

/** The whole document's text, squeezed, with where each run of it begins and ends. */
export interface PdfIndex {
  text: string;
  runs: { start: number; end: number; place: PdfPlace }[];
}

export function pdfIndex(pages: PdfPage[]): PdfIndex {
  let text = '';
  const runs: PdfIndex['runs'] = [];
  for (const p of pages) {
    for (const t of p.texts) {
      const s = squeeze(t.str);
      if (!s) continue;
      runs.push({ start: text.length, end: text.length + s.length, place: { page: p.n, top: p.height - t.y } });
      text += s;
    }
  }
  return { text, runs };
}

/** Where the run holding the given index of the squeezed text is. */
export function placeAt(index: PdfIndex, at: number): PdfPlace {
  let lo = 0;
  let hi = index.runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.runs[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return index.runs[lo].place;
}

/** -1, 0 or 1 as place a comes before, with, or after place b in reading order (page, then top to bottom). */
export function comparePlaces(a: PdfPlace, b: PdfPlace): number {
  return Math.sign(a.page - b.page || a.top - b.top);
}

/**
 * The first occurrence of a passage (a block of the page: a heading, a paragraph) in the squeezed text at or
 * after `from` that starts where a run starts and ends where a run ends, so a heading is not found inside a
 * sentence that happens to contain its words. Returns its start and end, or null.
 */
export function findBlock(index: PdfIndex, passage: string, from = 0): { at: number; end: number } | null {
  const needle = squeeze(passage);
  if (!needle) return null;
  const starts = new Set(index.runs.map((r) => r.start));
  const ends = new Set(index.runs.map((r) => r.end));
  for (let at = index.text.indexOf(needle, from); at >= 0; at = index.text.indexOf(needle, at + 1)) {
    if (starts.has(at) && ends.has(at + needle.length)) return { at, end: at + needle.length };
  }
  return null;
}

/** The squeezed text of the runs placed between two places (exclusive), in the order the PDF draws them. */
export function textBetween(index: PdfIndex, after: PdfPlace, before: PdfPlace | null): string {
  return index.runs
    .filter((r) => comparePlaces(r.place, after) > 0 && (!before || comparePlaces(r.place, before) < 0))
    .map((r) => index.text.slice(r.start, r.end))
    .join('');
}

/** A page is blank when it shows no text and no image (a background fill or a rule alone does not count). */
export function blankPages(pages: PdfPage[]): number[] {
  return pages.filter((p) => p.texts.length === 0 && p.images === 0).map((p) => p.n);
}

/** Margins of the printed page box in millimetres (the @page rule of global.css). */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const PT_PER_MM = 72 / 25.4;

/**
 * Text runs that stick out of the page's printable box (the page less its margins, with `slack` points to spare
 * for glyph overhangs): text cut at an edge, or laid out past the margin because something did not fit.
 */
export function outsideTexts(pages: PdfPage[], margins: Margins, slack = 2): { page: number; str: string; box: string }[] {
  const out: { page: number; str: string; box: string }[] = [];
  for (const p of pages) {
    const left = margins.left * PT_PER_MM - slack;
    const right = p.width - margins.right * PT_PER_MM + slack;
    const bottom = margins.bottom * PT_PER_MM - slack;
    const top = p.height - margins.top * PT_PER_MM + slack;
    for (const t of p.texts) {
      // The run's box: its advance from x, from a descender below the baseline to the font's size above it.
      const [l, r, b, tp] = [t.x, t.x + t.width, t.y - 0.25 * t.height, t.y + 0.8 * t.height];
      if (l < left || r > right || b < bottom || tp > top) {
        out.push({ page: p.n, str: t.str, box: [l, b, r, tp].map((v) => v.toFixed(1)).join(' ') });
      }
    }
  }
  return out;
}
