// Screenshots of the story's Embed button and dialog, and of the gallery/builder, at 375x812 and 1440x900.
// Usage: node scripts/shoot-embed-dialog.mjs http://localhost:4401
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';
const [base] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: (await findChromium()) ?? undefined, args: CHROMIUM_ARGS });
for (const [w, h] of [
  [375, 812],
  [1440, 900],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => m.type() === 'error' && console.log(`[console ${w}] ${m.text()}`));
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `shots/story-embed-button-${w}.png` });
  await page.locator('[data-embed-open]').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `shots/story-embed-dialog-${w}.png` });
  await page.goto(`${base}/embed/`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `shots/gallery-${w}.png`, fullPage: false });
  await page.close();
  console.log(w, 'done');
}
await browser.close();
