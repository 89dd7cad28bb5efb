// The CSS cascade for the static figures, done at build time so the standalone SVG needs no stylesheet.
// resvg only understands simple selectors (no :where/:not, which Svelte's scoping emits), no var(), no rem,
// no @media or @container, and no pathLength. So instead of handing it a <style> element, this module runs
// the cascade the way a browser would for one fixed environment (a 1200 px wide screen, light theme,
// reduced motion, the chart's wide layout): it matches every rule against the server-rendered component
// (HTML ancestors included, so `.group.dim .bar` or `.animated .arc` resolve as on the page), resolves
// custom properties through inheritance (from global.css :root and component-level declarations), applies
// the final frame of `forwards` animations (a static figure shows the finished state), and reports per
// element the declarations that win. The figure composer writes those onto the SVG elements as style
// attributes. Pure: takes a DOM (htmlparser2/domhandler) and CSS text; no file system.
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import { selectAll, selectOne } from 'css-select';
import type { Document, Element, ChildNode } from 'domhandler';

export interface StyleEnvironment {
  /** Width and height of the "screen" that @media queries see, in px. */
  viewportWidth: number;
  viewportHeight: number;
  /** Inline size @container queries see, in px (the figure's own box on the page). */
  containerWidth: number;
  /** A still image: prefers-reduced-motion matches "reduce". */
  reducedMotion: boolean;
  colorScheme: 'light' | 'dark';
  /** px per rem. */
  rootFontSize: number;
}

export const STATIC_FIGURE_ENVIRONMENT: StyleEnvironment = {
  viewportWidth: 1200,
  viewportHeight: 675,
  // The chart shell's max-width (56rem): the wide layout, as on a laptop.
  containerWidth: 896,
  reducedMotion: true,
  colorScheme: 'light',
  rootFontSize: 16,
};

interface Declaration {
  prop: string;
  value: string;
  important: boolean;
}

interface StyleRule {
  selector: string;
  specificity: number;
  order: number;
  declarations: Declaration[];
}

export interface Stylesheet {
  rules: StyleRule[];
  /** ::before / ::after rules with a string `content` (e.g. the ' · ' between inline list items). */
  generated: (StyleRule & { which: 'before' | 'after'; content: string })[];
  /** @keyframes name -> declarations of the final frame (to / 100%). */
  keyframes: Map<string, Declaration[]>;
  /** Selectors skipped because they can never match a still image or are not understood (:hover, ::before…). */
  skipped: string[];
}

// css-select and htmlparser2 may sit on different domhandler majors; the nodes are the same shape.
export const querySelectorAll = (root: Document | Element, selector: string): Element[] => selectAll(selector, root as never) as unknown as Element[];
export const querySelector = (root: Document | Element, selector: string): Element | null => selectOne(selector, root as never) as unknown as Element | null;

// ---------------------------------------------------------------------------------------------- media

function toPx(value: string, env: StyleEnvironment): number {
  const m = /^(-?[\d.]+)(px|rem|em)?$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'rem' || m[2] === 'em' ? n * env.rootFontSize : n;
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      return a === b;
  }
}

