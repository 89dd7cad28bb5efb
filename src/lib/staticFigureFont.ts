// A small TrueType/OpenType reader for the static figures: which characters a font has a glyph for (cmap
// formats 4 and 12) and how wide a string is set in it (hmtx advances, no kerning). resvg silently draws a
// box for a character no font has ("tofu"); the unit tests use hasGlyph to prove that cannot happen, and
// the figure composer uses measure() to wrap titles and source lines. Reads .ttf, .otf and .ttc files.

export interface FontFace {
  /** The family name from the name table (name id 1), e.g. "DejaVu Sans". */
  family: string;
  /** Sub-family (name id 2), e.g. "Bold". */
  subfamily: string;
  unitsPerEm: number;
  hasGlyph(codePoint: number): boolean;
  /** Advance width of a string at the given font size, in the same unit as the size. */
  measure(text: string, size: number): number;
}

function tableDirectory(view: DataView, offset: number): Map<string, number> {
  const numTables = view.getUint16(offset + 4);
  const tables = new Map<string, number>();
  for (let i = 0; i < numTables; i++) {
    const rec = offset + 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    tables.set(tag, view.getUint32(rec + 8));
  }
  return tables;
}

function readName(view: DataView, nameOffset: number, wanted: number): string {
  const count = view.getUint16(nameOffset + 2);
  const strings = nameOffset + view.getUint16(nameOffset + 4);
  let fallback = '';
  for (let i = 0; i < count; i++) {
    const rec = nameOffset + 6 + i * 12;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const nameId = view.getUint16(rec + 6);
    if (nameId !== wanted) continue;
    const length = view.getUint16(rec + 8);
    const start = strings + view.getUint16(rec + 10);
    if (platform === 3 || platform === 0) {
      let s = '';
      for (let j = 0; j < length; j += 2) s += String.fromCharCode(view.getUint16(start + j));
      if (platform === 3 && (encoding === 1 || encoding === 10)) return s;
      fallback ||= s;
    } else if (platform === 1 && !fallback) {
      for (let j = 0; j < length; j++) fallback += String.fromCharCode(view.getUint8(start + j));
    }
  }
  return fallback;
}

/** Maps code points to glyph ids from the best Unicode cmap subtable (format 12 preferred, else 4). */
function readCmap(view: DataView, cmapOffset: number): (cp: number) => number {
  const count = view.getUint16(cmapOffset + 2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < count; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmapOffset + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { offset, format };
  }
  if (!best) throw new Error('font has no Unicode cmap (format 4 or 12)');
  const o = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(o + 12);
    const starts = new Uint32Array(groups);
    const ends = new Uint32Array(groups);
    const glyphs = new Uint32Array(groups);
    for (let g = 0; g < groups; g++) {
      starts[g] = view.getUint32(o + 16 + g * 12);
      ends[g] = view.getUint32(o + 20 + g * 12);
      glyphs[g] = view.getUint32(o + 24 + g * 12);
    }
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < starts[mid]) hi = mid - 1;
        else if (cp > ends[mid]) lo = mid + 1;
        else return glyphs[mid] + (cp - starts[mid]);
      }
      return 0;
    };
  }
  const segX2 = view.getUint16(o + 6);
  const segs = segX2 / 2;
  const endsAt = o + 14;
  const startsAt = endsAt + segX2 + 2;
  const deltaAt = startsAt + segX2;
  const rangeAt = deltaAt + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      const end = view.getUint16(endsAt + s * 2);
      if (cp > end) continue;
      const start = view.getUint16(startsAt + s * 2);
      if (cp < start) return 0;
      const delta = view.getInt16(deltaAt + s * 2);
      const rangeOffset = view.getUint16(rangeAt + s * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + s * 2 + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function readFace(view: DataView, offset: number): FontFace {
  const tables = tableDirectory(view, offset);
  const need = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(need('head') + 18);
  const numHMetrics = view.getUint16(need('hhea') + 34);
  const hmtx = need('hmtx');
  const glyphOf = readCmap(view, need('cmap'));
  const advance = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, numHMetrics - 1) * 4);
  const name = tables.get('name');
  return {
    family: name === undefined ? '' : readName(view, name, 1),
    subfamily: name === undefined ? '' : readName(view, name, 2),
    unitsPerEm,
    hasGlyph: (cp) => glyphOf(cp) !== 0,
    measure(text, size) {
      let units = 0;
      for (const ch of text) units += advance(glyphOf(ch.codePointAt(0)!));
      return (units / unitsPerEm) * size;
    },
  };
}

/** Every face in a font file (one for .ttf/.otf, several for a .ttc collection). */
export function readFontFaces(data: Uint8Array): FontFace[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = String.fromCharCode(data[0], data[1], data[2], data[3]);
  if (tag === 'wOF2' || tag === 'wOFF') throw new Error('WOFF/WOFF2 fonts are not readable by resvg; use a .ttf or .otf file');
  if (tag === 'ttcf') {
    const n = view.getUint32(8);
    return Array.from({ length: n }, (_, i) => readFace(view, view.getUint32(12 + i * 4)));
  }
  return [readFace(view, 0)];
}
