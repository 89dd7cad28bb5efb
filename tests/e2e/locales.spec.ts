// Portuguese and Chinese as their readers meet them: every step of /pt/ and /zh/ is written in that language, no
// English UI string is left visible anywhere in the page (controls, legends, chart and map labels, tables, the
// footer), numbers are in the language's format, the language switcher keeps the step both ways, and the pages
// say their language. (axe, console errors, foreign requests and sideways scrolling at 320 px are checked for
// every page of every language by quality.spec.ts, which walks the built site.)
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { messagesFor } from '../../src/i18n';
import { scrollThrough, watchPage } from './helpers';

type Leaves = Map<string, string>;
function leaves(obj: object, prefix = ''): Leaves {
  const out: Leaves = new Map();
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/**
 * The English strings that must not be seen on a page in `lang`: every English dictionary string with no
 * placeholder and at least two words or eight letters, that the language writes differently.
 */
/** Names (makers, tiers, cables, measurements): another language may write them its own way, yet a source may keep them. */
const NAME_KEYS = ['tokenShare.makers.', 'priceGap.tiers.', 'latency.table.cables.', 'energy.measurementNames.'];

function englishOnly(lang: string): Set<string> {
  const mine = leaves(messagesFor(lang));
  const out = new Set<string>();
  for (const [key, value] of leaves(en)) {
    const v = value.replace(/\s+/g, ' ').trim();
    if (/\{\w+\}/.test(v) || mine.get(key) === value || NAME_KEYS.some((k) => key.startsWith(k))) continue;
    if (/[A-Za-z]{2,} [A-Za-z]{2,}/.test(v) || /[A-Za-z]{8,}/.test(v)) out.add(v);
  }
  return out;
}

/** The visible text of every element that shows a short UI string: controls, labels, legends, headings, cells. */
async function visibleUiTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'button, a, label, legend, summary, th, td, caption, figcaption, h1, h2, h3, h4, option, li, dt, dd, p, span, text, tspan';
    const out = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>(sel)) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) continue;
      // Text in a part marked as another language (a claim that falls back to English says so with lang="en").
      const langOf = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (langOf.startsWith('en')) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    }
    return [...out];
  });
}

/** Share of letters that are Han characters. */
const hanShare = (s: string) => {
  const letters = s.match(/[\p{L}]/gu) ?? [];
  return letters.length ? letters.filter((c) => /\p{Script=Han}/u.test(c)).length / letters.length : 0;
};
/** Common English words that would give away an untranslated Portuguese sentence. */
const ENGLISH_WORDS = /\b(the|and|which|with|from|that|this|were|their)\b/gi;
const PORTUGUESE_WORDS = /\b(que|não|uma|para|com|dos|das|em|é)\b/gi;

