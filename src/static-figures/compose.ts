// Composes one step's static figure: a standalone 1200x675 SVG built from what the figure component
// rendered on the server (svelte/server) for that step's scene. The drawing is the component's own SVG
// (the map's svg.map-svg, a chart's wide-layout svg), copied element by element with the cascade's
// winning declarations written onto each element as a style attribute (see src/lib/staticFigureStyle.ts),
// so it looks as on the page without a stylesheet or var(). Around it the composer sets, as real <text>:
// the title (the chart's own, or the chapter's for the map), the chart's one-line reading, the legend
// (re-drawn from the component's HTML legend: swatch + label), a note, the source line and the credit.
// Maps: a text column on the left, the map on the right (it is drawn 640x720 on the server). Charts: header,
// drawing, footer. A chart laid out in HTML (no single SVG) is placed by flow.ts; one flow.ts cannot lay
// out becomes a card with the step's description.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import {
  computeStyles,
  querySelector,
  querySelectorAll,
  lengthToPx,
  parseStylesheets,
  resolveValue,
  round,
  type ComputedStyle,
  type StyleEnvironment,
} from '../lib/staticFigureStyle';
import { addPoint, emptyBox, isEmpty, pathBox, pathLength, union, type Box } from '../lib/staticFigureGeometry';
import type { FontFace } from '../lib/staticFigureFont';
import { layoutBlock, type FlowContext } from './flow';

export const WIDTH = 1200;
export const HEIGHT = 675;
const MARGIN = 40;

/** The fonts a figure is set in: family names as written into the SVG, and faces to measure text with. */
export interface FigureFonts {
  /** font-family for sans text, e.g. "'DejaVu Sans', 'Noto Sans CJK SC'". */
  sans: string;
  serif: string;
  faces: FontFace[];
}

export interface FigureStep {
  id: string;
  scene: string;
  figure: string;
  alt: string;
  lang: string;
  /** Title for figures without one of their own (the map): the chapter's title. */
  fallbackTitle: string;
  kicker?: string;
  /** "Source: ..." text built from the step's sources, used when the figure has no source line. */
  stepSource: string;
  /** The word that starts a source line ("Source:"), from the locale's figures messages. */
  sourceLabel: string;
  /** The credit set in the corner ("Tokens Abroad"), from the locale's figures messages. */
  credit: string;
}

export interface ComposeInput {
  /** render() output of the figure component compiled with css: 'injected'. */
  head: string;
  body: string;
  /** Site-wide CSS (src/styles/global.css): :root custom properties and base styles. */
  globalCss: string;
  step: FigureStep;
  fonts: FigureFonts;
  env: StyleEnvironment;
}

export interface ComposedFigure {
  svg: string;
  /**
   * 'drawing': the component's own SVG; 'flow': a chart laid out in HTML, placed by flow.ts from its computed
   * styles; 'card': only the chart's text (title, reading, legend, source) could be used.
   */
  kind: 'drawing' | 'flow' | 'card';
  warnings: string[];
}

// Properties that mean something on SVG elements; everything else (layout, HTML box styles) is dropped.
const SVG_PROPS = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'visibility',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'text-decoration',
  'paint-order',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-path',
  'clip-rule',
  'mask',
  'mix-blend-mode',
  'isolation',
  'shape-rendering',
  'text-rendering',
  'vector-effect',
  'stop-color',
  'stop-opacity',
  'color',
  'overflow',
]);
// Inherited ones that an SVG picks up from the HTML around it on the page.
const FROM_HTML = ['color', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'word-spacing', 'text-anchor', 'visibility'];
const LENGTH_PROPS = new Set(['stroke-width', 'letter-spacing', 'word-spacing', 'stroke-dashoffset', 'baseline-shift']);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isTag = (n: ChildNode | null | undefined): n is Element => !!n && n.type === 'tag';

// The text of an element as a reader sees it: ::before/::after strings included (styles given), hidden parts not.
let textStyles: Map<Element, ComputedStyle> | null = null;
function textOf(node: ChildNode, skip?: (el: Element) => boolean): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  if (skip?.(node)) return '';
  const st = textStyles?.get(node);
  if (st?.specified.get('display') === 'none') return '';
  return (st?.before ?? '') + node.children.map((c) => textOf(c, skip)).join('') + (st?.after ?? '');
}
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

// ------------------------------------------------------------------------------------------ text layout

function faceFor(fonts: FigureFonts, bold: boolean, serif: boolean): FontFace[] {
  const want = (f: FontFace) => /bold/i.test(f.subfamily) === bold && /serif/i.test(f.family) === serif && !/sans/i.test(f.family) === serif;
  const first = fonts.faces.filter(want);
  return [...first, ...fonts.faces.filter((f) => !first.includes(f))];
}

