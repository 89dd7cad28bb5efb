// The world map under a 4x CPU slowdown (not a test: it prints a table and exits 0 once it has measured).
// Serves an existing build (TA_OUT_DIR, --dir, or dist/) with scripts/serve.mjs and measures, per screen size:
//   (1) hydration: long tasks (PerformanceObserver 'longtask') from navigation until the map is live and its
//       coastline is in (+1 s), with the page throttled 4x from the start; and how many times the map projected
//       its picture meanwhile (performance marks "map:project", where the build has them)
//   (2) glides between two map steps (scroll from one to the next, 4x): frame times by requestAnimationFrame over
//       the glide and its settling (1.8 s): max frame, p95, long tasks
//   (3) the busiest flow scene (tokens-full, pacific-full) at 4x for 3 s: median frame, mean fps, p95, particles
//   (4) the map's particle loop while it should be still: a chart step on stage, the tab hidden, Pause pressed,
//       off screen: map-canvas draws per second (each frame of the loop clears the canvas once)
// Each glide runs --repeat times (default 3): the table gives the median run's max frame and p95, and the worst.
// Frame times on a shared machine swing with whatever else runs, so each glide and the busy scene are also traced:
// "CPU/frame" is the main thread's own CPU time per frame (trace tdur, summed between requestAnimationFrame
// callbacks), which other processes do not inflate; at 4x it is what a 4x slower CPU would spend on that frame.
// Usage: node bench/map-glide.mjs [--dir dist] [--sizes 412x823,1440x900] [--repeat 3] [--port N] [--json out.json]
// Headless Chromium without a GPU: raster runs in software, so these numbers are pessimistic for a phone with a GPU.
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { freePort, mean, median, percentile, repo, startServer } from './shared.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dir = resolve(args.dir ?? process.env.TA_OUT_DIR ?? join(repo, 'dist'));
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`bench/map-glide: no built site at ${dir}. Build first: npx astro build.`);
  process.exit(2);
}
const sizes = (args.sizes ?? '412x823,1440x900').split(',').map((s) => s.split('x').map(Number));
const RATE = 4;
const REPEAT = Math.max(1, Number(args.repeat ?? 3));
/** Pairs of consecutive map steps whose cameras differ: the glide runs from the first to the second. */
const GLIDES = [
  ['opening-request', 'opening-power-stays'], // Pacific at zoom 2 -> China at zoom 5.2: the longest move
  ['opening-power-stays', 'opening-request'], // and back
  ['tokens-why-switch', 'tokens-requests'], // developer cities -> the requests across the Pacific (tokens-cables was cut)
  ['tokens-full', 'obstacles-sovereignty'], // the busiest scene -> zoom 2
];
const BUSIEST_STEP = 'tokens-full';
const CHART_STEP = 'tokens-top-ten';

const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

/** Installed before any page script: long tasks, map-canvas draws, a switch to fake a hidden tab. */
const INIT = () => {
  const w = window;
  w.__bench = { longTasks: [], draws: 0, hidden: false };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__bench.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...a) {
    if (this.canvas.closest('[data-viz="map"]')) w.__bench.draws++;
    return clear.apply(this, a);
  };
  Object.defineProperty(document, 'hidden', { get: () => w.__bench.hidden });
  Object.defineProperty(document, 'visibilityState', { get: () => (w.__bench.hidden ? 'hidden' : 'visible') });
};

/** The map is live: its island has hydrated and the coastline file is in (data-land, or 2 s for builds without it). */
async function waitForMap(page) {
  await page.waitForFunction(
    () => {
      const island = document.querySelector('[data-viz="map"]')?.closest('astro-island');
      return island && !island.hasAttribute('ssr');
    },
    null,
    { timeout: 60_000 },
  );
  const hasState = await page.evaluate(() => document.querySelector('[data-viz="map"]')?.hasAttribute('data-land'));
  if (hasState)
    await page.waitForFunction(() => document.querySelector('[data-viz="map"]')?.getAttribute('data-land') !== 'loading', null, { timeout: 60_000 });
  else await page.waitForTimeout(2000);
  return page.evaluate(() => performance.now());
}

/** Scrolls a step to where a reader reads it and waits until the stage shows it. */
async function goToStep(page, id) {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
  }, id);
  await page.waitForFunction((stepId) => document.querySelector('[data-graphic]')?.dataset.activeStep === stepId, id, { timeout: 15_000 });
}

/** Trace events (devtools timeline) while `fn` runs. */
async function traced(cdp, fn) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const result = await fn();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);
  return { result, events };
}

