// What the bench scripts share: a static server over a build, a free port, the phone profile, and statistics.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Lighthouse's mobile profile screen: a mid-range phone. */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
};

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const median = (xs) => {
  const s = [...xs].filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

/**
 * CLS as Core Web Vitals define it: the largest session window of layout shifts (shifts under 1 s apart, a window
 * at most 5 s long). `shifts` are { t (ms), value }, in time order.
 */
export function largestSessionWindow(shifts) {
  let cls = 0;
  let win = 0;
  let first = -Infinity;
  let prev = -Infinity;
  for (const s of shifts) {
    if (s.t - prev > 1000 || s.t - first > 5000) {
      first = s.t;
      win = 0;
    }
    win += s.value;
    prev = s.t;
    cls = Math.max(cls, win);
  }
  return cls;
}

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

/** Starts scripts/serve.mjs over `dir`; resolves when it answers. */
export async function startServer(dir, port) {
  const child = spawn(process.execPath, [join(repo, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`bench: scripts/serve.mjs did not start on port ${port}`);
}

/** Prints rows [measure, value, budget, PASS/FAIL] as a table. */
export function printTable(title, rows) {
  const head = ['Measure', 'Value', 'Budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}