/** One parenthesised feature, e.g. "max-width: 34rem", "prefers-reduced-motion: reduce", "width >= 40rem". */
function featureMatches(feature: string, width: number, height: number, env: StyleEnvironment): boolean {
  const f = feature.trim();
  const range = /^(?:([\d.]+\w*)\s*(<=|<|>=|>|=)\s*)?(width|height|inline-size)\s*(?:(<=|<|>=|>|=)\s*([\d.]+\w*))?$/.exec(f);
  if (range && (range[1] || range[5])) {
    const size = range[3] === 'height' ? height : width;
    let ok = true;
    if (range[1]) ok &&= compare(toPx(range[1], env), range[2], size);
    if (range[5]) ok &&= compare(size, range[4], toPx(range[5], env));
    return ok;
  }
  const [name, raw = ''] = f.split(':').map((s) => s.trim());
  switch (name) {
    case 'min-width':
    case 'min-inline-size':
      return width >= toPx(raw, env);
    case 'max-width':
    case 'max-inline-size':
      return width <= toPx(raw, env);
    case 'width':
      return width === toPx(raw, env);
    case 'min-height':
      return height >= toPx(raw, env);
    case 'max-height':
      return height <= toPx(raw, env);
    case 'orientation':
      return raw === (width >= height ? 'landscape' : 'portrait');
    case 'prefers-reduced-motion':
      return raw === '' ? env.reducedMotion : raw === (env.reducedMotion ? 'reduce' : 'no-preference');
    case 'prefers-color-scheme':
      return raw === env.colorScheme;
    case 'prefers-contrast':
    case 'forced-colors':
    case 'prefers-reduced-transparency':
      return raw === 'no-preference' || raw === 'none';
    case 'hover':
    case 'any-hover':
    case 'pointer':
    case 'any-pointer':
      return raw === 'none';
    default:
      return false;
  }
}

