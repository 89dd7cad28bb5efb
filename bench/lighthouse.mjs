// Lighthouse performance audit of the built story (not a test: it always exits 0 once it has measured).
// Builds nothing: it serves an existing build (TA_OUT_DIR, --dir, or dist/) with scripts/serve.mjs, launches Debian's
// (or the configured) Chromium itself with --remote-debugging-port, and runs Lighthouse's node API against it:
// default config (mobile: moto g power screen, simulated throttling 150 ms RTT / 1.6 Mbps / 4x CPU), performance
// category only, --runs times (default 3). Prints the median performance score, LCP, TBT, CLS and total transfer
// size beside the budgets of issue "One stage": score ≥ 0.98, LCP < 1.5 s, TBT < 50 ms (medians of 3).
// Offline by construction: Chromium resolves every host but localhost to NOTFOUND, background networking and
// component updates are off, and Lighthouse's error reporting (Sentry) is off; any request the page makes to another
// origin is reported as a note.
// Usage: node bench/lighthouse.mjs [--dir dist] [--page /] [--runs 3] [--port N] [--json out.json]
// bench/run.mjs imports lighthouseBench() and adds these rows to its own table.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const LIGHTHOUSE_BUDGET = { score: 0.98, lcpMs: 1500, tbtMs: 50 };

const median = (xs) => {
  const s = [...xs].filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function startServer(dir, port) {
  const child = spawn(process.execPath, [join(repo, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { child, origin };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`lighthouse bench: scripts/serve.mjs did not start on port ${port}`);
}

/** Launches headless Chromium with a fresh profile and a DevTools port; no chrome-launcher. */
export async function launchChromium() {
  const exe = await findChromium();
  if (!exe) throw new Error('lighthouse bench: no Chromium found (set CHROMIUM_PATH or run node scripts/ensure-chromium.mjs)');
  const profile = mkdtempSync(join(tmpdir(), 'ta-lighthouse-'));
  const flags = [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--remote-debugging-port=0', // Chromium picks a free port and writes it to <profile>/DevToolsActivePort
    `--user-data-dir=${profile}`,
    // Nothing may leave the machine: every host but the local server fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-default-apps',
    '--disable-extensions',
    '--metrics-recording-only',
    '--no-default-browser-check',
    '--no-pings',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
    '--disable-dev-shm-usage',
    'about:blank',
  ];
  const child = spawn(exe, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    if (child.exitCode != null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) {
        const close = async () => {
          child.kill();
          await new Promise((r) => (child.exitCode != null ? r() : child.once('exit', r)));
          rmSync(profile, { recursive: true, force: true });
        };
        return { port, close };
      }
    }
    await sleep(50);
  }
  child.kill();
  rmSync(profile, { recursive: true, force: true });
  throw new Error(`lighthouse bench: Chromium did not open a DevTools port.\n${stderr}`);
}

/**
 * Runs Lighthouse `runs` times against `page` of the build in `dir`.
 * Returns table rows [measure, value, budget, PASS/FAIL/''], notes, and the per-run numbers.
 */
export async function lighthouseBench({ dir, page = '/', runs = 3, port } = {}) {
  const { default: lighthouse } = await import('lighthouse');
  const server = await startServer(dir, port ?? (await freePort()));
  const chrome = await launchChromium();
  const results = [];
  const notes = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(server.origin + page, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        enableErrorReporting: false,
      });
      const lhr = r?.lhr;
      if (!lhr) throw new Error('lighthouse bench: Lighthouse returned no result');
      if (lhr.runtimeError) notes.push(`run ${i + 1}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const w of lhr.runWarnings ?? []) notes.push(`run ${i + 1}: ${w}`);
      const a = lhr.audits;
      const requests = a['network-requests']?.details?.items ?? [];
      const foreign = requests.map((x) => x.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== server.origin);
      if (foreign.length) notes.push(`run ${i + 1}: requests to other origins: ${[...new Set(foreign)].join(', ')}`);
      const compression = a['uses-text-compression'];
      results.push({
        score: lhr.categories.performance.score,
        fcp: a['first-contentful-paint']?.numericValue,
        lcp: a['largest-contentful-paint']?.numericValue,
        tbt: a['total-blocking-time']?.numericValue,
        cls: a['cumulative-layout-shift']?.numericValue,
        si: a['speed-index']?.numericValue,
        bytes: a['total-byte-weight']?.numericValue,
        requests: requests.length,
        compressionSavings: compression?.score === 1 ? 0 : (compression?.details?.overallSavingsBytes ?? 0),
        // Lighthouse's CPU benchmark of this machine at the time of the run: a busy machine scores low, and its
        // observed main-thread times (hence TBT, multiplied by the 4x slowdown) come out high.
        benchmarkIndex: lhr.environment?.benchmarkIndex,
        lighthouseVersion: lhr.lighthouseVersion,
        // Where TBT comes from: the simulated long tasks (ms, after the 4x slowdown), with the script they ran.
        longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({
          ms: Math.round(t.duration),
          at: Math.round(t.startTime),
          url: String(t.url ?? '').replace(/^.*\//, ''),
        })),
        userAgent: lhr.environment?.hostUserAgent,
      });
    }
  } finally {
    await chrome.close();
    server.child.kill();
  }

  const m = (k) => median(results.map((r) => r[k]));
  const list = (k, f) => `[${results.map((r) => f(r[k])).join(', ')}]`;
  const sec = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${(x / 1000).toFixed(2)} s`);
  const msf = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${Math.round(x)} ms`);
  const kb = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${(x / 1024).toFixed(1)} KB`);
  const score = m('score');
  const lcp = m('lcp');
  const tbt = m('tbt');
  const rows = [
    [
      `(f) Lighthouse ${results[0].lighthouseVersion} performance, mobile, simulated throttling (median of ${runs})`,
      `${score.toFixed(2)}  ${list('score', (x) => x.toFixed(2))}`,
      `≥ ${LIGHTHOUSE_BUDGET.score}`,
      score >= LIGHTHOUSE_BUDGET.score ? 'PASS' : 'FAIL',
    ],
    ['    LCP (median)', `${sec(lcp)}  ${list('lcp', sec)}`, `< ${LIGHTHOUSE_BUDGET.lcpMs / 1000} s`, lcp < LIGHTHOUSE_BUDGET.lcpMs ? 'PASS' : 'FAIL'],
    ['    TBT (median)', `${msf(tbt)}  ${list('tbt', msf)}`, `< ${LIGHTHOUSE_BUDGET.tbtMs} ms`, tbt < LIGHTHOUSE_BUDGET.tbtMs ? 'PASS' : 'FAIL'],
    ['    CLS (median)', `${m('cls').toFixed(3)}  ${list('cls', (x) => x.toFixed(3))}`, '–', ''],
    ['    FCP / Speed Index (median)', `${sec(m('fcp'))} / ${sec(m('si'))}`, '–', ''],
    [`    total transfer size (median, ${m('requests')} requests)`, kb(m('bytes')), '–', ''],
    [
      '    machine CPU benchmark index (Lighthouse; lower = busier/slower)',
      `${Math.round(m('benchmarkIndex'))}  ${list('benchmarkIndex', (x) => String(Math.round(x)))}`,
      '–',
      '',
    ],
  ];
  results.forEach((r, i) =>
    notes.push(`run ${i + 1} long tasks (simulated ms@start): ${r.longTasks.map((t) => `${t.ms}@${t.at} ${t.url}`).join(', ') || 'none'}`),
  );
  const savings = m('compressionSavings');
  if (savings > 0) notes.push(`Lighthouse "Enable text compression": ${kb(savings)} could be saved (text served uncompressed).`);
  return { rows, notes, results };
}

