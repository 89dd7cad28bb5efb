// What a reader sees of a chart's text, measured in the page: the drawn boxes of every visible SVG text in the
// stage's active chart, the lines drawn across them, their rendered size, and the room left around the stage's
// Embed button. Used by charts-b.spec.ts (every chart step at three sizes) and layout-phone.spec.ts.
//
//   const r = await page.evaluate(measureChartText);
//
// The function is passed to page.evaluate, so it is self-contained (no imports, no closures).

export interface ChartTextReport {
  /** "a" / "b": two texts whose boxes overlap (more than a sliver: glyph boxes include line spacing), or an SVG
   *  text and an entry of the HTML legend. */
  overlaps: string[];
  /** "text" / "class of line": a stroked line or path runs through a text's letters. */
  crossed: string[];
  /** Texts whose rendered font size is below `minPx` CSS px. */
  small: string[];
  /** The Embed button's distance to the nearest chart text box (px; negative: overlap), and that text. */
  embedGap: { px: number; text: string } | null;
  /** How many texts were measured (a test checks this is not zero, so it cannot pass on an empty chart). */
  count: number;
}

export function measureChartText(minPx = 10): ChartTextReport {
  const stage = document.querySelector<HTMLElement>('[data-graphic]')!;
  const layer = stage.querySelector<HTMLElement>(`[data-layer="${stage.dataset.activeFigure}"]`)!;
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  type Box = { l: number; t: number; r: number; b: number; name: string };
  const boxOf = (el: Element, name: string): Box => {
    const r = el.getBoundingClientRect();
    return { l: r.left, t: r.top, r: r.right, b: r.bottom, name };
  };
  const label = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A text with lines of its own (tspans placed on their own) counts line by line.
  const texts: Box[] = [];
  const small: string[] = [];
  for (const t of layer.querySelectorAll<SVGTextElement>('svg text')) {
    if (!shown(t) || !label(t) || t.getBoundingClientRect().width === 0) continue;
    const m = t.getScreenCTM();
    const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
    if (px < minPx - 0.05) small.push(`${label(t)} (${px.toFixed(1)} px)`);
    const lines = [...t.querySelectorAll('tspan')].filter((s) => s.hasAttribute('y') || s.hasAttribute('dy'));
    if (lines.length > 1) for (const s of lines) texts.push(boxOf(s, label(s)));
    else texts.push(boxOf(t, label(t)));
  }
  // The ink band: a glyph box is about 1.17 em tall, the letters about 0.75 em of it.
  const ink = (b: Box): Box => {
    const h = b.b - b.t;
    return { ...b, l: b.l + 1, r: b.r - 1, t: b.t + h * 0.2, b: b.b - h * 0.15 };
  };
  const overlaps: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = ink(texts[i]);
      const b = ink(texts[j]);
      if (Math.min(a.r, b.r) - Math.max(a.l, b.l) > 0 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 0) overlaps.push(`${a.name} / ${b.name}`);
    }
  // A drawing that runs out of its box runs into the HTML legend under it.
  const legend = [...layer.querySelectorAll('.chart-legend li, .chart-legend .lg')]
    .filter((el) => shown(el) && label(el))
    .map((el) => boxOf(el, `legend “${label(el)}”`));
  for (const t of texts)
    for (const l of legend) {
      const a = ink(t);
      if (Math.min(a.r, l.r) - Math.max(a.l, l.l) > 0 && Math.min(a.b, l.b) - Math.max(a.t, l.t) > 0) overlaps.push(`${t.name} / ${l.name}`);
    }
  // Lines: every stroked line and path but the grid and axis lines, which run behind labels by design.
  const crossed: string[] = [];
  const strokes = [...layer.querySelectorAll<SVGGeometryElement>('svg line, svg path, svg polyline')].filter((g) => {
    const cs = getComputedStyle(g);
    return shown(g) && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0 && !g.closest('.grid, .axis, .tick, .base') && !g.matches('.grid, .tick');
  });
  for (const g of strokes) {
    const m = g.getScreenCTM();
    if (!m) continue;
    const len = g.getTotalLength();
    const pts: DOMPoint[] = [];
    for (let s = 0; s <= len; s += 1.5) pts.push(g.getPointAtLength(s).matrixTransform(m));
    for (const t of texts) {
      const b = ink(t);
      if (pts.some((p) => p.x > b.l && p.x < b.r && p.y > b.t && p.y < b.b)) crossed.push(`${t.name} / ${g.getAttribute('class') ?? g.tagName}`);
    }
  }
  // The Embed button (on phones, in the chart box's bottom corner) and every text of the chart: SVG text, and the
  // HTML text around the drawing (legend entries, the notes button).
  let embedGap: ChartTextReport['embedGap'] = null;
  const button = document.querySelector('[data-embed-open]');
  if (button && shown(button)) {
    const e = boxOf(button, 'Embed');
    const html = [...layer.querySelectorAll('.chart-legend li, .chart-legend span, .chart-more, .legend li, .chart-title, .view-switch button')]
      .filter((el) => shown(el) && label(el))
      .map((el) => boxOf(el, label(el)));
    for (const t of [...texts, ...html]) {
      const gap = Math.max(t.l - e.r, e.l - t.r, t.t - e.b, e.t - t.b);
      if (!embedGap || gap < embedGap.px) embedGap = { px: Math.round(gap * 10) / 10, text: t.name };
    }
  }
  return { overlaps, crossed, small, embedGap, count: texts.length };
}