/** Main-thread CPU per frame (ms): RunTask thread time summed between consecutive animation frames. */
function cpuPerFrame(events) {
  const count = new Map();
  for (const e of events) if (e.name === 'FireAnimationFrame') count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return { frames: [], longestTask: 0 };
  const on = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  // One FireAnimationFrame per callback: the callbacks of one frame run back to back, so marks close together are one frame.
  const marks = [];
  for (const ts of on
    .filter((e) => e.name === 'FireAnimationFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b))
    if (!marks.length || ts - marks[marks.length - 1] > 4000) marks.push(ts);
  const tasks = on.filter((e) => e.name === 'RunTask' && e.ts >= marks[0]);
  const frames = new Array(Math.max(0, marks.length - 1)).fill(0);
  let i = 0;
  for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
    while (i < marks.length - 2 && t.ts >= marks[i + 1]) i++;
    if (i < frames.length) frames[i] += (t.tdur ?? t.dur) / 1000;
  }
  return { frames, longestTask: Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur) / 1000)) };
}

/** rAF deltas for `ms` while `action` runs at the start; long tasks in the same window. */
async function record(page, ms, action) {
  const t0 = await page.evaluate(
    (dur) =>
      new Promise((ok) => {
        const w = window;
        w.__rec = { deltas: [], done: false };
        requestAnimationFrame((start) => {
          let last = start;
          w.__rec.start = start;
          const tick = (t) => {
            w.__rec.deltas.push(t - last);
            last = t;
            if (t - start < dur) requestAnimationFrame(tick);
            else w.__rec.done = true;
          };
          requestAnimationFrame(tick);
          ok(start);
        });
      }),
    ms,
  );
  if (action) await action();
  await page.waitForFunction(() => window.__rec.done, null, { timeout: ms * 20 + 30_000, polling: 100 });
  return page.evaluate((start) => {
    const lt = window.__bench.longTasks.filter((t) => t.start >= start);
    return { deltas: window.__rec.deltas, longTasks: lt.length, longestTask: Math.max(0, ...lt.map((t) => t.ms)) };
  }, t0);
}

async function openPage(browser, w, h, throttleFromStart) {
  const mobile = w < 600;
  const context = await browser.newContext({
    viewport: { width: w, height: h },
    deviceScaleFactor: mobile ? 1.75 : 1,
    isMobile: mobile,
    hasTouch: mobile,
  });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  if (throttleFromStart) await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  return { context, page, cdp };
}

async function hydration(browser, base, w, h) {
  const { context, page } = await openPage(browser, w, h, true);
  await page.goto(`${base}/`, { waitUntil: 'load', timeout: 120_000 });
  const ready = await waitForMap(page);
  await page.waitForTimeout(1000);
  const r = await page.evaluate((until) => {
    const lt = window.__bench.longTasks.filter((t) => t.start <= until + 1000);
    const marks = performance.getEntriesByName('map:project');
    return {
      count: lt.length,
      total: lt.reduce((a, t) => a + t.ms, 0),
      longest: Math.max(0, ...lt.map((t) => t.ms)),
      projections: marks.length ? marks.map((m) => m.detail ?? '?') : null,
      readyAt: until,
    };
  }, ready);
  await context.close();
  return r;
}