export function printTable(rows) {
  const head = ['Measure', 'Value', 'Budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

// Run on its own: node bench/lighthouse.mjs
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
  const dir = resolve(args.dir ?? process.env.TA_OUT_DIR ?? join(repo, 'dist'));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`lighthouse bench: no built site at ${dir}. Build first: npx astro build, then node bench/lighthouse.mjs.`);
    process.exit(2);
  }
  const runs = Math.max(1, Number(args.runs ?? 3));
  const page = args.page ?? '/';
  const loadStart = loadavg();
  const { rows, notes, results } = await lighthouseBench({ dir, page, runs, port: args.port ? Number(args.port) : undefined });
  console.log(`\nTokens Abroad Lighthouse bench: ${dir}, page ${page}, ${new Date().toISOString()}`);
  console.log(`Lighthouse default (mobile) config, performance only, ${results[0].userAgent ?? 'headless Chromium'}.`);
  // Other processes on a shared machine inflate TBT (and LCP a little): say how busy it was.
  console.log(
    `Machine: ${cpus().length} cores, load average at start ${loadStart.map((l) => l.toFixed(1)).join(' / ')}, at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}.\n`,
  );
  printTable(rows);
  for (const n of notes) console.log(`note: ${n}`);
  if (args.json) writeFileSync(args.json, JSON.stringify({ dir, page, date: new Date().toISOString(), rows, results }, null, 2));
  process.exit(0);
}