/** Evaluates a query list ("screen and (min-width: 960px), print") for a still image on screen. */
export function queryMatches(params: string, width: number, height: number, env: StyleEnvironment, container = false): boolean {
  return params.split(',').some((part) => {
    let q = part.trim();
    // A named container query: "@container card (max-width: 30rem)" -- the name does not matter here.
    if (container) q = q.replace(/^[a-z][\w-]*\s+(?=\(|not\b)/i, '');
    let negate = false;
    if (/^not\s+/i.test(q)) {
      negate = true;
      q = q.replace(/^not\s+/i, '');
    }
    q = q.replace(/^only\s+/i, '');
    const typeMatch = /^(all|screen|print|speech)\b\s*(?:and\s+)?/i.exec(q);
    let ok = true;
    if (typeMatch) {
      ok = typeMatch[1].toLowerCase() !== 'print' && typeMatch[1].toLowerCase() !== 'speech';
      q = q.slice(typeMatch[0].length);
    }
    if (ok && q) {
      // "(a) and (b)" or "(a) or (b)"; nested groups are rare and are treated as not matching.
      const features = [...q.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
      const useOr = /\)\s+or\s+\(/i.test(q);
      if (!features.length) ok = false;
      else ok = useOr ? features.some((f) => featureMatches(f, width, height, env)) : features.every((f) => featureMatches(f, width, height, env));
    }
    return negate ? !ok : ok;
  });
}

// ----------------------------------------------------------------------------------------- specificity

/** Splits a selector list at top-level commas. */
function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote && list[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

/** Specificity of one complex selector as a single number (ids * 1e6 + classes * 1e3 + types). */
export function specificity(selector: string): number {
  let ids = 0;
  let classes = 0;
  let types = 0;
  let i = 0;
  const s = selector;
  const ident = () => {
    const m = /^-?[_a-zA-Z\u00a0-\uffff\\][\w\-\u00a0-\uffff\\]*/.exec(s.slice(i));
    i += m ? m[0].length : 1;
  };
  const args = (): string => {
    // at "(": returns the argument text and moves past ")"
    let depth = 0;
    const start = i + 1;
    for (; i < s.length; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')' && --depth === 0) break;
    }
    i++;
    return s.slice(start, i - 1);
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '#') {
      i++;
      ident();
      ids++;
    } else if (c === '.') {
      i++;
      ident();
      classes++;
    } else if (c === '[') {
      while (i < s.length && s[i] !== ']') i++;
      i++;
      classes++;
    } else if (c === ':') {
      if (s[i + 1] === ':') {
        i += 2;
        ident();
        types++;
        if (s[i] === '(') args();
        continue;
      }
      i++;
      const start = i;
      ident();
      const name = s.slice(start, i).toLowerCase();
      if (s[i] === '(') {
        const inner = args();
        if (name === 'where') continue;
        if (name === 'is' || name === 'not' || name === 'has' || name === 'matches') {
          const best = Math.max(0, ...splitSelectorList(inner).map(specificity));
          ids += Math.floor(best / 1e6);
          classes += Math.floor((best % 1e6) / 1e3);
          types += best % 1e3;
          continue;
        }
      }
      classes++;
    } else if (/[a-zA-Z_\-\\]/.test(c)) {
      ident();
      types++;
    } else i++;
  }
  return ids * 1e6 + classes * 1e3 + types;
}

// ------------------------------------------------------------------------------------------ parsing

// Pseudo-elements and pseudo-classes that never match in a still image: the selector is skipped.
const PSEUDO_ELEMENT = /::|:(before|after|first-line|first-letter|marker|placeholder|selection|backdrop)\b/i;

function declarationsOf(container: Container): Declaration[] {
  const out: Declaration[] = [];
  container.each((node) => {
    if (node.type === 'decl')
      out.push({
        prop: node.prop.toLowerCase().startsWith('--') ? node.prop : node.prop.toLowerCase(),
        value: node.value.trim(),
        important: node.important === true,
      });
  });
  return out;
}

/**
 * The few user-agent defaults the figures' HTML relies on (a browser gives <strong> its weight and <p> its
 * margins). They lose to every author rule, whatever its specificity.
 */
const UA_CSS = `
p, dl, figure, blockquote { margin: 1em 0; }
ul, ol { margin: 1em 0; padding-left: 40px; }
h1, h2, h3, h4, h5, h6, strong, b, th { font-weight: 700; }
em, i, cite, var, dfn { font-style: italic; }
figure { margin: 1em 40px; }
dd { margin-left: 40px; }
`;
const UA_OFFSET = -1e12;

/** Parses CSS texts (in cascade order, after UA_CSS) into rules that apply to a still figure in `env`. */
export function parseStylesheets(cssTexts: string[], env: StyleEnvironment): Stylesheet {
  const rules: StyleRule[] = [];
  const generated: Stylesheet['generated'] = [];
  const keyframes = new Map<string, Declaration[]>();
  const skipped: string[] = [];
  let order = 0;
  const walk = (container: Container) => {
    container.each((node) => {
      if (node.type === 'rule') {
        const rule = node as Rule;
        const declarations = declarationsOf(rule);
        if (!declarations.length) return;
        for (const sel of splitSelectorList(rule.selector)) {
          const gen = /^(.*?)::?(before|after)$/.exec(sel);
          const content = declarations.find((d) => d.prop === 'content')?.value;
          if (gen && content && /^(["']).*\1$/.test(content) && !PSEUDO_ELEMENT.test(gen[1])) {
            const text = content
              .slice(1, -1)
              .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
              .replace(/\\(.)/g, '$1');
            generated.push({
              selector: gen[1] || '*',
              specificity: specificity(sel),
              order: order++,
              declarations,
              which: gen[2] as 'before' | 'after',
              content: text,
            });
            continue;
          }
          if (PSEUDO_ELEMENT.test(sel) || /:(hover|focus|focus-visible|focus-within|active|visited|target)\b/i.test(sel)) {
            skipped.push(sel);
            continue;
          }
          rules.push({ selector: sel, specificity: specificity(sel), order: order++, declarations });
        }
      } else if (node.type === 'atrule') {
        const at = node as AtRule;
        const name = at.name.toLowerCase();
        if (name === 'media') {
          if (queryMatches(at.params, env.viewportWidth, env.viewportHeight, env)) walk(at);
        } else if (name === 'container') {
          if (queryMatches(at.params, env.containerWidth, env.viewportHeight, env, true)) walk(at);
        } else if (name === 'supports' || name === 'layer' || name === 'scope') {
          if (at.nodes) walk(at);
        } else if (/^(-\w+-)?keyframes$/.test(name)) {
          let last: Declaration[] | undefined;
          at.each((frame) => {
            if (frame.type !== 'rule') return;
            const keys = splitSelectorList((frame as Rule).selector).map((k) => k.trim().toLowerCase());
            if (keys.includes('to') || keys.includes('100%')) last = declarationsOf(frame as Rule);
          });
          if (last) keyframes.set(at.params.trim(), last);
        }
        // @font-face, @property, @page, @import: nothing a still SVG uses.
      }
    });
  };
  walk(postcss.parse(UA_CSS));
  for (const r of rules) r.specificity += UA_OFFSET;
  for (const css of cssTexts) walk(postcss.parse(css));
  return { rules, generated, keyframes, skipped };
}

// ------------------------------------------------------------------------------------------ cascade

/** Properties that inherit (CSS and SVG). */
const INHERITED = new Set([
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-variant-numeric',
  'font-stretch',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-anchor',
  'text-transform',
  'white-space',
  'direction',
  'visibility',
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
  'paint-order',
  'dominant-baseline',
  'shape-rendering',
  'text-rendering',
  'clip-rule',
  'marker-start',
  'marker-mid',
  'marker-end',
]);

export interface ComputedStyle {
  /** Winning declarations on this element (after var() is resolved), including inherited-only props it sets. */
  specified: Map<string, string>;
  /** Inherited properties' values at this element (what a child inherits), after its own declarations. */
  inherited: Map<string, string>;
  /** Custom properties in force at this element. */
  custom: Map<string, string>;
  /** Computed font size in px. */
  fontSize: number;
  /** Text of a ::before / ::after pseudo-element, when a rule gives one. */
  before?: string;
  after?: string;
}

const SHORTHAND_ANIMATION_KEYWORDS = new Set([
  'none',
  'infinite',
  'normal',
  'reverse',
  'alternate',
  'alternate-reverse',
  'forwards',
  'backwards',
  'both',
  'running',
  'paused',
  'linear',
  'ease',
  'ease-in',
  'ease-out',
  'ease-in-out',
  'step-start',
  'step-end',
]);

/** The final-frame declarations an element's `animation` leaves in place (fill-mode forwards/both). */
function finishedAnimation(specified: Map<string, string>, sheet: Stylesheet): Declaration[] {
  const shorthand = specified.get('animation');
  let names: string[] = [];
  let fill = specified.get('animation-fill-mode') ?? '';
  if (specified.has('animation-name'))
    names = specified
      .get('animation-name')!
      .split(',')
      .map((s) => s.trim());
  else if (shorthand) {
    for (const one of shorthand.split(',')) {
      const words = one
        .replace(/\([^)]*\)/g, '')
        .trim()
        .split(/\s+/);
      const name = words.find((w) => !SHORTHAND_ANIMATION_KEYWORDS.has(w) && !/^[\d.]+m?s$/.test(w) && !/^[\d.]+$/.test(w));
      if (name) names.push(name);
      if (words.includes('forwards') || words.includes('both')) fill ||= 'forwards';
    }
  }
  if (!/forwards|both/.test(fill)) return [];
  return names.flatMap((n) => sheet.keyframes.get(n) ?? []);
}

/** Resolves var(--x[, fallback]) and light-dark(a, b) in a value; null when a variable is missing. */
export function resolveValue(value: string, custom: ReadonlyMap<string, string>, env: StyleEnvironment, depth = 0): string | null {
  if (depth > 20) return null;
  let out = value;
  for (let guard = 0; guard < 50; guard++) {
    const at = out.lastIndexOf('var(');
    if (at < 0) break;
    let depthP = 0;
    let end = at + 3;
    for (; end < out.length; end++) {
      if (out[end] === '(') depthP++;
      else if (out[end] === ')' && --depthP === 0) break;
    }
    const inner = out.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? null : inner.slice(comma + 1).trim();
    let replacement = custom.get(name) ?? null;
    if (replacement !== null) replacement = resolveValue(replacement, custom, env, depth + 1);
    if (replacement === null && fallback !== null) replacement = resolveValue(fallback, custom, env, depth + 1);
    if (replacement === null) return null;
    out = out.slice(0, at) + replacement + out.slice(end + 1);
  }
  out = out.replace(/light-dark\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,()]+(?:\([^()]*\))?)\s*\)/g, (_, light, dark) =>
    (env.colorScheme === 'dark' ? dark : light).trim(),
  );
  return resolveColorMix(out.trim());
}