async function glides(browser, base, w, h) {
  const { context, page, cdp } = await openPage(browser, w, h, false);
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await waitForMap(page);
  const out = [];
  for (const [from, to] of GLIDES) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await goToStep(page, from);
      await page.waitForTimeout(1500);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await page.waitForTimeout(800);
      const { result: r, events } = await traced(cdp, () => record(page, 1800, () => goToStep(page, to)));
      const cpu = cpuPerFrame(events);
      runs.push({
        max: Math.max(...r.deltas),
        p95: percentile(r.deltas, 95),
        frames: r.deltas.length,
        longTasks: r.longTasks,
        longestTask: r.longestTask,
        cpuMax: Math.max(0, ...cpu.frames),
        cpuP95: percentile(cpu.frames, 95),
        cpuTask: cpu.longestTask,
      });
    }
    const mid = [...runs].sort((a, b) => a.max - b.max)[Math.floor(runs.length / 2)];
    out.push({
      from,
      to,
      ...mid,
      p95: median(runs.map((r) => r.p95)),
      worstMax: Math.max(...runs.map((r) => r.max)),
      cpuMax: median(runs.map((r) => r.cpuMax)),
      cpuP95: median(runs.map((r) => r.cpuP95)),
      cpuWorst: Math.max(...runs.map((r) => r.cpuMax)),
      runs,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // The busiest flow scene, settled, at 4x.
  await goToStep(page, BUSIEST_STEP);
  await page.waitForTimeout(1500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.waitForTimeout(2500);
  const { result: busy, events: busyEvents } = await traced(cdp, () => record(page, 3000));
  const busyCpu = cpuPerFrame(busyEvents).frames;
  const particles = await page.evaluate(() => Number(document.querySelector('[data-viz="map"] canvas')?.dataset.particles ?? 0));
  const drawsIn = async (ms) => {
    const a = await page.evaluate(() => window.__bench.draws);
    await page.waitForTimeout(ms);
    return ((await page.evaluate(() => window.__bench.draws)) - a) / (ms / 1000);
  };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const still = {};
  still.running = await drawsIn(1500);
  await page.evaluate(() => {
    window.__bench.hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(300);
  still.hidden = await drawsIn(1500);
  await page.evaluate(() => {
    window.__bench.hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const pause = page.locator('[data-pause]');
  if (await pause.isVisible()) {
    await pause.click();
    await page.waitForTimeout(300);
    still.paused = await drawsIn(1500);
    await pause.click();
  }
  await goToStep(page, CHART_STEP);
  await page.waitForTimeout(800);
  still.offStage = await drawsIn(1500);
  // Off screen: the stage scrolled out of view (the page's end).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(800);
  const stageVisible = await page.evaluate(() => {
    const r = document.querySelector('[data-graphic]').getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  still.offScreen = stageVisible ? null : await drawsIn(1500);
  await context.close();
  return {
    glides: out,
    busy: {
      median: median(busy.deltas),
      mean: mean(busy.deltas),
      p95: percentile(busy.deltas, 95),
      max: Math.max(...busy.deltas),
      longTasks: busy.longTasks,
      particles,
      cpuMedian: median(busyCpu),
      cpuP95: percentile(busyCpu, 95),
    },
    still,
  };
}

const loadStart = loadavg();
const port = Number(args.port ?? (await freePort()));
const { child, base } = await startServer(dir, port);
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
const rows = [];
const json = { dir, date: new Date().toISOString(), sizes: {} };
try {
  for (const [w, h] of sizes) {
    const size = `${w}x${h}`;
    const hy = await hydration(browser, base, w, h);
    const g = await glides(browser, base, w, h);
    json.sizes[size] = { hydration: hy, ...g };
    rows.push([
      size,
      'hydration: long tasks until the map is live (+1 s)',
      `${hy.count} (total ${Math.round(hy.total)} ms, longest ${Math.round(hy.longest)} ms)`,
    ]);
    rows.push([
      size,
      'hydration: projections of the map',
      hy.projections ? `${hy.projections.length} (${hy.projections.join(', ')})` : 'not marked in this build',
    ]);
    for (const x of g.glides)
      rows.push([
        size,
        `glide ${x.from} -> ${x.to} (median of ${REPEAT})`,
        `max ${f1(x.max)} ms, p95 ${f1(x.p95)} ms, ${x.frames} frames, ${x.longTasks} long tasks; CPU/frame max ${f1(x.cpuMax)} ms, p95 ${f1(x.cpuP95)} ms (worst run ${f1(x.cpuWorst)} ms)`,
      ]);
    rows.push([
      size,
      'glides: max frame / p95 (median run, worst glide); max of all runs',
      `${f1(Math.max(...g.glides.map((x) => x.max)))} / ${f1(Math.max(...g.glides.map((x) => x.p95)))} ms; ${f1(Math.max(...g.glides.map((x) => x.worstMax)))} ms`,
    ]);
    rows.push([
      size,
      'glides: CPU/frame max / p95 (median run, worst glide); max of all runs',
      `${f1(Math.max(...g.glides.map((x) => x.cpuMax)))} / ${f1(Math.max(...g.glides.map((x) => x.cpuP95)))} ms; ${f1(Math.max(...g.glides.map((x) => x.cpuWorst)))} ms`,
    ]);
    const b = g.busy;
    rows.push([
      size,
      `${BUSIEST_STEP}: 3 s settled`,
      `median ${f1(b.median)} ms, mean ${f1(b.mean)} ms (${Math.round(1000 / b.mean)} fps), p95 ${f1(b.p95)} ms, max ${f1(b.max)} ms, ${b.longTasks} long tasks, ${b.particles} particles; CPU/frame median ${f1(b.cpuMedian)} ms, p95 ${f1(b.cpuP95)} ms`,
    ]);
    const s = g.still;
    const ps = (v) => (v == null ? 'n/a' : `${Math.round(v)}/s`);
    rows.push([
      size,
      'map canvas draws: running / hidden tab / paused / chart on stage / off screen',
      [s.running, s.hidden, s.paused, s.offStage, s.offScreen].map(ps).join(' / '),
    ]);
  }
} finally {
  await browser.close();
  child.kill();
}

const head = ['Size', 'Measure (4x CPU unless said)', 'Value'];
const widths = head.map((x, i) => Math.max(x.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(`\nTokens Abroad map bench: ${dir}, ${new Date().toISOString()}`);
console.log('Headless Chromium, software rendering (no GPU); CPU slowed 4x with Emulation.setCPUThrottlingRate.');
console.log(
  `Machine: ${cpus().length} cores, load average at start ${loadStart.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}.\n`,
);
console.log(line(head));
console.log(widths.map((x) => '-'.repeat(x)).join('-|-'));
for (const r of rows) console.log(line(r));
if (args.json) writeFileSync(args.json, JSON.stringify(json, null, 2));
process.exit(0);
