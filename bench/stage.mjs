// Measurements of the one-stage story page (not a test: it prints a table and exits 0 once it has measured):
//   - story HTML size (raw / gzip / brotli), budget ≤ 60 KB brotli; DOM elements at load, budget < 1,400
//   - a full scroll through the story at 4x CPU on the phone profile: longest task, total blocking time
//     (sum of the part of each long task over 50 ms), budget: no task over 100 ms and < 150 ms blocking
//   - CLS while scrolling the whole story (largest session window), budget < 0.02
// Usage: node bench/stage.mjs [--dir dist] [--page /]
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as z } from 'node:zlib';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { MOBILE, freePort, kb, largestSessionWindow, printTable, repo, startServer } from './shared.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dir = resolve(args.dir ?? process.env.TA_OUT_DIR ?? join(repo, 'dist'));
const page = args.page ?? '/';
const htmlFile = join(dir, page.replace(/^\//, ''), 'index.html');
if (!existsSync(htmlFile)) {
  console.error(`bench/stage: no built page at ${htmlFile}. Build first: npm run build.`);
  process.exit(2);
}

const rows = [];
const row = (measure, value, budget = '–', ok = null) => rows.push([measure, value, budget, ok == null ? '' : ok ? 'PASS' : 'FAIL']);

const html = readFileSync(htmlFile);
const br = brotliCompressSync(html, { params: { [z.BROTLI_PARAM_QUALITY]: 11 } }).length;
row('story HTML', `${kb(html.length)} raw / ${kb(gzipSync(html, { level: 9 }).length)} gz / ${kb(br)} br`, '≤ 60 KB br', br <= 60 * 1024);

const { child, base } = await startServer(dir, await freePort());
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext(MOBILE);
  const p = await context.newPage();
  await p.addInitScript(() => {
    const v = { tasks: [], shifts: [] };
    window.__stage = v;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => v.tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && v.shifts.push({ t: e.startTime, value: e.value }))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  const cdp = await context.newCDPSession(p);
  await p.goto(base + page, { waitUntil: 'load' });
  const dom = await p.evaluate(() => document.getElementsByTagName('*').length);
  row('DOM elements at load', String(dom), '< 1,400', dom < 1400);
  await p.waitForTimeout(1500);
  // From here on: what a reader's scroll costs, at 4x CPU.
  await p.evaluate(() => {
    window.__stage.tasks = [];
    window.__stage.shifts = [];
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let i = 0; i < 600; i++) {
    const { y, max } = await p.evaluate(() => ({ y: scrollY, max: document.documentElement.scrollHeight - innerHeight }));
    if (y >= max - 1) break;
    await p.evaluate((to) => window.scrollTo(0, to), Math.min(y + Math.round(MOBILE.viewport.height * 0.5), max));
    await p.waitForTimeout(350);
  }
  await p.waitForTimeout(1500);
  const v = await p.evaluate(() => window.__stage);
  const longest = Math.max(0, ...v.tasks);
  const tbt = v.tasks.reduce((a, d) => a + Math.max(0, d - 50), 0);
  row('full scroll, 4x CPU: long tasks', `${v.tasks.length}, longest ${Math.round(longest)} ms`, 'none > 100 ms', longest <= 100);
  row('full scroll, 4x CPU: total blocking time', `${Math.round(tbt)} ms`, '< 150 ms', tbt < 150);
  const cls = largestSessionWindow(v.shifts);
  row('CLS while scrolling the whole story, 4x CPU', cls.toFixed(3), '< 0.02', cls < 0.02);
  await context.close();
} finally {
  await browser.close();
  child.kill();
}
printTable(`Tokens Abroad stage bench: ${dir}${page}, ${new Date().toISOString()}`, rows);