/** A colour as [r, g, b, a] (0-255, alpha 0-1): #rgb, #rrggbb, rgb()/rgba() and transparent; null otherwise. */
function parseColor(value: string): [number, number, number, number] | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return [...m[1]].map((c) => parseInt(c + c, 16)).concat(1) as [number, number, number, number];
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1].slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  }
  return null;
}

/**
 * Evaluates color-mix(in srgb, A p%, B [q%]) into rgba(), which resvg can read (it reads no color-mix). Mixes with
 * premultiplied alpha, as CSS does; a mix it cannot read is left as it is (and the tests reject it).
 */
export function resolveColorMix(value: string): string {
  return value.replace(/color-mix\(\s*in srgb\s*,\s*([^,]+?)\s*,\s*([^,]+?)\s*\)/g, (whole, first: string, second: string) => {
    const part = (s: string) => {
      const m = /^(.*?)\s+([\d.]+)%$/.exec(s.trim());
      return m ? { color: parseColor(m[1]), pct: Number(m[2]) } : { color: parseColor(s), pct: null as number | null };
    };
    const a = part(first);
    const b = part(second);
    if (!a.color || !b.color) return whole;
    const pa = a.pct ?? (b.pct === null ? 50 : 100 - b.pct);
    const wa = pa / 100;
    const wb = 1 - wa;
    const alpha = a.color[3] * wa + b.color[3] * wb;
    if (alpha === 0) return 'rgba(0, 0, 0, 0)';
    const ch = (i: number) => Math.round((a.color![i] * a.color![3] * wa + b.color![i] * b.color![3] * wb) / alpha);
    return `rgba(${ch(0)}, ${ch(1)}, ${ch(2)}, ${Math.round(alpha * 1000) / 1000})`;
  });
}

