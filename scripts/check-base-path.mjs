// Builds the site under a sub-path (BASE_PATH=/tokens-abroad/) into a temporary folder and checks that every
// root-relative URL in every page carries the base and points at a file that exists. Deploying under a
// sub-path is where static sites most often break (assets at /_astro/ 404), so npm test guards it.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = '/tokens-abroad/';
const work = mkdtempSync(join(tmpdir(), 'ta-base-'));
const out = join(work, 'dist');
try {
  execSync('npx astro build', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: base, TA_OUT_DIR: out, TA_CACHE_DIR: join(work, 'cache') },
  });
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.html')) pages.push(p);
    }
  };
  walk(out);
  const problems = [];
  const attr = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const [, url] of html.matchAll(attr)) {
      const where = page.slice(out.length);
      if (!url.startsWith(base)) {
        problems.push(`${where}: ${url} does not start with ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
      const file = join(out, path);
      if (!existsSync(file) || (statSync(file).isDirectory() && !existsSync(join(file, 'index.html'))))
        problems.push(`${where}: ${url} points at nothing in the build`);
    }
  }
  if (problems.length) {
    console.error(`check-base-path: ${problems.length} problem(s) in a build under ${base}:\n${[...new Set(problems)].slice(0, 20).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`check-base-path: ${pages.length} page(s) built under ${base}; every root-relative URL carries the base and exists.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
