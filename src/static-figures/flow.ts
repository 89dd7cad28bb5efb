// A small block layout for charts that lay their drawing out in HTML (a label paragraph above each bar's
// own SVG, say) instead of drawing one SVG. It places, from the computed styles, what such charts are made
// of: blocks stacked with their margins and padding (flex columns with their gap), flex rows side by side,
// wrapped text in the element's font and colour, SVGs at their CSS width and height, and absolutely placed
// SVG overlays inside their positioned parent. It does not do grids, floats or tables: a chart that needs
// them is drawn as a text card instead (see compose.ts). Controls (buttons, inputs, the data table) are left
// out: a still image has no use for them.
import type { ChildNode, Element } from 'domhandler';
import { lengthToPx, round, type ComputedStyle, type StyleEnvironment } from '../lib/staticFigureStyle';

export interface FlowContext {
  styles: Map<Element, ComputedStyle>;
  env: StyleEnvironment;
  measure: (text: string, size: number, bold: boolean) => number;
  /** Serialises an <svg> element placed at x, y, w, h. */
  svg: (el: Element, box: { x: number; y: number; w: number; h: number }) => string;
  /** A swatch drawn from an empty box's background or top border, or '' when it has neither. */
  box: (el: Element, box: { x: number; y: number; w: number; h: number }) => string;
  esc: (s: string) => string;
  /** Set when something was met that this layout does not do (the caller then falls back). */
  unsupported: string[];
}

const SKIP_TAGS = new Set(['button', 'input', 'select', 'textarea', 'details', 'noscript', 'script', 'style', 'canvas', 'template', 'output']);
const INLINE_TAGS = new Set([
  'span',
  'strong',
  'b',
  'em',
  'i',
  'code',
  'a',
  'small',
  'sub',
  'sup',
  'abbr',
  'time',
  'mark',
  'bdi',
  'q',
  'cite',
  'data',
  'var',
  'kbd',
  'br',
]);

interface Run {
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  letterSpacing: number;
  /** An empty inline box (a key swatch): drawn, not written. */
  box?: { el: Element; w: number; h: number };
}

const isTag = (n: ChildNode): n is Element => n.type === 'tag';

/** calc(100% - 4.6rem), 50%, 12px, 1.4rem, auto -> px (NaN for auto or what it cannot read). */
export function resolveLength(value: string | undefined, basis: number, em: number, env: StyleEnvironment): number {
  if (!value) return NaN;
  const v = value.trim();
  const calc = /^calc\((.*)\)$/.exec(v);
  if (calc) {
    const terms = calc[1].match(/[+-]?\s*[\d.]+(?:%|px|rem|em)?/g);
    if (!terms) return NaN;
    return terms.reduce((sum, t) => {
      const sign = t.trim().startsWith('-') ? -1 : 1;
      return sum + sign * lengthToPx(t.replace(/^[+-]\s*/, ''), em, env, basis);
    }, 0);
  }
  return lengthToPx(v, em, env, basis);
}

/** Box sides from the margin / padding shorthand and longhands, in px. */
function sides(st: ComputedStyle, prop: 'margin' | 'padding', basis: number, env: StyleEnvironment): [number, number, number, number] {
  const out: [number, number, number, number] = [0, 0, 0, 0];
  const short = st.specified.get(prop);
  if (short) {
    const parts = short.split(/\s+/).map((p) => resolveLength(p, basis, st.fontSize, env));
    const [t, r = t, b = t, l = r] = parts;
    out.splice(0, 4, t, r, b, l);
  }
  (['top', 'right', 'bottom', 'left'] as const).forEach((side, i) => {
    const v = st.specified.get(`${prop}-${side}`);
    if (v !== undefined) out[i] = resolveLength(v, basis, st.fontSize, env);
  });
  return out.map((n) => (Number.isFinite(n) ? n : 0)) as [number, number, number, number];
}