/** Converts a CSS length to px: px, rem, em (of `em`), % (of `percentOf`, when given), pt; NaN otherwise. */
export function lengthToPx(value: string, em: number, env: StyleEnvironment, percentOf?: number): number {
  const m = /^(-?[\d.]+(?:e-?\d+)?)(px|rem|em|pt|%)?$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'rem':
      return n * env.rootFontSize;
    case 'em':
      return n * em;
    case 'pt':
      return (n * 4) / 3;
    case '%':
      return percentOf === undefined ? NaN : (n / 100) * percentOf;
    default:
      return n;
  }
}

const FONT_SIZE_KEYWORDS: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
};

function computeFontSize(value: string | undefined, parent: number, env: StyleEnvironment): number {
  if (!value) return parent;
  const v = value.trim();
  if (v in FONT_SIZE_KEYWORDS) return (FONT_SIZE_KEYWORDS[v] / 16) * env.rootFontSize;
  if (v === 'smaller') return parent / 1.2;
  if (v === 'larger') return parent * 1.2;
  const clamp = /^clamp\(([^,]+),([^,]+),([^)]+)\)$/.exec(v);
  if (clamp) return computeFontSize(clamp[2].includes('v') ? clamp[3] : clamp[2], parent, env);
  const px = lengthToPx(v, parent, env, parent);
  return Number.isFinite(px) ? px : parent;
}

function parseInlineStyle(style: string): Declaration[] {
  try {
    const root = postcss.parse(`x{${style}}`);
    const rule = root.first as Rule | undefined;
    return rule ? declarationsOf(rule) : [];
  } catch {
    return [];
  }
}

