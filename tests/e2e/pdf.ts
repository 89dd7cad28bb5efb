// Reads what the print specs need from a PDF that Chromium wrote (page.pdf()): its pages, and for each page
// whether anything is drawn on it (text or an image / form XObject), from the page's content streams. Not a
// general PDF parser: Chromium (Skia) writes plain page objects and FlateDecode content streams.
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Text-showing operators (Tj/TJ) in the page's content. */
  texts: number;
  /** XObjects painted (Do): images and embedded SVG drawings. */
  images: number;
  /** Path fills and strokes (f, F, B, S): vector figures drawn inline. */
  paths: number;
}

function objects(pdf: Buffer): Map<number, { start: number; end: number }> {
  const s = pdf.toString('latin1');
  const out = new Map<number, { start: number; end: number }>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = s.indexOf('endobj', m.index);
    out.set(Number(m[1]), { start: m.index, end });
    re.lastIndex = end;
  }
  return out;
}

function streamOf(pdf: Buffer, where: { start: number; end: number }): string {
  const s = pdf.toString('latin1', where.start, where.end);
  const head = /stream\r?\n/.exec(s);
  if (!head) return '';
  const from = where.start + head.index + head[0].length;
  const to = where.start + s.lastIndexOf('endstream');
  const raw = pdf.subarray(from, to);
  const dict = s.slice(0, head.index);
  if (!/\/FlateDecode/.test(dict)) return raw.toString('latin1');
  try {
    return inflateSync(raw).toString('latin1');
  } catch {
    return inflateSync(raw.subarray(0, raw.length - 1)).toString('latin1');
  }
}

/** The pages of a PDF in file order, with what is drawn on each. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const objs = objects(pdf);
  const pages: PdfPage[] = [];
  for (const where of objs.values()) {
    const dict = pdf.toString('latin1', where.start, Math.min(where.end, where.start + 4000));
    if (!/\/Type\s*\/Page(?![s\w])/.test(dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict);
    const ids = contents ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : [];
    const content = ids.map((id) => (objs.has(id) ? streamOf(pdf, objs.get(id)!) : '')).join('\n');
    pages.push({
      texts: (content.match(/\bT[Jj]\b/g) ?? []).length,
      images: (content.match(/\bDo\b/g) ?? []).length,
      paths: (content.match(/\s[fFBS]\*?\s/g) ?? []).length,
    });
  }
  return pages;
}
