// The built site reaches the browser precompressed: the build writes .br/.gz beside every text file
// (src/integrations/precompress.ts) and scripts/serve.mjs sends the brotli one to Chromium, with the cache policy
// a static host would use (hashed /_astro/ files immutable, pages revalidated).
import { expect, test, type Response } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from './helpers';

test('the story page and its /_astro/ scripts arrive brotli-compressed, with the right cache headers', async ({ page }) => {
  const scripts: Response[] = [];
  page.on('response', (r) => {
    if (/\/_astro\/[^/?]+\.js(\?|$)/.test(new URL(r.url()).pathname)) scripts.push(r);
  });
  const doc = await page.goto('/', { waitUntil: 'load' });
  expect(doc?.status()).toBe(200);
  expect(await doc!.request().headerValue('accept-encoding')).toMatch(/\bbr\b/);

  const h = await doc!.allHeaders();
  expect(h['content-encoding']).toBe('br');
  expect(h.vary).toBe('Accept-Encoding');
  expect(h['cache-control']).toBe('no-cache');
  // What went over the wire is the file the build wrote, and the browser decoded it into the page.
  expect(Number(h['content-length'])).toBe(statSync(join(outDir(), 'index.html.br')).size);
  await expect(page.locator('[data-scrolly]').first()).toBeAttached();

  await expect.poll(() => scripts.length, { message: 'the page loads at least one /_astro/*.js' }).toBeGreaterThan(0);
  for (const js of scripts) {
    const jh = await js.allHeaders();
    const name = new URL(js.url()).pathname;
    expect(js.status(), name).toBe(200);
    expect(jh['content-encoding'], name).toBe('br');
    expect(jh['cache-control'], name).toBe('public, max-age=31536000, immutable');
    expect(jh['content-type'], name).toBe('text/javascript; charset=utf-8');
  }
});
