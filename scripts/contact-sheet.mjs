// Contact sheets of the story as a reader sees it: every step's screenshot (from scripts/shoot-steps.mjs) as a
// labelled thumbnail, one sheet per size and variant (light or dark, motion or reduced motion), for a review of
// the whole story at a glance. It only lays out files that exist: shoot them first, e.g.
//   node scripts/shoot-steps.mjs http://localhost:4321 all --sizes=320x568,375x812,768x1024,1280x720,1440x900 [--dark] [--rm]
// Output: <out>/<w>x<h>[-rm][-dark].png. Usage: node scripts/contact-sheet.mjs [--in shots] [--out shots/contact]
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const input = resolve(args.in ?? 'shots');
const out = resolve(args.out ?? join(input, 'contact'));
// <step>-<w>x<h>[-rm][-dark].png, as shoot-steps writes them (no-JS shots are left out).
const SHOT = /^(.+)-(\d+)x(\d+)((?:-rm)?(?:-dark)?)\.png$/;

const sheets = new Map();
for (const file of readdirSync(input).sort()) {
  const m = SHOT.exec(file);
  if (!m) continue;
  const [, step, w, h, variant] = m;
  const key = `${w}x${h}${variant}`;
  if (!sheets.has(key)) sheets.set(key, { w: Number(w), h: Number(h), shots: [] });
  sheets.get(key).shots.push({ step, file: join(input, file) });
}
if (sheets.size === 0) {
  console.error(`contact-sheet: no screenshots in ${input}. Take them with scripts/shoot-steps.mjs first.`);
  process.exit(2);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
try {
  for (const [key, { w, h, shots }] of sheets) {
    // Phones six to a row, wider screens four, each thumbnail 240 px wide.
    const cols = w < 700 ? 6 : 4;
    const thumb = 240;
    const html = `<!doctype html><meta charset="utf-8"><style>
      body { margin: 16px; font: 13px system-ui, sans-serif; background: #fff; color: #111; }
      h1 { font-size: 18px; margin: 0 0 12px; }
      .grid { display: grid; grid-template-columns: repeat(${cols}, ${thumb}px); gap: 14px 12px; }
      figure { margin: 0; } img { width: ${thumb}px; height: ${Math.round((thumb * h) / w)}px; border: 1px solid #999; display: block; }
      figcaption { margin-top: 3px; overflow-wrap: anywhere; }
    </style><h1>Tokens Abroad, ${escape(key)}: ${shots.length} shots</h1><div class="grid">${shots
      .map((s) => `<figure><img src="${pathToFileURL(s.file).href}" alt=""><figcaption>${escape(s.step)}</figcaption></figure>`)
      .join('')}</div>`;
    const page = await browser.newPage({ viewport: { width: cols * (thumb + 12) + 32, height: 600 } });
    // A file page may show file images (a blank page may not): the sheet is written beside its picture.
    const sheet = join(out, `${key}.html`);
    writeFileSync(sheet, html);
    await page.goto(pathToFileURL(sheet).href, { waitUntil: 'load' });
    const file = join(out, `${key}.png`);
    await page.screenshot({ path: file, fullPage: true });
    rmSync(sheet);
    await page.close();
    console.log(`${file}: ${shots.length} shots`);
  }
} finally {
  await browser.close();
}