function measure(text: string, size: number, fonts: FigureFonts, bold = false, serif = false): number {
  const faces = faceFor(fonts, bold, serif);
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const face = faces.find((f) => f.hasGlyph(cp)) ?? faces[0];
    w += face.measure(ch, size);
  }
  return w;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Greedy line breaking at spaces (and between CJK characters); the last line ends in "…" when cut. */
function wrap(text: string, width: number, size: number, fonts: FigureFonts, maxLines: number, bold = false, serif = false): string[] {
  const words: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (CJK.test(w))
      words.push(...(w.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][，。、：；！？）」』]*|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) ?? [w]));
    else words.push(w);
  }
  const lines: string[] = [];
  let line = '';
  const joiner = (a: string, b: string) => (a && !(CJK.test(a.slice(-1)) && CJK.test(b[0])) ? ' ' : '');
  for (const word of words) {
    const next = line ? line + joiner(line, word) + word : word;
    if (!line || measure(next, size, fonts, bold, serif) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last && measure(last + ' …', size, fonts, bold, serif) > width) last = last.replace(/\s*\S+$/, '');
    kept[maxLines - 1] = `${last} …`;
    return kept;
  }
  return lines;
}

// ------------------------------------------------------------------------------------- SVG copying

interface CopyContext {
  styles: Map<Element, ComputedStyle>;
  env: StyleEnvironment;
  fonts: FigureFonts;
  warnings: string[];
}

