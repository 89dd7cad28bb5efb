import { chromium } from '@playwright/test';
const [,, out, url, w, h, full] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url); await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: full === 'full' });
await b.close();
