// Map labels as drawn: in every map scene, at every width from 320 to 1920 px, no label overlaps another, none is
// cut off by the map's frame, none covers another place's marker, the legend never hides China, and no line or flow runs through one (the
// particles are drawn above the labels, on the canvas, along the flows' paths). Measured in the browser, from the
// drawn text (getBoundingClientRect of each <text>, which follows the real font) and the drawn paths (points
// along each path by getPointAtLength, through the SVG's screen transform).
// Run under reduced motion: the camera jumps (fast) and the flows are drawn as their widest static arcs (strictest).
import { expect, test, type Page } from '@playwright/test';

const SIZES: [number, number][] = [
  [320, 568],
  [375, 812],
  [768, 1024],
  [1280, 720],
  [1440, 900],
  [1920, 1080],
];

interface Problem {
  scene: string;
  what: string;
}

/** One step per map scene, in reading order. */
async function mapSteps(page: Page): Promise<{ id: string; scene: string }[]> {
  const all = await page.$$eval('[data-step][data-figure="map"]', (els) => els.map((e) => ({ id: e.id, scene: (e as HTMLElement).dataset.scene ?? '' })));
  const seen = new Set<string>();
  return all.filter((s) => !seen.has(s.scene) && seen.add(s.scene));
}

async function showStep(page: Page, id: string, scene: string): Promise<void> {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId)!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  }, id);
  await page.waitForFunction(
    (s) => {
      const map = document.querySelector<HTMLElement>('[data-viz="map"]');
      return map?.dataset.scene === s && map.dataset.land === 'ready' && !map.classList.contains('moving');
    },
    scene,
    { timeout: 8000 },
  );
  // Two frames: the settled marks are in the DOM.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Everything wrong with the labels of the scene on screen, measured from what is drawn. */
function measure(scene: string): Problem[] {
  const problems: Problem[] = [];
  const map = document.querySelector<HTMLElement>('[data-viz="map"]')!;
  const svg = map.querySelector<SVGSVGElement>('svg.map-svg')!;
  const frame = map.getBoundingClientRect();
  const labels = [...svg.querySelectorAll<SVGTextElement>('.labels text')].map((el) => ({
    el,
    id: el.dataset.id ?? '',
    own: new Set([el.dataset.id ?? '', ...(el.dataset.members ?? '').split(' ').filter(Boolean)]),
    text: el.textContent ?? '',
    box: el.getBoundingClientRect(),
  }));
  const tol = 0.5;
  const hit = (a: DOMRect, b: { left: number; right: number; top: number; bottom: number }) =>
    a.left + tol < b.right && b.left + tol < a.right && a.top + tol < b.bottom && b.top + tol < a.bottom;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i];
    if (a.box.left < frame.left - tol || a.box.right > frame.right + tol || a.box.top < frame.top - tol || a.box.bottom > frame.bottom + tol)
      problems.push({ scene, what: `"${a.text}" is cut off by the frame` });
    for (let j = i + 1; j < labels.length; j++) if (hit(a.box, labels[j].box)) problems.push({ scene, what: `"${a.text}" overlaps "${labels[j].text}"` });
  }
  // Markers: a label may touch its own marker, not another place's. A hashrate circle counts by its middle.
  for (const m of svg.querySelectorAll<SVGGraphicsElement>('.markers [data-id]')) {
    const id = m.dataset.id ?? '';
    let r = m.getBoundingClientRect();
    if (m.classList.contains('circle')) {
      const cx = (r.left + r.right) / 2;
      const cy = (r.top + r.bottom) / 2;
      r = new DOMRect(cx - 4, cy - 4, 8, 8);
    }
    for (const l of labels) if (!l.own.has(id) && hit(l.box, r)) problems.push({ scene, what: `"${l.text}" covers the marker of ${id}` });
  }
  // Lines and flows: no point of their stroke inside a label.
  const ctm = svg.getScreenCTM()!;
  for (const p of svg.querySelectorAll<SVGPathElement>('.lines path, .arcs path')) {
    const len = p.getTotalLength();
    const half = (parseFloat(getComputedStyle(p).strokeWidth) || 1) / 2;
    const name = p.getAttribute('class') ?? 'line';
    for (let s = 0; s <= len; s += 3) {
      const pt = p.getPointAtLength(s);
      const x = ctm.a * pt.x + ctm.c * pt.y + ctm.e;
      const y = ctm.b * pt.x + ctm.d * pt.y + ctm.f;
      const bad = labels.find((l) => x + half > l.box.left + 1 && x - half < l.box.right - 1 && y + half > l.box.top + 1 && y - half < l.box.bottom - 1);
      if (bad) {
        problems.push({ scene, what: `${name} runs through "${bad.text}"` });
        break;
      }
    }
  }
  // The legend box never hides China where China is drawn (points of a grid over the box, hit-tested).
  const legend = map.querySelector('.legend');
  if (legend && svg.querySelector('.country[data-id="china"]')) {
    const b = legend.getBoundingClientRect();
    for (let i = 0; i <= 6; i++)
      for (let j = 0; j <= 4; j++) {
        const x = b.left + (b.width * i) / 6;
        const y = b.top + (b.height * j) / 4;
        if (document.elementsFromPoint(x, y).some((el) => el.matches('.country[data-id="china"]'))) {
          problems.push({ scene, what: `the legend covers China at ${Math.round(x)},${Math.round(y)}` });
          i = j = 99;
        }
      }
  }
  return problems;
}

test.use({ reducedMotion: 'reduce' });

// English at every size; Portuguese (longer words) and Chinese (other glyph widths, no spaces) at a phone, a small
// phone and a laptop, where room is tightest or the most labels are drawn.
const RUNS: { path: string; size: [number, number] }[] = [
  ...SIZES.map((size) => ({ path: '/', size })),
  ...['/pt/', '/zh/'].flatMap((path) =>
    (
      [
        [320, 568],
        [375, 812],
        [1440, 900],
      ] as [number, number][]
    ).map((size) => ({ path, size })),
  ),
];

for (const {
  path,
  size: [w, h],
} of RUNS)
  test(`map labels never overlap, are never cut off and nothing runs through them at ${w}x${h}${path === '/' ? '' : ` (${path})`}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto(path);
    const problems: Problem[] = [];
    let labelled = 0;
    for (const { id, scene } of await mapSteps(page)) {
      await showStep(page, id, scene);
      labelled += await page.locator('[data-viz="map"] .labels text').count();
      problems.push(...(await page.evaluate(measure, scene)));
    }
    // The check is not vacuous: the scenes do draw labels.
    expect(labelled).toBeGreaterThan(40);
    expect(problems.map((p) => `${p.scene}: ${p.what}`)).toEqual([]);
  });