function hidden(el: Element, st: ComputedStyle | undefined): boolean {
  if (!st) return true;
  const sp = st.specified;
  if (sp.get('display') === 'none' || sp.get('visibility') === 'hidden') return true;
  if (SKIP_TAGS.has(el.name) || el.attribs.hidden !== undefined) return true;
  if (/\bview-switch\b|\bvisually-hidden\b/.test(el.attribs.class ?? '')) return true;
  if (sp.get('position') === 'absolute' && (sp.get('width') === '1px' || /inset\(50%\)|rect\(0/.test(sp.get('clip-path') ?? sp.get('clip') ?? ''))) return true;
  return false;
}

const displayOf = (el: Element, st: ComputedStyle) =>
  st.specified.get('display') ?? (INLINE_TAGS.has(el.name) ? 'inline' : el.name === 'svg' ? 'inline' : 'block');

function runsOf(node: ChildNode, ctx: FlowContext, out: Run[], parent: ComputedStyle): void {
  if (node.type === 'text') {
    const st = parent;
    const weight = st.inherited.get('font-weight') ?? '400';
    const upper = st.inherited.get('text-transform') === 'uppercase';
    const ls = resolveLength(st.inherited.get('letter-spacing'), 0, st.fontSize, ctx.env);
    out.push({
      text: upper ? node.data.toUpperCase() : node.data,
      size: st.fontSize,
      bold: weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
      italic: st.inherited.get('font-style') === 'italic',
      color: st.inherited.get('color') ?? '#000',
      letterSpacing: Number.isFinite(ls) ? ls : 0,
    });
    return;
  }
  if (!isTag(node)) return;
  const st = ctx.styles.get(node);
  if (hidden(node, st)) return;
  const w = resolveLength(st!.specified.get('width'), 0, st!.fontSize, ctx.env);
  if (!node.children.some((c) => c.type !== 'comment') && Number.isFinite(w) && w > 0) {
    const h = resolveLength(st!.specified.get('height'), 0, st!.fontSize, ctx.env);
    const [, mr, , ml] = sides(st!, 'margin', 0, ctx.env);
    out.push({
      text: '\u25a0',
      size: parent.fontSize,
      bold: false,
      italic: false,
      color: '',
      letterSpacing: 0,
      box: { el: node, w: w + ml + mr, h: Number.isFinite(h) ? h : w },
    });
    return;
  }
  if (node.name === 'br') {
    out.push({ text: '\n', size: parent.fontSize, bold: false, italic: false, color: '#000', letterSpacing: 0 });
    return;
  }
  if (st!.before) runsOf({ type: 'text', data: st!.before } as ChildNode, ctx, out, st!);
  for (const c of node.children) runsOf(c, ctx, out, st!);
  if (st!.after) runsOf({ type: 'text', data: st!.after } as ChildNode, ctx, out, st!);
}

/** Lays inline runs into lines of at most `width`; returns the SVG and the height used. */
function layoutText(
  runs: Run[],
  x: number,
  y: number,
  width: number,
  lineHeight: (size: number) => number,
  ctx: FlowContext,
): { svg: string; height: number; width: number } {
  type Word = Run & { w: number; space: boolean };
  const words: Word[] = [];
  for (const r of runs) {
    const parts = r.text.split(/(\s+)/);
    for (const p of parts) {
      if (p === '') continue;
      if (/^\s+$/.test(p)) {
        if (words.length) words[words.length - 1].space = true;
        if (p.includes('\n') && r.text === '\n') words.push({ ...r, text: '\n', w: 0, space: false });
        continue;
      }
      words.push({ ...r, text: p, w: r.box ? r.box.w : ctx.measure(p, r.size, r.bold) + r.letterSpacing * [...p].length, space: false });
    }
  }
  if (!words.length) return { svg: '', height: 0, width: 0 };
  const lines: Word[][] = [[]];
  let lineW = 0;
  for (const w of words) {
    const line = lines[lines.length - 1];
    const prev = line[line.length - 1];
    const gap = prev?.space ? ctx.measure(' ', w.size, w.bold) : 0;
    if (w.text === '\n' || (line.length && lineW + gap + w.w > width + 0.5)) {
      lines.push(w.text === '\n' ? [] : [w]);
      lineW = w.text === '\n' ? 0 : w.w;
    } else {
      line.push(w);
      lineW += gap + w.w;
    }
  }
  let svg = '';
  let top = y;
  let maxW = 0;
  for (const line of lines) {
    if (!line.length) continue;
    const size = Math.max(...line.map((w) => w.size));
    const lh = lineHeight(size);
    const baseline = top + (lh - size) / 2 + size * 0.8;
    let spans = '';
    let boxes = '';
    let cx = 0;
    let last: Word | undefined;
    for (const w of line) {
      const gap = last?.space ? ctx.measure(' ', w.size, w.bold) : 0;
      if (w.box) {
        boxes += ctx.box(w.box.el, { x: x + cx + gap, y: baseline - size * 0.35 - w.box.h / 2, w: w.box.w, h: w.box.h });
        cx += gap + w.w;
        last = w;
        continue;
      }
      const same =
        last && last.size === w.size && last.bold === w.bold && last.color === w.color && last.italic === w.italic && last.letterSpacing === w.letterSpacing;
      const text = (gap ? ' ' : '') + w.text;
      if (same) spans = spans.replace(/<\/tspan>$/, `${ctx.esc(text)}</tspan>`);
      else {
        const attrs = [`font-size="${round(w.size)}"`, `fill="${ctx.esc(w.color)}"`];
        if (w.bold) attrs.push('font-weight="700"');
        if (w.italic) attrs.push('font-style="italic"');
        if (w.letterSpacing) attrs.push(`letter-spacing="${round(w.letterSpacing, 2)}"`);
        // Every span is placed at its measured x, so a space at a span's start cannot be lost.
        spans += `<tspan x="${round(x + cx + gap)}" ${attrs.join(' ')}>${ctx.esc(w.text)}</tspan>`;
      }
      cx += gap + w.w;
      last = w;
    }
    maxW = Math.max(maxW, cx);
    svg += boxes + (spans ? `<text y="${round(baseline)}" xml:space="preserve">${spans}</text>` : '');
    top += lh;
  }
  return { svg, height: top - y, width: maxW };
}

function lineHeightFn(st: ComputedStyle, env: StyleEnvironment): (size: number) => number {
  const v = st.inherited.get('line-height');
  return (size: number) => {
    if (!v || v === 'normal') return size * 1.2;
    if (/^[\d.]+$/.test(v)) return size * Number(v);
    const px = resolveLength(v, size, size, env);
    return Number.isFinite(px) ? px : size * 1.2;
  };
}

interface Laid {
  svg: string;
  height: number;
  width: number;
}

/** Splits a track list ("auto minmax(7rem, 1fr) 2.4rem") at top-level spaces. */
function tracks(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const isColor = (v: string | undefined) => !!v && !/^(none|transparent|initial|inherit|unset)$/.test(v) && !/^url\(/.test(v);

/** Background and top/bottom borders of a block, drawn under its content. */
function decoration(st: ComputedStyle, box: { x: number; y: number; w: number; h: number }, ctx: FlowContext): string {
  let out = '';
  const bg = st.specified.get('background-color') ?? st.specified.get('background');
  if (isColor(bg) && st.specified.get('width') !== 'fit-content')
    out += `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.w)}" height="${round(box.h)}" fill="${ctx.esc(bg!)}"/>`;
  for (const side of ['top', 'bottom'] as const) {
    const v = st.specified.get(`border-${side}`) ?? st.specified.get('border');
    const m = v ? /^([\d.]+\w*)\s+(solid|dashed|dotted)\s+(.+)$/.exec(v) : null;
    if (!m) continue;
    const sw = resolveLength(m[1], 0, st.fontSize, ctx.env) || 1;
    const yy = side === 'top' ? box.y + sw / 2 : box.y + box.h - sw / 2;
    const dash = m[2] === 'dashed' ? ' stroke-dasharray="4 3"' : m[2] === 'dotted' ? ' stroke-dasharray="1 2"' : '';
    out += `<line x1="${round(box.x)}" x2="${round(box.x + box.w)}" y1="${round(yy)}" y2="${round(yy)}" stroke="${ctx.esc(m[3])}" stroke-width="${round(sw)}"${dash}/>`;
  }
  return out;
}

/** The height an element asks for itself (CSS height, or width / aspect-ratio), at least its min-height. */
function ownHeight(st: ComputedStyle, width: number, basis: number | undefined, ctx: FlowContext): number {
  let h = resolveLength(st.specified.get('height'), basis ?? NaN, st.fontSize, ctx.env);
  const ratio = st.specified.get('aspect-ratio');
  if (!Number.isFinite(h) && ratio && ratio !== 'auto') {
    const [a, b = '1'] = ratio.split('/').map((t) => t.trim());
    const r = Number(a) / Number(b);
    if (r > 0) h = width / r;
  }
  const min = resolveLength(st.specified.get('min-height'), basis ?? NaN, st.fontSize, ctx.env);
  if (Number.isFinite(h) && Number.isFinite(min)) h = Math.max(h, min);
  return h;
}

/** An SVG's box: CSS width (default: the line) and height (CSS, % of a definite height, the viewBox's aspect). */
function svgBox(c: Element, cs: ComputedStyle, avail: number, basisH: number | undefined, ctx: FlowContext): { w: number; h: number } {
  const w0 = resolveLength(cs.specified.get('width'), avail, cs.fontSize, ctx.env);
  const w = Number.isFinite(w0) ? w0 : Number(c.attribs.width) || avail;
  const vb = (c.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
  let h = resolveLength(cs.specified.get('height'), basisH ?? NaN, cs.fontSize, ctx.env);
  if (!Number.isFinite(h)) h = vb.length === 4 ? (w * vb[3]) / vb[2] : Number(c.attribs.height) || 150;
  return { w, h };
}

/**
 * Lays out `el` as a block at (x, y), `width` wide (its margin box's inside), and `height` tall when the
 * parent decides it (a flex item that grows, a grid row, an inset: 0 box). Returns the height it takes.
 */
export function layoutBlock(el: Element, x: number, y: number, width: number, ctx: FlowContext, depth = 0, height?: number): Laid {
  const st = ctx.styles.get(el);
  if (!st || hidden(el, st) || depth > 40) return { svg: '', height: 0, width: 0 };
  const [pt, pr, pb, pl] = sides(st, 'padding', width, ctx.env);
  const innerW = width - pl - pr;
  const definite = height ?? ownHeight(st, width, undefined, ctx);
  const innerH = Number.isFinite(definite) ? definite - pt - pb : undefined;
  const parts: string[] = [];
  const absolute: { el: Element; index: number }[] = [];
  const decoIndex = parts.push('') - 1;
  let cy = y + pt;
  const display = st.specified.get('display') ?? 'block';
  const flex = /flex/.test(display);
  const grid = /grid/.test(display);
  const row = flex && !/column/.test(st.specified.get('flex-direction') ?? 'row');
  const gapVal = st.specified.get('row-gap') ?? st.specified.get('gap')?.split(/\s+/)[0];
  const colGapVal = st.specified.get('column-gap') ?? st.specified.get('gap')?.split(/\s+/).pop();
  const gap = flex || grid ? resolveLength(gapVal, innerW, st.fontSize, ctx.env) || 0 : 0;
  const colGap = flex || grid ? resolveLength(colGapVal, innerW, st.fontSize, ctx.env) || 0 : 0;
  const finish = (contentBottom: number): Laid => {
    const h = Number.isFinite(definite) ? definite : contentBottom - y + pb;
    parts[decoIndex] = decoration(st, { x, y, w: width, h }, ctx);
    // Absolutely placed children: against this box (the charts only place them inside a positioned parent).
    for (const { el: a, index } of absolute) {
      const as = ctx.styles.get(a)!;
      const inset = as.specified.get('inset');
      const side = (k: string) =>
        resolveLength(
          as.specified.get(k) ?? (inset !== undefined ? inset.split(/\s+/)[0] : undefined),
          k === 'top' || k === 'bottom' ? h : width,
          as.fontSize,
          ctx.env,
        );
      const top = side('top');
      const left = side('left');
      const right = side('right');
      const bottom = side('bottom');
      let w = resolveLength(as.specified.get('width'), width, as.fontSize, ctx.env);
      let hh = resolveLength(as.specified.get('height'), h, as.fontSize, ctx.env);
      const t = Number.isFinite(top) ? top : 0;
      const l = Number.isFinite(left) ? left : 0;
      if (!Number.isFinite(w)) w = Number.isFinite(right) ? width - l - right : a.name === 'svg' ? width - l : NaN;
      if (!Number.isFinite(hh)) hh = Number.isFinite(bottom) ? h - t - bottom : NaN;
      if (a.name === 'svg') parts[index] = ctx.svg(a, { x: x + l, y: y + t, w, h: Number.isFinite(hh) ? hh : h - t });
      else if (Number.isFinite(w)) parts[index] = layoutBlock(a, x + l, y + t, w, ctx, depth + 1, Number.isFinite(hh) ? hh : undefined).svg;
      else {
        // A shrink-to-fit label (left: -2.4rem; top: 0): as wide as its text.
        const runs: Run[] = [];
        runsOf(a, ctx, runs, st);
        parts[index] = layoutText(runs, x + l, y + t, width, lineHeightFn(as, ctx.env), ctx).svg;
      }
    }
    return { svg: parts.join(''), height: h, width };
  };
  if (/table/.test(display)) ctx.unsupported.push(`display: ${display} (${el.name}.${el.attribs.class ?? ''})`);
  if (grid) {
    const cols = st.specified.get('grid-template-columns');
    if ((cols && tracks(cols).length > 1) || st.specified.has('grid-template-areas'))
      ctx.unsupported.push(`a grid with columns (${el.name}.${el.attribs.class ?? ''})`);
  }

  if (row) {
    // Flex row: items side by side, text items as wide as their text, empty boxes at their own size.
    let cx = x + pl;
    let h = 0;
    for (const c of el.children) {
      if (c.type === 'text') {
        if (!c.data.trim()) continue;
        const t = layoutText([runText(c.data, st, ctx)], cx, cy, x + pl + innerW - cx, lineHeightFn(st, ctx.env), ctx);
        parts.push(t.svg);
        cx += t.width + colGap;
        h = Math.max(h, t.height);
        continue;
      }
      if (!isTag(c)) continue;
      const cs = ctx.styles.get(c);
      if (!cs || hidden(c, cs)) continue;
      const [mt, , mb] = sides(cs, 'margin', innerW, ctx.env);
      const w0 = resolveLength(cs.specified.get('width'), innerW, cs.fontSize, ctx.env);
      const h0 = resolveLength(cs.specified.get('height'), innerH ?? NaN, cs.fontSize, ctx.env);
      if (c.name === 'svg') {
        const b = svgBox(c, cs, innerW, innerH, ctx);
        parts.push(ctx.svg(c, { x: cx, y: cy + mt, w: b.w, h: b.h }));
        cx += b.w + colGap;
        h = Math.max(h, b.h + mt + mb);
      } else if (!c.children.length && Number.isFinite(w0)) {
        const hh = Number.isFinite(h0) ? h0 : cs.fontSize;
        parts.push(ctx.box(c, { x: cx, y: cy + mt + Math.max(0, (cs.fontSize * 1.2 - hh) / 2), w: w0, h: hh }));
        cx += w0 + colGap;
        h = Math.max(h, hh + mt + mb);
      } else {
        const runs: Run[] = [];
        runsOf(c, ctx, runs, st);
        const t = layoutText(runs, cx, cy + mt, x + pl + innerW - cx, lineHeightFn(cs, ctx.env), ctx);
        parts.push(t.svg);
        cx += t.width + colGap;
        h = Math.max(h, t.height + mt + mb);
      }
    }
    return finish(cy + h);
  }

  // Block flow (and flex columns, and one-column grids): consecutive inline content forms a paragraph;
  // block-level children stack. Items are collected first, so that a flex item that grows, or a grid row
  // sized in fr, can be given the height the others leave.
  type Item = { kind: 'text'; runs: Run[] } | { kind: 'block'; el: Element; st: ComputedStyle };
  const items: Item[] = [];
  let inline: Run[] = [];
  const flush = () => {
    if (inline.some((r) => r.text.trim() || r.box)) items.push({ kind: 'text', runs: inline });
    inline = [];
  };
  for (const c of el.children) {
    if (c.type === 'text') {
      runsOf(c, ctx, inline, st);
      continue;
    }
    if (!isTag(c)) continue;
    const cs = ctx.styles.get(c);
    if (!cs || hidden(c, cs)) continue;
    const d = displayOf(c, cs);
    if (cs.specified.get('position') === 'absolute') {
      flush();
      items.push({ kind: 'block', el: c, st: cs });
      continue;
    }
    // In a grid or flex container every child is an item of its own; elsewhere inline children join the text.
    if (!grid && !flex && c.name !== 'svg' && (d === 'inline' || d === 'inline-block' || d === 'inline-flex')) {
      runsOf(c, ctx, inline, st);
      continue;
    }
    flush();
    items.push({ kind: 'block', el: c, st: cs });
  }
  flush();

  // Track sizes: grid rows from grid-template-rows, flex items that grow.
  const inFlow = items.filter((it) => !(it.kind === 'block' && it.st.specified.get('position') === 'absolute'));
  const sizes = new Map<Item, number>();
  const measureItem = (it: Item): number => {
    if (it.kind === 'text') return layoutText(it.runs, 0, 0, innerW, lineHeightFn(st, ctx.env), ctx).height;
    const [mt, mr, mb, ml] = sides(it.st, 'margin', innerW, ctx.env);
    if (it.el.name === 'svg') return svgBox(it.el, it.st, innerW - ml - mr, undefined, ctx).h + mt + mb;
    return layoutBlock(it.el, 0, 0, innerW - ml - mr, { ...ctx, unsupported: [] }, depth + 1).height + mt + mb;
  };
  if (grid) {
    const rows = tracks(st.specified.get('grid-template-rows') ?? '');
    const fixed: number[] = [];
    const fr: number[] = [];
    const min: number[] = [];
    inFlow.forEach((it, i) => {
      const t = rows[i] ?? 'auto';
      const mm = /^minmax\(\s*([^,]+),\s*([^)]+)\)$/.exec(t);
      const max = mm ? mm[2].trim() : t;
      const lo = mm ? resolveLength(mm[1], innerH ?? NaN, st.fontSize, ctx.env) : 0;
      if (/fr$/.test(max)) {
        fr[i] = parseFloat(max);
        min[i] = Number.isFinite(lo) ? lo : 0;
      } else if (max === 'auto' || max === 'min-content' || max === 'max-content') fixed[i] = measureItem(it);
      else fixed[i] = resolveLength(max, innerH ?? NaN, st.fontSize, ctx.env) || measureItem(it);
    });
    const used = fixed.reduce((a, b) => a + (b || 0), 0) + gap * Math.max(0, inFlow.length - 1);
    const totalFr = fr.reduce((a, b) => a + (b || 0), 0);
    const free = innerH !== undefined ? Math.max(0, innerH - used) : 0;
    inFlow.forEach((it, i) => sizes.set(it, fr[i] ? Math.max(min[i], (free * fr[i]) / totalFr) : fixed[i]));
  } else if (flex && innerH !== undefined) {
    const grows = inFlow.filter(
      (it) => it.kind === 'block' && Number((it.st.specified.get('flex') ?? it.st.specified.get('flex-grow') ?? '0').split(/\s+/)[0]) > 0,
    );
    if (grows.length) {
      const others = inFlow.filter((it) => !grows.includes(it)).reduce((a, it) => a + measureItem(it), 0) + gap * Math.max(0, inFlow.length - 1);
      for (const g of grows) sizes.set(g, Math.max(0, (innerH - others) / grows.length));
    }
  }

  let first = true;
  for (const it of items) {
    if (it.kind === 'block' && it.st.specified.get('position') === 'absolute') {
      absolute.push({ el: it.el, index: parts.length });
      parts.push('');
      continue;
    }
    if (!first && (flex || grid)) cy += gap;
    first = false;
    const track = sizes.get(it);
    if (it.kind === 'text') {
      const fit = st.specified.get('width') === 'fit-content';
      const t = layoutText(it.runs, x + pl, cy, innerW, lineHeightFn(st, ctx.env), ctx);
      const bg = st.specified.get('background-color') ?? st.specified.get('background');
      if (fit && isColor(bg))
        parts.push(
          `<rect x="${round(x)}" y="${round(cy - pt)}" width="${round(t.width + pl + pr)}" height="${round(t.height + pt + pb)}" fill="${ctx.esc(bg!)}"/>`,
        );
      parts.push(t.svg);
      cy += track ?? t.height;
      continue;
    }
    const c = it.el;
    const cs = it.st;
    const [mt, mr, mb, ml] = sides(cs, 'margin', innerW, ctx.env);
    const cellH = track !== undefined ? track - mt - mb : undefined;
    cy += mt;
    if (c.name === 'svg') {
      const b = svgBox(c, cs, innerW - ml - mr, cellH ?? innerH, ctx);
      const h = cellH !== undefined && !Number.isFinite(resolveLength(cs.specified.get('height'), NaN, cs.fontSize, ctx.env)) ? cellH : b.h;
      parts.push(ctx.svg(c, { x: x + pl + ml, y: cy, w: b.w, h }));
      cy += cellH ?? h;
    } else {
      const laid = layoutBlock(c, x + pl + ml, cy, innerW - ml - mr, ctx, depth + 1, cellH);
      parts.push(laid.svg);
      cy += cellH ?? laid.height;
    }
    cy += mb;
  }
  return finish(cy);
}

function runText(text: string, st: ComputedStyle, ctx: FlowContext): Run {
  const runs: Run[] = [];
  runsOf({ type: 'text', data: text } as ChildNode, ctx, runs, st);
  return runs[0];
}
