// Performance measurements of the built story (not a test: it always exits 0 once it has measured).
// Builds nothing: it serves an existing build (TA_OUT_DIR, --dir, or dist/) with scripts/serve.mjs and prints a table:
//   (a) JavaScript the story requests: before any scroll, until the first figure is live (budget 50 KB brotli),
//       and after a scroll through the whole story (every figure hydrated): raw, gzip, brotli
//   (b) total bytes transferred on that first load (as served, and estimated if text were served brotli-compressed)
//   (c) world data files requested (must be 110m only)
//   (d) LCP and CLS, mobile emulation, 4x CPU slowdown, 150 ms RTT / 1.6 Mbps, median of --runs (default 3)
//   (e) frame times of the busiest flow scene ([data-scene="pacific-full"]) for 3 s at 1x and 4x CPU: median, p95,
//       mean fps, long tasks, main-thread time per frame, and a reduced-motion control (target: median < 16.7 ms at 4x,
//       i.e. one 60 Hz vsync interval as the coarsened rAF clock reads it)
//   (f) Lighthouse (bench/lighthouse.mjs): performance score, LCP, TBT, CLS, transfer size, mobile preset, median of
//       --runs (budgets: score ≥ 0.98, LCP < 1.5 s, TBT < 50 ms); --lighthouse off skips it
// Usage: node bench/run.mjs [--dir dist] [--page /] [--runs 3] [--port N] [--json out.json] [--lighthouse off]
// Headless Chromium on a machine without a GPU: canvas and compositing run in software, so frame times here are
// pessimistic for phones with a GPU and say nothing about 120 Hz screens.
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as z } from 'node:zlib';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { lighthouseBench } from './lighthouse.mjs';
import { MOBILE, freePort, kb, largestSessionWindow, mean, median, percentile, repo, startServer } from './shared.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dir = resolve(args.dir ?? process.env.TA_OUT_DIR ?? join(repo, 'dist'));
const storyPath = args.page ?? '/';
const runs = Math.max(1, Number(args.runs ?? 3));
const BUSIEST_SCENE = 'pacific-full';

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`bench: no built site at ${dir}. Build first: npx astro build (or TA_OUT_DIR=<dir> npx astro build), then npm run bench.`);
  process.exit(2);
}