function fontFamilyFor(value: string, fonts: FigureFonts): string {
  const v = value.toLowerCase();
  const generic =
    v
      .split(',')
      .map((s) => s.trim().replace(/["']/g, ''))
      .pop() ?? '';
  return generic === 'serif' || /georgia|times/.test(v.split(',')[0]) ? fonts.serif : fonts.sans;
}

function styleFor(el: Element, computed: ComputedStyle, ctx: CopyContext, root: boolean, parent?: ComputedStyle): string {
  const out = new Map<string, string>();
  if (root && parent) {
    for (const p of FROM_HTML) {
      const v = parent.inherited.get(p);
      if (v !== undefined) out.set(p, v);
    }
  }
  for (const [prop, value] of computed.specified) if (SVG_PROPS.has(prop)) out.set(prop, value);
  // Lengths resvg cannot read (rem, em) become px; values it cannot compute (calc) are dropped.
  for (const [prop, value] of out) {
    if (/calc\(|min\(|max\(|clamp\(/.test(value)) {
      out.delete(prop);
      continue;
    }
    if (prop === 'font-size') out.set(prop, `${round(computed.fontSize)}px`);
    else if (LENGTH_PROPS.has(prop) && /(r?em)\b/.test(value)) {
      const px = lengthToPx(value, computed.fontSize, ctx.env);
      if (Number.isFinite(px)) out.set(prop, `${round(px, 3)}px`);
      else out.delete(prop);
    } else if (prop === 'stroke-dasharray' && /(r?em)\b/.test(value)) {
      out.set(
        prop,
        value
          .split(/[\s,]+/)
          .map((v) => `${round(lengthToPx(v, computed.fontSize, ctx.env), 3)}`)
          .join(' '),
      );
    } else if (prop === 'font-family') out.set(prop, fontFamilyFor(value, ctx.fonts));
    else if (prop === 'font-weight' && value === 'bolder') out.set(prop, '700');
  }
  if (root && !out.has('font-family')) out.set('font-family', ctx.fonts.sans);
  // pathLength is ignored by resvg: dash lengths given in pathLength units become user units.
  const pl = Number(el.attribs.pathLength ?? el.attribs.pathlength);
  if (pl > 0 && (out.has('stroke-dasharray') || out.has('stroke-dashoffset'))) {
    const length =
      el.name === 'path'
        ? pathLength(el.attribs.d ?? '')
        : el.name === 'line'
          ? Math.hypot(Number(el.attribs.x2 ?? 0) - Number(el.attribs.x1 ?? 0), Number(el.attribs.y2 ?? 0) - Number(el.attribs.y1 ?? 0))
          : NaN;
    if (Number.isFinite(length) && length > 0) {
      const k = length / pl;
      const scale = (v: string) =>
        v
          .split(/[\s,]+/)
          .map((n) => (Number.isFinite(Number(n)) ? `${round(Number(n) * k, 3)}` : n))
          .join(' ');
      const dash = out.get('stroke-dasharray');
      // A dash at least as long as the path (the finished "draw-in") is a solid line.
      if (dash && dash !== 'none') {
        const parts = dash.split(/[\s,]+/).map(Number);
        if (parts.length === 1 && parts[0] >= pl && Number(out.get('stroke-dashoffset') ?? 0) === 0) out.set('stroke-dasharray', 'none');
        else out.set('stroke-dasharray', scale(dash));
      }
      const off = out.get('stroke-dashoffset');
      if (off) out.set('stroke-dashoffset', scale(off));
    }
  }
  return [...out].map(([p, v]) => `${p}:${v.replace(/"/g, "'")}`).join(';');
}

const DROP_ATTRS = new Set(['style', 'class', 'pathLength', 'pathlength']);

function copySvg(el: Element, ctx: CopyContext, opts: { root?: boolean; attrs?: Record<string, string>; parentStyle?: ComputedStyle } = {}): string {
  const computed = ctx.styles.get(el);
  if (!computed) return '';
  if (computed.specified.get('display') === 'none') return '';
  const attrs: string[] = [];
  const cls = (el.attribs.class ?? '')
    .split(/\s+/)
    .filter((c) => c && !/^svelte-/.test(c))
    .join(' ');
  if (cls) attrs.push(`class="${esc(cls)}"`);
  for (const [k, v] of Object.entries(el.attribs)) {
    if (DROP_ATTRS.has(k) || (opts.attrs && k in opts.attrs)) continue;
    if (opts.root && (k === 'width' || k === 'height' || k === 'x' || k === 'y')) continue;
    attrs.push(`${k}="${esc(v)}"`);
  }
  for (const [k, v] of Object.entries(opts.attrs ?? {})) attrs.push(`${k}="${esc(v)}"`);
  const style = styleFor(el, computed, ctx, !!opts.root, opts.parentStyle);
  if (style) attrs.push(`style="${esc(style)}"`);
  const upper = computed.inherited.get('text-transform') === 'uppercase';
  const children = el.children
    .map((c) => {
      if (c.type === 'text') return esc(upper ? c.data.toUpperCase() : c.data);
      if (isTag(c)) return copySvg(c, ctx);
      return '';
    })
    .join('');
  return `<${el.name}${attrs.length ? ' ' + attrs.join(' ') : ''}>${children}</${el.name}>`;
}

// ---------------------------------------------------------------------------------------- legend

interface LegendItem {
  /** SVG markup of the swatch, drawn in a 18x12 box at (0,0). */
  swatch: string;
  label: string;
  color: string;
  opacity: number;
}

/** An empty box drawn as what it shows: its background (round when its radius says so) or its top border. */
function boxSwatch(el: Element, box: { x: number; y: number; w: number; h: number }, ctx: CopyContext): string {
  const st = ctx.styles.get(el);
  if (!st) return '';
  const sp = st.specified;
  const bg = sp.get('background-color') ?? sp.get('background');
  const border = sp.get('border');
  const borderTop = sp.get('border-top') ?? border;
  const parse = (v: string | undefined) => (v ? /^([\d.]+\w*)\s+(solid|dashed|dotted)\s+(.+)$/.exec(v) : null);
  const { x, y, w, h } = box;
  const radius = sp.get('border-radius') ?? '';
  const round50 = /50%|999/.test(radius);
  if (bg && !/^(none|transparent)$/.test(bg)) {
    const b = parse(border);
    const stroke = b ? ` stroke="${esc(b[3])}" stroke-width="${round(lengthToPx(b[1], st.fontSize, ctx.env) || 1)}"` : '';
    if (round50) return `<circle cx="${round(x + w / 2)}" cy="${round(y + h / 2)}" r="${round(Math.min(w, h) / 2)}" fill="${esc(bg)}"${stroke}/>`;
    const rx = lengthToPx(radius || '0', st.fontSize, ctx.env);
    return `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}"${rx > 0 ? ` rx="${round(rx)}"` : ''} fill="${esc(bg)}"${stroke}/>`;
  }
  const all = parse(border);
  if (all && !round50) {
    const sw = lengthToPx(all[1], st.fontSize, ctx.env) || 1;
    const dash = all[2] === 'dashed' ? ' stroke-dasharray="4 3"' : all[2] === 'dotted' ? ' stroke-dasharray="1.5 2"' : '';
    return `<rect x="${round(x + sw / 2)}" y="${round(y + sw / 2)}" width="${round(w - sw)}" height="${round(h - sw)}" fill="none" stroke="${esc(all[3])}" stroke-width="${round(sw)}"${dash}/>`;
  }
  const m = parse(borderTop);
  if (m) {
    const sw = lengthToPx(m[1], st.fontSize, ctx.env) || 2;
    const dash = m[2] === 'dashed' ? ' stroke-dasharray="5 3"' : m[2] === 'dotted' ? ' stroke-dasharray="1.5 2"' : '';
    if (border && round50)
      return `<circle cx="${round(x + w / 2)}" cy="${round(y + h / 2)}" r="${round(Math.min(w, h) / 2 - sw / 2)}" fill="none" stroke="${esc(m[3])}" stroke-width="${round(sw)}"/>`;
    return `<line x1="${round(x)}" x2="${round(x + Math.max(w, 18))}" y1="${round(y + h / 2)}" y2="${round(y + h / 2)}" stroke="${esc(m[3])}" stroke-width="${round(sw)}"${dash}/>`;
  }
  return '';
}

function swatchFrom(li: Element, ctx: CopyContext): string {
  const first = li.children.find(isTag);
  if (!first) return '';
  const st = ctx.styles.get(first);
  if (first.name === 'svg') {
    const w = Number(first.attribs.width ?? 18);
    const h = Number(first.attribs.height ?? 10);
    return copySvg(first, ctx, { root: true, attrs: { x: '0', y: `${round(6 - h / 2)}`, width: `${w}`, height: `${h}` }, parentStyle: ctx.styles.get(li) });
  }
  if (!st) return '';
  const w = lengthToPx(st.specified.get('width') ?? '10px', st.fontSize, ctx.env) || 10;
  const h = lengthToPx(st.specified.get('height') ?? '10px', st.fontSize, ctx.env) || 10;
  return boxSwatch(first, { x: 0, y: 6 - Math.min(h, 12) / 2, w, h: Math.min(h, 12) }, ctx);
}

/** The map says its layers' caveats with its sources on the page (data-notes); the figure says them under its legend. */
function withMapNotes(legend: { items: LegendItem[]; notes: string[] }, map: Element | null): { items: LegendItem[]; notes: string[] } {
  const extra = map?.attribs['data-notes'];
  return extra ? { ...legend, notes: [...legend.notes, extra] } : legend;
}

function legendItems(container: Element | null, ctx: CopyContext): { items: LegendItem[]; notes: string[] } {
  if (!container) return { items: [], notes: [] };
  const items: LegendItem[] = [];
  const lis = querySelectorAll(container, 'li');
  const entries = lis.length ? lis : container.children.filter(isTag);
  for (const li of entries) {
    const st = ctx.styles.get(li);
    if (!st || st.specified.get('display') === 'none') continue;
    const label = clean(textOf(li, (el) => el.name === 'svg'));
    if (!label) continue;
    items.push({
      swatch: swatchFrom(li, ctx),
      label,
      color: st.inherited.get('color') ?? '#000',
      opacity: Number(st.specified.get('opacity') ?? 1),
    });
  }
  const notes = querySelectorAll(container, '.note')
    .map((n) => clean(textOf(n)))
    .filter(Boolean);
  return { items, notes };
}

// ------------------------------------------------------------------------------------------ the map

/** What the map draws beyond land and sea: the part of the 640x720 frame the figure should show. */
function mapContentBox(svg: Element, ctx: CopyContext): { content: Box; sphere: Box } {
  const content = emptyBox();
  let sphere = emptyBox();
  const visit = (el: Element) => {
    const st = ctx.styles.get(el);
    if (st?.specified.get('display') === 'none') return;
    const cls = el.attribs.class ?? '';
    const n = (k: string) => Number(el.attribs[k] ?? 0);
    if (/\bsphere\b/.test(cls)) sphere = pathBox(el.attribs.d ?? '');
    else if (/\b(graticule|land)\b/.test(cls)) return;
    else if (el.name === 'path' && el.attribs.d) {
      const b = pathBox(el.attribs.d);
      Object.assign(content, union(content, b));
    } else if (el.name === 'circle') {
      addPoint(content, n('cx') - n('r'), n('cy') - n('r'));
      addPoint(content, n('cx') + n('r'), n('cy') + n('r'));
    } else if (el.name === 'rect') {
      addPoint(content, n('x'), n('y'));
      addPoint(content, n('x') + n('width'), n('y') + n('height'));
    } else if (el.name === 'text') {
      const size = Number(el.attribs['font-size'] ?? st?.fontSize ?? 12);
      const w = measure(clean(textOf(el)), size, ctx.fonts, true);
      const anchor = el.attribs['text-anchor'] ?? 'start';
      const x0 = anchor === 'end' ? n('x') - w : anchor === 'middle' ? n('x') - w / 2 : n('x');
      addPoint(content, x0, n('y') - size);
      addPoint(content, x0 + w, n('y') + size * 0.3);
    }
    for (const c of el.children) if (isTag(c)) visit(c);
  };
  for (const c of svg.children) if (isTag(c)) visit(c);
  return { content, sphere };
}

/**
 * The part of the map's frame to show in an area of the given aspect: as much of the map as fits the area
 * at the scale that fills it (never zoomed in beyond the page's own picture), placed over the content
 * (markers, lines, labels); taller (so smaller) when the content would not fit.
 */
export function cropFor(content: Box, bounds: Box, aspect: number, pad = 16): Box {
  const bw = bounds.x1 - bounds.x0;
  const bh = bounds.y1 - bounds.y0;
  let w = Math.min(bw, bh * aspect);
  let h = w / aspect;
  const c: Box = isEmpty(content)
    ? { ...bounds }
    : {
        x0: Math.max(bounds.x0, content.x0 - pad),
        y0: Math.max(bounds.y0, content.y0 - pad),
        x1: Math.min(bounds.x1, content.x1 + pad),
        y1: Math.min(bounds.y1, content.y1 + pad),
      };
  if (c.y1 - c.y0 > h) {
    h = c.y1 - c.y0;
    w = h * aspect;
  }
  if (c.x1 - c.x0 > w) {
    w = c.x1 - c.x0;
    h = w / aspect;
  }
  const place = (lo: number, hi: number, size: number, min: number, max: number): [number, number] => {
    let a = (lo + hi) / 2 - size / 2;
    if (size <= max - min) a = Math.min(Math.max(a, min), max - size);
    else a = (min + max) / 2 - size / 2;
    return [a, a + size];
  };
  const [x0, x1] = place(c.x0, c.x1, w, bounds.x0, bounds.x1);
  const [y0, y1] = place(c.y0, c.y1, h, bounds.y0, bounds.y1);
  return { x0, y0, x1, y1 };
}

// ------------------------------------------------------------------------------------------ compose

function colorOf(style: ComputedStyle | undefined, name: string, env: StyleEnvironment, fallback: string): string {
  if (!style) return fallback;
  return resolveValue(`var(${name})`, style.custom, env) ?? fallback;
}

function backgroundOf(style: ComputedStyle | undefined): string | null {
  const bg = style?.specified.get('background-color') ?? style?.specified.get('background');
  if (!bg) return null;
  const m = /(#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)|\b[a-z]+\b)/i.exec(bg);
  return m && m[1] !== 'none' ? m[1] : null;
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${round(x)}" y="${round(y + i * lineHeight)}" ${attrs}>${esc(l)}</text>`).join('');
}

/** The drawing of a figure: the map's svg, a chart's wide-layout svg, or the one svg[role=img] of a chart. */
function findDrawing(root: Element, styles: Map<Element, ComputedStyle>): Element | null {
  // A component can say what its static figure shows: an <svg data-figure-drawing> is the drawing.
  const marked = querySelector(root, 'svg[data-figure-drawing]');
  if (marked) return marked;
  const wide = querySelector(root, 'svg.layout-wide');
  if (wide) return wide;
  const map = querySelector(root, 'svg.map-svg');
  if (map) return map;
  const candidates = querySelectorAll(root, 'svg[role=img]').filter((s) => {
    for (let p = s.parent; p && p !== root; p = p.parent as Element) {
      if (isTag(p) && /legend|chart-data/.test(p.attribs.class ?? '')) return false;
      if (isTag(p) && styles.get(p)?.specified.get('display') === 'none') return false;
      if (isTag(p) && p.name === 'svg') return false;
    }
    return true;
  });
  if (candidates.length !== 1) return null;
  // One role=img drawing, but other drawings beside it (axes, lanes in SVGs of their own): the chart is laid
  // out in HTML. Small icons (a key mark with its own width and height) do not count.
  const others = querySelectorAll(root, 'svg').filter(
    (s) =>
      s !== candidates[0] && !isInside(s, candidates[0]) && !isInside(s, root, /legend/) && !(Number(s.attribs.width) <= 24 && Number(s.attribs.height) <= 24),
  );
  return others.length ? null : candidates[0];
}

function isInside(el: Element, ancestor: Element, cls?: RegExp): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (!isTag(p as ChildNode)) return false;
    if (cls ? cls.test((p as Element).attribs.class ?? '') : p === ancestor) return true;
    if (p === ancestor) return false;
  }
  return false;
}

interface Parts {
  title: string;
  credit: string;
  kicker?: string;
  reading: string;
  note: string;
  source: string;
  legend: { items: LegendItem[]; notes: string[] };
  drawing: Element | null;
  /** Where a chart laid out in HTML keeps its drawing (the shell's .chart-body). */
  body: Element | null;
  noteEl: Element | null;
  legendEl: Element | null;
  ink: string;
  inkSoft: string;
  rule: string;
  background: string;
}

function legendSvg(items: LegendItem[], x0: number, y0: number, maxW: number, vertical: boolean, fonts: FigureFonts) {
  const out: string[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const label = wrap(item.label, maxW - 24, 14, fonts, 1)[0] ?? '';
    const w = 24 + measure(label, 14, fonts);
    if (!vertical && x > x0 && x + w > x0 + maxW) {
      x = x0;
      y += 22;
    }
    out.push(
      `<g transform="translate(${round(x)} ${round(y)})"${item.opacity < 1 ? ` opacity="${item.opacity}"` : ''}>${item.swatch}<text x="24" y="11" font-size="14" fill="${esc(item.color)}">${esc(label)}</text></g>`,
    );
    if (vertical) y += 22;
    else x += w + 20;
  }
  return { svg: out.join(''), bottom: items.length ? y + (vertical ? 0 : 22) : y0 };
}

/** The map: text in a column on the left, the map on the right at the page's scale, as on a laptop. */
function layoutMap(p: Parts, ctx: CopyContext, step: FigureStep): string[] {
  const { fonts } = ctx;
  const out: string[] = [];
  const colW = 380;
  const mapX = MARGIN + colW + 40;
  const area = { x: mapX, y: 0, w: WIDTH - mapX, h: HEIGHT };
  if (p.drawing) {
    const vb = (p.drawing.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
    const frame: Box = vb.length === 4 ? { x0: vb[0], y0: vb[1], x1: vb[0] + vb[2], y1: vb[1] + vb[3] } : { x0: 0, y0: 0, x1: area.w, y1: area.h };
    const { content, sphere } = mapContentBox(p.drawing, ctx);
    const bounds: Box = isEmpty(sphere)
      ? frame
      : { x0: Math.max(frame.x0, sphere.x0), y0: Math.max(frame.y0, sphere.y0), x1: Math.min(frame.x1, sphere.x1), y1: Math.min(frame.y1, sphere.y1) };
    const crop = cropFor(content, bounds, area.w / area.h);
    out.push(
      copySvg(p.drawing, ctx, {
        root: true,
        parentStyle: ctx.styles.get(p.drawing.parent as Element),
        attrs: {
          x: `${area.x}`,
          y: `${area.y}`,
          width: `${area.w}`,
          height: `${area.h}`,
          viewBox: `${round(crop.x0)} ${round(crop.y0)} ${round(crop.x1 - crop.x0)} ${round(crop.y1 - crop.y0)}`,
          preserveAspectRatio: 'xMidYMid meet',
        },
      }),
    );
  }
  let y = MARGIN + 8;
  if (p.kicker) {
    out.push(
      `<text x="${MARGIN}" y="${y + 13}" font-size="14" font-weight="700" letter-spacing="1" fill="${esc(p.inkSoft)}">${esc(p.kicker.toUpperCase())}</text>`,
    );
    y += 26;
  }
  const titleLines = wrap(p.title, colW, 34, fonts, 3, true, true);
  out.push(textLines(titleLines, MARGIN, y + 32, 40, `font-family="${esc(fonts.serif)}" font-size="34" font-weight="700" fill="${esc(p.ink)}"`));
  y += 40 * titleLines.length + 22;
  const l = legendSvg(p.legend.items, MARGIN, y, colW, true, fonts);
  out.push(l.svg);
  y = l.bottom + (p.legend.items.length ? 8 : 0);
  const noteLines = p.legend.notes.flatMap((n) => wrap(n, colW, 14, fonts, 3));
  out.push(textLines(noteLines, MARGIN, y + 14, 19, `font-size="14" font-style="italic" fill="${esc(p.inkSoft)}"`));
  // Source and credit at the bottom of the column.
  const sourceLines = p.source ? wrap(p.source, colW, 13, fonts, 6) : [];
  const creditY = HEIGHT - MARGIN + 6;
  const sourceTop = creditY - 30 - 17 * sourceLines.length;
  out.push(`<line x1="${MARGIN}" x2="${MARGIN + colW}" y1="${round(sourceTop - 8)}" y2="${round(sourceTop - 8)}" stroke="${esc(p.rule)}" stroke-width="1"/>`);
  out.push(textLines(sourceLines, MARGIN, sourceTop + 12, 17, `font-size="13" fill="${esc(p.inkSoft)}"`));
  out.push(`<text x="${MARGIN}" y="${creditY}" font-size="15" font-weight="700" fill="${esc(p.ink)}">${esc(p.credit)}</text>`);
  if (y + 19 * noteLines.length > sourceTop - 12) ctx.warnings.push(`${step.id}: the map's legend runs into its source line`);
  return out;
}

/** A chart: title and reading on top, legend, the drawing, note and source line at the bottom. */
function layoutChart(p: Parts, ctx: CopyContext, step: FigureStep): { out: string[]; kind: ComposedFigure['kind'] } {
  const { fonts } = ctx;
  const out: string[] = [];
  const textW = WIDTH - 2 * MARGIN;
  let y = MARGIN - 4;
  const titleLines = wrap(p.title, textW, 30, fonts, 2, true, true);
  out.push(textLines(titleLines, MARGIN, y + 28, 36, `font-family="${esc(fonts.serif)}" font-size="30" font-weight="700" fill="${esc(p.ink)}"`));
  y += 36 * titleLines.length;
  if (p.reading) {
    const readingLines = wrap(p.reading, textW, 17, fonts, 2);
    out.push(textLines(readingLines, MARGIN, y + 16, 23, `font-size="17" fill="${esc(p.inkSoft)}"`));
    y += 23 * readingLines.length + 4;
  }
  // The legend goes under the header, unless the drawing laid out from HTML below already holds it.
  if (p.legend.items.length && !(p.legendEl && !p.drawing && p.body && (p.body === p.legendEl || isInside(p.legendEl, p.body)))) {
    const l = legendSvg(p.legend.items, MARGIN, y + 2, textW, false, fonts);
    out.push(l.svg);
    y = l.bottom + 2;
  }

  const creditW = measure(p.credit, 15, fonts, true);
  const sourceLines = p.source ? wrap(p.source, textW - creditW - 32, 13, fonts, 3) : [];
  // The note keeps its inline keys (swatches) when it is laid out like the page; set at 13 px, three lines at most.
  let note: { svg: string; k: number; height: number } | null = null;
  if (p.noteEl) {
    const flow = flowContext(ctx);
    const k = 13 / (ctx.styles.get(p.noteEl)?.fontSize ?? 13);
    const laid = layoutBlock(p.noteEl, 0, 0, textW / k, flow);
    if (!flow.unsupported.length && laid.height * k <= 3 * 18) note = { svg: laid.svg, k, height: laid.height * k };
  }
  const noteLines = !note && p.note ? wrap(p.note, textW, 13, fonts, 2) : [];
  const noteH = note ? note.height : 17 * noteLines.length;
  const footerH = 17 * sourceLines.length + (noteH ? noteH + 8 : 0);
  const footerTop = HEIGHT - 24 - footerH;
  let fy = footerTop + 13;
  if (note) out.push(`<g transform="translate(${MARGIN} ${round(footerTop)}) scale(${round(note.k, 4)})">${note.svg}</g>`);
  else if (noteLines.length) out.push(textLines(noteLines, MARGIN, fy, 17, `font-size="13" font-style="italic" fill="${esc(p.inkSoft)}"`));
  if (noteH) fy += noteH + 8;
  out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${round(fy - 18)}" y2="${round(fy - 18)}" stroke="${esc(p.rule)}" stroke-width="1"/>`);
  out.push(textLines(sourceLines, MARGIN, fy, 17, `font-size="13" fill="${esc(p.inkSoft)}"`));
  out.push(
    `<text x="${WIDTH - MARGIN}" y="${round(fy + 17 * Math.max(0, sourceLines.length - 1))}" text-anchor="end" font-size="15" font-weight="700" fill="${esc(p.ink)}">${esc(p.credit)}</text>`,
  );

  const area = { x: MARGIN, y: y + 8, w: textW, h: footerTop - 12 - (y + 8) };
  if (p.drawing) {
    const vb = (p.drawing.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
    const attrs: Record<string, string> = { x: `${area.x}`, y: `${round(area.y)}`, width: `${area.w}`, height: `${round(area.h)}` };
    if (vb.length === 4) attrs.preserveAspectRatio = 'xMidYMid meet';
    out.push(copySvg(p.drawing, ctx, { root: true, attrs, parentStyle: ctx.styles.get(p.drawing.parent as Element) }));
    return { out, kind: 'drawing' as const };
  }
  // The chart is laid out in HTML: lay its body out as on a laptop-wide page and scale it into the area.
  const flowRoot = p.body;
  if (flowRoot) {
    const flow = flowContext(ctx);
    const width = ctx.env.containerWidth - 2 * 0.8 * ctx.env.rootFontSize;
    // A body sized by its aspect ratio (the shell's default) stretches to the box it is given on the page:
    // give it the area's shape, so its flexible parts (a plot in a 1fr grid row) take the room there is.
    const sp = ctx.styles.get(flowRoot)?.specified;
    const stretches = !!sp && ((sp.get('aspect-ratio') ?? 'auto') !== 'auto' || /px|rem|vh/.test(sp.get('height') ?? ''));
    const laid = layoutBlock(flowRoot, 0, 0, width, flow, 0, stretches ? (width * area.h) / area.w : undefined);
    if (!flow.unsupported.length && laid.height > 0) {
      const k = Math.min(area.w / width, area.h / laid.height, 1.3);
      const dx = area.x + (area.w - width * k) / 2;
      const dy = area.y + (area.h - laid.height * k) / 2;
      out.push(`<g transform="translate(${round(dx)} ${round(dy)}) scale(${round(k, 4)})">${laid.svg}</g>`);
      return { out, kind: 'flow' as const };
    }
    ctx.warnings.push(
      `${step.id}: the ${step.figure} chart's HTML layout uses ${[...new Set(flow.unsupported)].join(', ')}, which the static figure cannot lay out; it shows the chart's text and the step's description instead`,
    );
  } else
    ctx.warnings.push(
      `${step.id}: the ${step.figure} component has no drawing to show (no .chart-body or [data-figure-drawing]); it shows the chart's text and the step's description instead`,
    );
  // A card: what the figure shows at this step, in words (the step's alt text), where the drawing would be.
  const lines = wrap(step.alt, Math.min(area.w, 900), 22, fonts, Math.max(1, Math.floor(area.h / 32)));
  const top = area.y + Math.max(0, (area.h - lines.length * 32) / 2);
  out.push(
    `<rect x="${area.x}" y="${round(area.y)}" width="${area.w}" height="${round(area.h)}" rx="8" fill="none" stroke="${esc(p.rule)}" stroke-dasharray="6 4"/>`,
  );
  out.push(textLines(lines, area.x + (area.w - Math.min(area.w, 900)) / 2, top + 24, 32, `font-size="22" fill="${esc(p.inkSoft)}"`));
  return { out, kind: 'card' as const };
}

function flowContext(ctx: CopyContext): FlowContext {
  return {
    styles: ctx.styles,
    env: ctx.env,
    measure: (text, size, bold) => measure(text, size, ctx.fonts, bold),
    svg: (el, b) =>
      copySvg(el, ctx, {
        root: true,
        attrs: { x: `${round(b.x)}`, y: `${round(b.y)}`, width: `${round(b.w)}`, height: `${round(b.h)}` },
        parentStyle: ctx.styles.get(el.parent as Element),
      }),
    box: (el, b) => boxSwatch(el, b, ctx),
    esc,
    unsupported: [],
  };
}

export function composeFigure(input: ComposeInput): ComposedFigure {
  const { step, fonts, env } = input;
  const warnings: string[] = [];
  const componentCss = [...input.head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const sheet = parseStylesheets([input.globalCss, ...componentCss], env);
  const doc = parseDocument(`<html lang="${esc(step.lang)}"><body>${input.body}</body></html>`, {
    lowerCaseTags: false,
    lowerCaseAttributeNames: false,
    recognizeSelfClosing: true,
  }) as unknown as Document;
  const styles = computeStyles(doc, sheet, env);
  textStyles = styles;
  const ctx: CopyContext = { styles, env, fonts, warnings };
  const root = querySelector(doc, '[data-viz]');
  if (!root) throw new Error(`${step.id}: the ${step.figure} component rendered no [data-viz] root`);
  const rootStyle = styles.get(root);
  const ink = colorOf(rootStyle, '--ink', env, '#000');
  const isMap = step.figure === 'map';

  // Text parts, from the component where it has them: figcaption = title + reading; [data-sources] = source line.
  const caption = querySelector(root, 'figcaption');
  const captionParts = caption ? caption.children.filter(isTag) : [];
  const sourceEl = querySelector(root, '[data-sources]');
  const source = sourceEl ? clean(textOf(sourceEl, (el) => el.name === 'a')) : step.stepSource;
  const noteEl = querySelector(root, '.chart-note');
  const legendEl = querySelector(root, '.chart-legend, .legend');
  const parts: Parts = {
    title: captionParts[0] ? clean(textOf(captionParts[0])) : step.fallbackTitle,
    kicker: isMap ? step.kicker : undefined,
    reading: captionParts
      .slice(1)
      .map((p) => clean(textOf(p)))
      .filter(Boolean)
      .join(' '),
    note: noteEl ? clean(textOf(noteEl)) : '',
    source: source && !source.startsWith(step.sourceLabel) && !/^source/i.test(source) ? `${step.sourceLabel} ${source}` : source,
    credit: step.credit,
    legend: withMapNotes(legendItems(legendEl, ctx), isMap ? (root.attribs['data-notes'] !== undefined ? root : querySelector(root, '[data-notes]')) : null),
    drawing: findDrawing(root, styles),
    // An HTML element marked [data-figure-drawing] (e.g. the panel a step emphasises), else the shell's body.
    body: querySelector(root, ':not(svg)[data-figure-drawing]') ?? querySelector(root, '.chart-body'),
    noteEl,
    legendEl,
    ink,
    inkSoft: colorOf(rootStyle, '--ink-soft', env, ink),
    rule: colorOf(rootStyle, '--line', env, ink),
    background: backgroundOf(rootStyle) ?? colorOf(rootStyle, '--paper', env, '#fff'),
  };
  let body: string[];
  let kind: ComposedFigure['kind'] = parts.drawing ? 'drawing' : 'card';
  if (isMap) body = layoutMap(parts, ctx, step);
  else ({ out: body, kind } = layoutChart(parts, ctx, step));
  textStyles = null;

  const titleId = `figure-title-${step.id}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId}" lang="${esc(step.lang)}" font-family="${esc(fonts.sans)}" data-step="${esc(step.id)}" data-scene="${esc(step.scene)}" data-figure="${esc(step.figure)}">` +
    `<title id="${titleId}">${esc(step.alt)}</title>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${esc(parts.background)}"/>` +
    body.join('') +
    `</svg>\n`;
  return { svg, kind, warnings };
}
