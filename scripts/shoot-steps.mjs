// Screenshots of story steps as a reader sees them, one browser for all: for each size and each step, scroll
// the step to where a reader reads it and wait for the stage to follow. Output: shots/<step>-<w>x<h>[-rm][-dark].png
// Usage: node scripts/shoot-steps.mjs <base-url> [step ids… | all] [--sizes=375x812,1440x900] [--rm] [--dark] [--js=0] [--wait=ms]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

// Flags: --rm, --dark; --sizes, --wait and --js take a value, as --sizes=a,b or --sizes a,b.
const VALUED = new Set(['sizes', 'wait', 'js']);
const flags = {};
const positional = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (!a.startsWith('--')) positional.push(a);
  else if (a.includes('=')) flags[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
  else if (VALUED.has(a.slice(2))) flags[a.slice(2)] = argv[++i];
  else flags[a.slice(2)] = true;
}
const [base, ...ids] = positional;
if (!base) {
  console.error('usage: node scripts/shoot-steps.mjs <base-url> [step ids… | all] [--sizes=375x812,1440x900] [--rm] [--dark]');
  process.exit(2);
}
const sizes = (flags.sizes ?? '375x812,1440x900').split(',').map((s) => s.split('x').map(Number));
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
for (const [w, h] of sizes) {
  const page = await browser.newPage({
    viewport: { width: w, height: h },
    reducedMotion: 'rm' in flags ? 'reduce' : 'no-preference',
    colorScheme: 'dark' in flags ? 'dark' : 'light',
    javaScriptEnabled: flags.js !== '0',
  });
  page.on('console', (m) => m.type() === 'error' && console.log(`[console ${w}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror ${w}] ${e.message}`));
  await page.goto(base, { waitUntil: 'load' });
  let list = ids;
  if (ids.length === 0 || ids[0] === 'all') list = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
  for (const id of ['_top', ...list]) {
    if (id === '_top') await page.evaluate(() => window.scrollTo(0, 0));
    else
      await page.evaluate((stepId) => {
        const el = document.getElementById(stepId);
        if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
      }, id);
    await page.waitForTimeout(Number(flags.wait ?? 1300));
    const file = `shots/${id}-${w}x${h}${'rm' in flags ? '-rm' : ''}${'dark' in flags ? '-dark' : ''}${flags.js === '0' ? '-nojs' : ''}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