for (const lang of ['pt', 'zh'] as const) {
  test.describe(`/${lang}/`, () => {
    test('every step is written in the language, numbers in its format', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const steps = await page.$$eval('[data-scrolly] [data-step]', (els) =>
        els.map((el) => ({ id: el.id, text: (el.querySelector('.step-card') as HTMLElement).innerText })),
      );
      expect(steps.length).toBeGreaterThan(30);
      for (const s of steps) {
        // Model and company names are Latin letters, so a step about models is not all Han characters.
        if (lang === 'zh') expect.soft(hanShare(s.text), `${s.id} is Chinese`).toBeGreaterThan(0.5);
        else {
          const enWords = s.text.match(ENGLISH_WORDS)?.length ?? 0;
          const ptWords = s.text.match(PORTUGUESE_WORDS)?.length ?? 0;
          expect.soft(ptWords, `${s.id} is Portuguese`).toBeGreaterThan(2 * enWords);
        }
      }
      const all = steps.map((s) => s.text).join('\n');
      if (lang === 'pt') {
        // pt-BR: a decimal comma and "US$"; never an English thousands comma ("1,200").
        expect(all).toMatch(/\d,\d/);
        expect(all).toContain('US$');
        // ("0,023" is a Portuguese decimal; "1,200" would be an English thousand.)
        expect(all.match(/\b[1-9]\d{0,2},\d{3}\b(?!,)/g) ?? [], 'English thousands separators').toEqual([]);
      } else {
        // Chinese: amounts in 美元 and large counts in 万 or 亿.
        expect(all).toContain('美元');
        expect(all).toMatch(/\d(\.\d+)?\s?(万|亿)/);
      }
    });

    test('no English UI string is visible anywhere, from top to bottom', async ({ page }) => {
      test.setTimeout(180_000);
      const forbidden = englishOnly(lang);
      expect(forbidden.size).toBeGreaterThan(200);
      const watch = watchPage(page);
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('data-scroll-driver', 'ready');
      const seen = new Map<string, string>();
      await scrollThrough(page, {
        fraction: 0.5,
        pauseMs: 250,
        onStep: async () => {
          for (const text of await visibleUiTexts(page)) if (forbidden.has(text)) seen.set(text, text);
        },
      });
      expect([...seen.keys()], `English strings on /${lang}/`).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    for (const path of ['sources/', 'present/', 'present/notes/', 'teach/', 'embed/', 'embed/map/']) {
      test(`${path} is in the language, with no English UI string`, async ({ page }) => {
        const forbidden = englishOnly(lang);
        await page.goto(`/${lang}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'pt-BR');
        const english = (await visibleUiTexts(page)).filter((t) => forbidden.has(t));
        expect(english).toEqual([]);
        // The prose is mostly Chinese (code snippets, URLs, publishers' names and source titles stay as they are).
        const prose = await page.locator('h1, h2, h3, p, label, legend').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText).join(' '));
        if (lang === 'zh') expect(hanShare(prose)).toBeGreaterThan(0.3);
      });
    }

    test('an unknown address under the language answers in it', async ({ page }) => {
      const res = await page.goto(`/${lang}/no-such-page/`);
      expect(res?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'pt-BR');
      await expect(page.locator('h1')).toHaveText(messagesFor(lang).site.notFoundHeading);
    });
  });
}

test('the language switcher keeps the step, from the story and from the presenter', async ({ page }) => {
  await page.goto('/#tokens-full');
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', 'tokens-full');
  await page.locator('[data-lang-switch] a[hreflang="pt-BR"]').click();
  await expect(page).toHaveURL(/\/pt\/#tokens-full$/);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', 'tokens-full');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  // And back, from a step reached by scrolling (the hash was never written).
  await page.locator('#cable-ships').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', 'cable-ships');
  await page.locator('[data-lang-switch] a[hreflang="zh-Hans"]').click();
  await expect(page).toHaveURL(/\/zh\/#cable-ships$/);
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', 'cable-ships');

  await page.goto('/zh/present/#coins-crackdown');
  await expect(page.locator('html')).toHaveAttribute('data-current-step', 'coins-crackdown');
  await page.locator('[data-lang-switch] a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/present\/#coins-crackdown$/);
  await expect(page.locator('html')).toHaveAttribute('data-current-step', 'coins-crackdown');
});

test('every page links its other languages (hreflang) and never redirects by browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
  const page = await context.newPage();
  for (const path of ['/', '/sources/', '/present/', '/teach/']) {
    await page.goto(path);
    expect(new URL(page.url()).pathname, 'offered, not forced').toBe(path);
    const alts = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
      ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    expect(alts).toEqual([
      ['en', path],
      ['pt-BR', `/pt${path}`],
      ['zh-Hans', `/zh${path}`],
      ['x-default', path],
    ]);
  }
  await context.close();
});

test('an embed asked for ?lang=pt shows the Portuguese embed, keeping its flags', async ({ page }) => {
  await page.goto('/embed/map/?lang=pt&theme=dark#tokens-full');
  await expect(page).toHaveURL(/\/pt\/embed\/map\/\?theme=dark#tokens-full$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.locator('[data-graphic]')).toHaveAttribute('data-active-step', 'tokens-full');
});

test('the map’s source line reads as sentences in every language: the source ends with a full stop before the layers’ caveats', async ({ page }) => {
  for (const lang of ['en', 'pt', 'zh'] as const) {
    const m = messagesFor(lang).map;
    await page.goto(lang === 'en' ? '/' : `/${lang}/`);
    const lines = await page.locator('.map-source').allTextContents();
    expect(lines.length, lang).toBeGreaterThan(1);
    const stop = lang === 'zh' ? '。' : '.';
    const withCaveat = lines.map((l) => l.trim()).filter((l) => l.includes(m.notes.cables) || l.includes(m.notes.power));
    expect(withCaveat.length, `${lang}: a scene shows a layer caveat`).toBeGreaterThan(0);
    for (const line of lines.map((l) => l.trim())) {
      expect(line.endsWith(stop), `${lang}: ${line}`).toBe(true);
      for (const note of [m.notes.cables, m.notes.power]) {
        const at = line.indexOf(note);
        if (at > 0) expect(line.slice(0, at), `${lang}: before “${note}”`).toMatch(lang === 'zh' ? /。$/ : /\. $/);
      }
    }
  }
});
