// Takes screenshots of a page the way a reader sees it: 375x812 and 1440x900, with and without
// reduced motion, optionally scrolled to a step. Output: shots/<name>-<w>x<h>[-rm].png
// Usage: node scripts/shoot.mjs <url> <name> [--step step-id] [--selector css] [--wait ms]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const [url, name = 'page', ...rest] = process.argv.slice(2);
const opt = Object.fromEntries(rest.reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
if (!url) {
  console.error('usage: node scripts/shoot.mjs <url> <name> [--step id] [--selector css] [--wait ms]');
  process.exit(2);
}
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
for (const [w, h] of [
  [375, 812],
  [1440, 900],
]) {
  for (const rm of [false, true]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: rm ? 'reduce' : 'no-preference' });
    page.on('console', (m) => m.type() === 'error' && console.log(`[console ${w}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[pageerror ${w}] ${e.message}`));
    await page.goto(opt.step ? `${url}#${opt.step}` : url, { waitUntil: 'load' });
    if (opt.selector) await page.locator(opt.selector).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(Number(opt.wait ?? 1200));
    const file = `shots/${name}-${w}x${h}${rm ? '-rm' : ''}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
}
await browser.close();