/**
 * Runs the cascade over `doc` (the rendered component wrapped in <html><body>): returns each element's
 * computed style. Unknown selectors (css-select cannot compile them) are recorded in sheet.skipped.
 */
export function computeStyles(doc: Document, sheet: Stylesheet, env: StyleEnvironment): Map<Element, ComputedStyle> {
  const matched = new Map<Element, { specificity: number; order: number; decl: Declaration }[]>();
  const push = (el: Element, specificity: number, order: number, declarations: Declaration[]) => {
    let list = matched.get(el);
    if (!list) matched.set(el, (list = []));
    for (const decl of declarations) list.push({ specificity, order, decl });
  };
  for (const rule of sheet.rules) {
    let els: Element[];
    try {
      els = querySelectorAll(doc, rule.selector);
    } catch {
      sheet.skipped.push(rule.selector);
      continue;
    }
    for (const el of els) push(el, rule.specificity, rule.order, rule.declarations);
  }

  const generated = new Map<Element, { before?: [number, number, string]; after?: [number, number, string] }>();
  for (const rule of sheet.generated) {
    let els: Element[];
    try {
      els = querySelectorAll(doc, rule.selector);
    } catch {
      sheet.skipped.push(`${rule.selector}::${rule.which}`);
      continue;
    }
    for (const el of els) {
      const g = generated.get(el) ?? {};
      const prev = g[rule.which];
      if (!prev || prev[0] < rule.specificity || (prev[0] === rule.specificity && prev[1] < rule.order))
        g[rule.which] = [rule.specificity, rule.order, rule.content];
      generated.set(el, g);
    }
  }

  const result = new Map<Element, ComputedStyle>();
  const visit = (node: ChildNode, parent: ComputedStyle) => {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const list = matched.get(el) ?? [];
    if (el.attribs.style) {
      for (const decl of parseInlineStyle(el.attribs.style)) list.push({ specificity: 1e9, order: 0, decl });
    }
    // Cascade: important beats normal, then specificity, then source order (stable sort keeps order).
    list.sort((a, b) => Number(a.decl.important) - Number(b.decl.important) || a.specificity - b.specificity || a.order - b.order);
    const raw = new Map<string, string>();
    for (const { decl } of list) raw.set(decl.prop, decl.value);
    for (const decl of finishedAnimation(raw, sheet)) raw.set(decl.prop, decl.value);

    const custom = new Map(parent.custom);
    for (const [prop, value] of raw) if (prop.startsWith('--')) custom.set(prop, value);
    const specified = new Map<string, string>();
    for (const [prop, value] of raw) {
      if (prop.startsWith('--')) continue;
      const v = resolveValue(value, custom, env);
      if (v === null || v === 'inherit' || v === 'unset' || v === 'revert' || v === 'revert-layer') continue;
      specified.set(prop, v);
    }
    const fontSize = computeFontSize(specified.get('font-size'), parent.fontSize, env);
    const inherited = new Map(parent.inherited);
    for (const [prop, value] of specified) if (INHERITED.has(prop)) inherited.set(prop, value);
    inherited.set('font-size', `${round(fontSize)}px`);
    // currentColor resolves against this element's colour.
    const color = inherited.get('color');
    if (color) {
      for (const p of ['fill', 'stroke']) {
        const v = specified.get(p);
        if (v && /^currentcolor$/i.test(v)) specified.set(p, color);
        const iv = inherited.get(p);
        if (iv && /^currentcolor$/i.test(iv) && specified.has(p)) inherited.set(p, color);
      }
    }
    const gen = generated.get(el);
    const style: ComputedStyle = { specified, inherited, custom, fontSize, before: gen?.before?.[2], after: gen?.after?.[2] };
    result.set(el, style);
    for (const child of el.children) visit(child, style);
  };
  const initial: ComputedStyle = { specified: new Map(), inherited: new Map(), custom: new Map(), fontSize: env.rootFontSize };
  for (const child of doc.children) visit(child, initial);
  return result;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