// Budgets (sources: the brief and research/anchors.md: Core Web Vitals "good", 60 Hz frame budget).
const BUDGET = { jsBrotli: 50 * 1024, lcpMs: 2500, cls: 0.1, frameMs: 16.7 };
// Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU; a mid-range phone screen.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const ms = (n) => (n == null || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
// rAF timestamps are coarsened to 0.1 ms, so a frame at 60 Hz reads 16.6 or 16.7: a median of one vsync interval passes.
const FRAME_TOLERANCE = 0.05;
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  br: brotliCompressSync(buf, { params: { [z.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Scrolls top to bottom in viewport steps, pausing so client:visible islands hydrate and lazy data loads. */
async function scrollThrough(page, pauseMs = 250) {
  for (let i = 0; i < 400; i++) {
    const { y, max, step } = await page.evaluate(() => ({
      y: window.scrollY,
      max: document.documentElement.scrollHeight - window.innerHeight,
      step: Math.round(window.innerHeight * 0.8),
    }));
    if (y >= max - 1) break;
    await page.evaluate((to) => window.scrollTo(0, to), Math.min(y + step, max));
    await page.waitForTimeout(pauseMs);
  }
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

/** Collects LCP and CLS (largest session window, as Core Web Vitals define it) from the page's start. */
const VITALS_INIT = () => {
  const v = { lcp: null, shifts: [] };
  window.__vitals = v;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) v.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      if (e.hadRecentInput) continue;
      // Which elements moved: kept for the report, so a failing CLS names its culprit.
      const who = (e.sources ?? []).map((s) => {
        const n = s.node;
        if (!n || n.nodeType !== 1) return n ? n.nodeName.toLowerCase() : '?';
        const sec = n.closest?.('[data-section-id]')?.getAttribute('data-section-id');
        const cls = n
          .getAttribute('class')
          ?.trim()
          .split(/\s+/)
          .filter((c) => !c.startsWith('svelte-') && !c.startsWith('astro-'))
          .join('.');
        return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${cls ? `.${cls}` : ''}${sec ? ` in ${sec}` : ''} (dy ${Math.round(s.currentRect.y - s.previousRect.y)}, dh ${Math.round(s.currentRect.height - s.previousRect.height)})`;
      });
      v.shifts.push({ t: e.startTime, value: e.value, who });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};
const readVitals = async (page) => {
  const v = await page.evaluate(() => window.__vitals);
  const worst = [...v.shifts]
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((s) => `${s.value.toFixed(3)}: ${s.who.join('; ')}`);
  return { lcp: v.lcp, cls: largestSessionWindow(v.shifts), worst };
};

// A fresh phone-sized page with the vitals observer installed and the HTTP cache off (every load is a first load).
async function openColdMobilePage(browser) {
  const context = await browser.newContext(MOBILE);
  const page = await context.newPage();
  await page.addInitScript(VITALS_INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

// (a) + (b) + (c): one unthrottled first load and scroll, recording every response and its transferred size.
async function firstLoad(browser, base) {
  const { context, page, cdp } = await openColdMobilePage(browser);
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0, status: 0 }));
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { type: e.type, status: e.response.status, mime: e.response.mimeType });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(base + storyPath, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const beforeScroll = new Set([...reqs.keys()]);
  // The reader's first load: scroll to the first step and wait until its figure has hydrated (Astro drops
  // the island's ssr attribute then). This is what the 50 KB budget is about; the rest loads as the reader goes.
  await page.evaluate(() => document.querySelector('[data-step]')?.scrollIntoView({ block: 'start' }));
  await page
    .waitForFunction(
      () => {
        const island = document.querySelector('[data-scrolly] astro-island');
        return island && !island.hasAttribute('ssr');
      },
      null,
      { timeout: 20_000 },
    )
    .catch(() => console.error('bench: the first figure did not hydrate within 20 s'));
  await page.waitForTimeout(500);
  const firstFigure = new Set([...reqs.keys()]);
  await scrollThrough(page);
  const scrollVitals = await readVitals(page);
  const inlineJs = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  await context.close();

  for (const [id, r] of reqs) {
    r.beforeScroll = beforeScroll.has(id);
    r.firstFigure = firstFigure.has(id);
  }
  const all = [...reqs.values()].filter((r) => r.url.startsWith('http'));
  const js = [];
  const textTypes = /^(text\/|application\/(json|javascript|xml|manifest)|image\/svg)/;
  let transferred = 0;
  let brotliEstimate = 0;
  for (const r of all) {
    transferred += r.bytes;
    const buf = Buffer.from(await (await fetch(r.url)).arrayBuffer());
    const s = sizes(buf);
    brotliEstimate += textTypes.test(r.mime ?? '') ? s.br : s.raw;
    if (r.type === 'Script' || /\.m?js(\?|$)/.test(r.url))
      js.push({ url: r.url, beforeScroll: r.beforeScroll, firstFigure: r.firstFigure, ...s, topology: /"type":\s*"Topology"/.test(buf.toString('utf8')) });
  }
  const world = all.filter((r) => /(land|countries)-\d+m\.json|world-atlas|\.topo\.?json/i.test(r.url)).map((r) => new URL(r.url).pathname);
  return { all, js, inline: sizes(Buffer.from(inlineJs)), transferred, brotliEstimate, world, scrollVitals };
}

// (d) LCP and CLS under mobile throttling, fresh profile each run.
async function vitalsRun(browser, base) {
  const { context, page, cdp } = await openColdMobilePage(browser);
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(base + storyPath, { waitUntil: 'load', timeout: 120_000 });
  const loadMs = Date.now() - t0;
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(2000);
  const v = await readVitals(page);
  await context.close();
  return { ...v, loadMs };
}

// (e) rAF deltas for 3 s on the busiest scene, at a given CPU slowdown.
async function frames(browser, base, rate, reducedMotion = 'no-preference') {
  const context = await browser.newContext({ ...MOBILE, reducedMotion });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(base + storyPath, { waitUntil: 'load' });
  const found = await page.evaluate((scene) => {
    const step = document.querySelector(`[data-step][data-scene="${scene}"]`);
    if (!step) return { ok: false, scenes: [...new Set([...document.querySelectorAll('[data-step]')].map((s) => s.dataset.scene))] };
    step.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -window.innerHeight * 0.2);
    return { ok: true };
  }, BUSIEST_SCENE);
  if (!found.ok) {
    await context.close();
    return { missing: true, scenes: found.scenes };
  }
  const active = await page
    .waitForFunction((scene) => [...document.querySelectorAll('[data-graphic]')].some((g) => g.dataset.activeScene === scene), BUSIEST_SCENE, {
      timeout: 10_000,
    })
    .then(() => true)
    .catch(() => false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.waitForTimeout(2500); // settle: hydration, projection of the scene, first particles
  // Main-thread time split (script / style+layout / paint) over the sampling window, to say where a slow frame goes.
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  const result = await page.evaluate(
    () =>
      new Promise((done) => {
        const deltas = [];
        let longTasks = 0;
        const po = new PerformanceObserver((l) => (longTasks += l.getEntries().length));
        try {
          po.observe({ type: 'longtask' });
        } catch {
          // longtask not supported: reported as 0
        }
        requestAnimationFrame((start) => {
          let last = start;
          const tick = (t) => {
            deltas.push(t - last);
            last = t;
            if (t - start < 3000) requestAnimationFrame(tick);
            else {
              po.disconnect();
              const g = [...document.querySelectorAll('[data-graphic]')].find((x) => x.dataset.activeScene === 'pacific-full');
              done({ deltas, longTasks, canvas: !!g?.querySelector('canvas') });
            }
          };
          requestAnimationFrame(tick);
        });
      }),
  );
  const m1 = await metrics();
  await context.close();
  const per = (k) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000) / Math.max(1, result.deltas.length);
  const split = { script: per('ScriptDuration'), layout: per('LayoutDuration') + per('RecalcStyleDuration'), task: per('TaskDuration') };
  return { active, ...result, split, median: median(result.deltas), p95: percentile(result.deltas, 95) };
}

const rows = [];
const row = (measure, value, budget = '–', ok = null) => rows.push([measure, value, budget, ok == null ? '' : ok ? 'PASS' : 'FAIL']);
const notes = [];

const loadStart = loadavg();
const port = Number(args.port ?? (await freePort()));
const { child, base } = await startServer(dir, port);
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
const out = { dir, page: storyPath, date: new Date().toISOString() };
try {
  const fl = await firstLoad(browser, base);
  const js = fl.js.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, br: a.br + f.br }), { raw: 0, gzip: 0, br: 0 });
  const early = fl.js.filter((f) => f.beforeScroll).reduce((a, f) => a + f.br, 0);
  const first = fl.js.filter((f) => f.firstFigure).reduce((a, f) => a + f.br, 0);
  row(
    `(a) JS on first load: page + first figure live (${fl.js.filter((f) => f.firstFigure).length} files)`,
    `${kb(first)} br`,
    '≤ 50 KB br',
    first <= BUDGET.jsBrotli,
  );
  row(`    of which before any scroll (${fl.js.filter((f) => f.beforeScroll).length} files)`, `${kb(early)} br`);
  row(`    whole story scrolled, every figure hydrated (${fl.js.length} files)`, `${kb(js.raw)} raw / ${kb(js.gzip)} gz / ${kb(js.br)} br`);
  for (const f of [...fl.js].sort((a, b) => b.br - a.br).slice(0, 8)) {
    row(`      ${new URL(f.url).pathname.replace(/^\/_astro\//, '')}`, `${kb(f.raw)} raw / ${kb(f.br)} br${f.topology ? ' (contains TopoJSON)' : ''}`);
  }
  row('    inline <script> in the HTML', `${kb(fl.inline.raw)} raw / ${kb(fl.inline.br)} br`);
  row(`(b) bytes transferred, first load + scroll (${fl.all.length} requests)`, `${kb(fl.transferred)} as served`);
  row('    same, if text were served brotli', kb(fl.brotliEstimate));
  const world = [...new Set(fl.world)];
  const worldOk = world.every((p) => /110m/.test(p));
  const bundledTopo = fl.js.filter((f) => f.topology).map((f) => new URL(f.url).pathname);
  row(
    '(c) world data files requested',
    world.length ? world.join(', ') : bundledTopo.length ? `none (TopoJSON bundled in ${bundledTopo.join(', ')})` : 'none',
    '110m only',
    worldOk,
  );
  row('    CLS during the scroll-through (unthrottled)', fl.scrollVitals.cls.toFixed(3), '≤ 0.1', fl.scrollVitals.cls <= BUDGET.cls);
  if (fl.scrollVitals.cls > BUDGET.cls) notes.push(`largest layout shifts while scrolling: ${fl.scrollVitals.worst.join(' | ')}`);
  out.firstLoad = {
    js,
    files: fl.js.map(({ url, raw, gzip, br }) => ({ url, raw, gzip, br })),
    inline: fl.inline,
    transferred: fl.transferred,
    brotliEstimate: fl.brotliEstimate,
    world,
    scrollCls: fl.scrollVitals.cls,
  };

  const vs = [];
  for (let i = 0; i < runs; i++) vs.push(await vitalsRun(browser, base));
  const lcp = median(vs.map((v) => v.lcp));
  const cls = median(vs.map((v) => v.cls));
  row(
    `(d) LCP, mobile 4x CPU, 150 ms RTT, 1.6 Mbps (median of ${runs})`,
    `${ms(lcp)}  [${vs.map((v) => ms(v.lcp)).join(', ')}]`,
    '≤ 2500 ms',
    lcp <= BUDGET.lcpMs,
  );
  row(`    CLS, same load (median of ${runs})`, `${cls.toFixed(3)}  [${vs.map((v) => v.cls.toFixed(3)).join(', ')}]`, '≤ 0.1', cls <= BUDGET.cls);
  row('    load event, same (median)', ms(median(vs.map((v) => v.loadMs))));
  out.vitals = vs;

  out.frames = {};
  for (const rate of [1, 4]) {
    const f = await frames(browser, base, rate);
    out.frames[rate] = f.missing
      ? f
      : { median: f.median, p95: f.p95, split: f.split, longTasks: f.longTasks, frames: f.deltas.length, canvas: f.canvas, active: f.active };
    if (f.missing) {
      row(`(e) frames, ${BUSIEST_SCENE}, ${rate}x CPU`, 'scene not in the story yet', 'median ≤ 16.7 ms', false);
      if (rate === 1) notes.push(`No step has data-scene="${BUSIEST_SCENE}". Scenes on the page: ${f.scenes.join(', ') || 'none'}.`);
    } else {
      row(
        `(e) frames, ${BUSIEST_SCENE}, ${rate}x CPU (3 s)`,
        `median ${f.median.toFixed(1)} ms, mean ${mean(f.deltas).toFixed(1)} ms (${(1000 / mean(f.deltas)).toFixed(0)} fps), p95 ${f.p95.toFixed(1)} ms, ${f.longTasks} long tasks; main thread/frame: script ${f.split.script.toFixed(1)} ms, style+layout ${f.split.layout.toFixed(1)} ms, all tasks ${f.split.task.toFixed(1)} ms`,
        rate === 4 ? 'median ≤ 16.7 ms' : '–',
        rate === 4 ? f.median <= BUDGET.frameMs + FRAME_TOLERANCE : null,
      );
      if (!f.active) notes.push(`${rate}x: the graphic never reported data-active-scene="${BUSIEST_SCENE}" (driver or hydration issue?).`);
      if (!f.canvas) notes.push(`${rate}x: no <canvas> in the active graphic: nothing was animating, frame times measure an idle page.`);
    }
  }
  // Control: the same scene with reduced motion (no particles). If this is as slow, the cost is the machine and
  // software compositing, not the animation.
  const still = await frames(browser, base, 4, 'reduce');
  if (!still.missing) {
    row(
      `    control: same scene, reduced motion, 4x CPU`,
      `median ${still.median.toFixed(1)} ms, mean ${mean(still.deltas).toFixed(1)} ms (${(1000 / mean(still.deltas)).toFixed(0)} fps), p95 ${still.p95.toFixed(1)} ms, ${still.longTasks} long tasks; main thread/frame: script ${still.split.script.toFixed(1)} ms, all tasks ${still.split.task.toFixed(1)} ms`,
    );
    out.frames.reducedMotion4x = { median: still.median, p95: still.p95, longTasks: still.longTasks, frames: still.deltas.length };
  }
} finally {
  await browser.close();
  child.kill();
}

// (f) Lighthouse, with its own server and Chromium (after the browser above is closed, so runs do not overlap).
if (args.lighthouse !== 'off') {
  try {
    const lh = await lighthouseBench({ dir, page: storyPath, runs });
    rows.push(...lh.rows);
    notes.push(...lh.notes);
    out.lighthouse = lh.results;
  } catch (e) {
    row('(f) Lighthouse', `failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`, '≥ 0.98', false);
  }
}

const head = ['Measure', 'Value', 'Budget', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(`\nTokens Abroad bench: ${dir}, page ${storyPath}, ${new Date().toISOString()}`);
console.log('Headless Chromium, software rendering (no GPU); mobile = 412x823 @1.75x, touch.');
// Other processes on a shared machine inflate every timing below: say how busy it was.
console.log(
  `Machine: ${cpus().length} cores, load average at start ${loadStart.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}.\n`,
);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
for (const n of notes) console.log(`note: ${n}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ ...out, rows }, null, 2));
process.exit(0);
