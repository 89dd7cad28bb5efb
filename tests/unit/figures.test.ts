import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import {
  bareNumbers,
  formatFigure,
  langFromPath,
  resolveFigures,
  tokensIn,
  UnknownFigureError,
  validateFigures,
  type FigureDef,
  type FigureRegistry,
} from '../../src/lib/figures';
import { remarkFigures } from '../../src/lib/remarkFigures';
import { figures } from '../../src/lib/figureRegistry';
import { sourceById } from '../../src/data/sources';

const fileUrl = (path: string) => new URL(`file://${path}`);

const hours: FigureDef = { value: 16, format: { style: 'unit', unit: 'hour', unitDisplay: 'long' }, approx: true, sources: ['x'], label: 'hours' };
const share: FigureDef = { value: 0.7553, format: { style: 'percent', maximumFractionDigits: 1 }, sources: ['x'], label: 'share' };
const price: FigureDef = {
  value: [25_000, 30_000],
  format: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  sources: ['x'],
  label: 'price',
};
const tokens: FigureDef = {
  value: 8.7e12,
  format: { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 },
  approx: 'tilde',
  sources: ['x'],
  label: 'tokens',
};
const words: FigureDef = { value: 98, suffix: { en: ' words', pt: ' palavras' }, sources: ['x'], label: 'words' };
const volts: FigureDef = { value: 1100, prefix: '±', suffix: ' kV', sources: ['x'], label: 'kv' };
const registry: FigureRegistry = { 'queen-hours': hours, 'china-share': share, 'h100-price': price, 'top10-tokens': tokens, words, volts };

describe('formatFigure (hand-worked)', () => {
  it('formats English numbers, units, approximations and ranges', () => {
    expect(formatFigure(hours, 'en')).toBe('about 16 hours');
    expect(formatFigure(share, 'en')).toBe('75.5%');
    // Intl puts spaces around the en dash when the range items carry a symbol.
    expect(formatFigure(price, 'en')).toBe('$25,000–$30,000');
    expect(formatFigure(tokens, 'en')).toBe('~8.7 trillion');
    expect(formatFigure(words, 'en')).toBe('98 words');
    expect(formatFigure(volts, 'en')).toBe('±1,100 kV');
  });
  it('follows the page language: decimal comma, localized unit and approximation word', () => {
    expect(formatFigure(share, 'pt')).toBe('75,5%');
    expect(formatFigure(hours, 'pt')).toBe('cerca de 16 horas');
    expect(formatFigure(words, 'pt')).toBe('98 palavras');
    expect(formatFigure(hours, 'zh')).toBe('约16小时');
    expect(formatFigure(tokens, 'zh')).toBe('~8.7万亿');
    // A record without zh takes the shared rendering of its English affix (AFFIXES in figures.ts) ...
    expect(formatFigure(words, 'zh')).toBe('98个单词');
    // ... and an affix nobody translated falls back to English rather than vanishing.
    expect(formatFigure({ ...words, suffix: { en: ' widgets' } }, 'zh')).toBe('98 widgets');
  });
});

describe('resolveFigures', () => {
  it('replaces every token and leaves other text alone', () => {
    expect(resolveFigures('It took {{queen-hours}} for {{ words }}; {not a token}.', registry, 'en')).toBe(
      'It took about 16 hours for 98 words; {not a token}.',
    );
  });
  it('throws a clear error naming the key and the file for an unknown token', () => {
    expect(() => resolveFigures('x {{queen-minutes}} y', registry, 'en', 'content/en/story/x.md')).toThrow(UnknownFigureError);
    expect(() => resolveFigures('x {{queen-minutes}} y', registry, 'en', 'content/en/story/x.md')).toThrow(
      /Unknown figure token \{\{queen-minutes\}\} in content\/en\/story\/x\.md.*Similar keys: queen-hours/,
    );
  });
  it('does not treat inherited object keys as figures', () => {
    expect(() => resolveFigures('{{constructor}}', registry, 'en')).toThrow(UnknownFigureError);
  });
  it('lists the tokens in a text', () => {
    expect(tokensIn('a {{x-1}} b {{ y }} c {{x-1}}')).toEqual(['x-1', 'y', 'x-1']);
  });
});

describe('langFromPath', () => {
  it('reads the language from content/<lang>/', () => {
    expect(langFromPath('/work/main/content/pt/story/01-opening/01-request.md')).toBe('pt');
    expect(langFromPath('C:\\site\\content\\zh\\story\\a.md')).toBe('zh');
    expect(langFromPath('/work/main/src/pages/about.md')).toBe('en');
    expect(langFromPath(undefined)).toBe('en');
  });
});

describe('bareNumbers', () => {
  it('allows years, year ranges, decades and days of the month', () => {
    expect(bareNumbers('In 1858, between 2015 and 2021 (2015–2021, the 1850s), on 16 August 1858 and on August 5.')).toEqual([]);
    expect(bareNumbers('The week of 9–15 February, dated 17-20 Feb.')).toEqual([]);
  });
  it('allows product names with digits and skips tokens and link targets', () => {
    expect(bareNumbers('MiniMax M2.5, Kimi K2.5, GLM-5, DeepSeek V3 and the H100 cost {{h100-price}}. See [page](../2/x-3/).')).toEqual([]);
  });
  it('reports every other numeral', () => {
    expect(bareNumbers('It took 16 hours and 98 words, 75.5% of 8.7T, $0.30 and 1,100 kV.')).toEqual(['16', '98', '75.5', '8.7', '0.30', '1,100']);
    expect(bareNumbers('Around 19th February')).toEqual(['19']);
    expect(bareNumbers('about 300 years')).toEqual(['300']);
  });
});

describe('validateFigures', () => {
  it('accepts a sound registry and reports bad ones', () => {
    expect(validateFigures(registry, () => true)).toEqual([]);
    const bad: FigureRegistry = {
      Bad_Key: { ...share },
      'no-source': { ...share, sources: [] },
      'nan-value': { ...share, value: Number.NaN },
      reversed: { ...price, value: [3, 1] },
    };
    const problems = validateFigures(bad, (id) => id !== 'x').join('\n');
    expect(problems).toMatch(/"Bad_Key" is not kebab-case/);
    expect(problems).toMatch(/no-source: no source/);
    expect(problems).toMatch(/nan-value: value is not a finite number/);
    expect(problems).toMatch(/reversed: range is reversed/);
    expect(problems).toMatch(/unknown source "x"/);
  });
});

describe('the site registry (src/lib/figureRegistry.ts)', () => {
  const en = (key: keyof typeof figures) => formatFigure(figures[key], 'en');
  it('is sound: kebab keys, finite values, every source id exists', () => {
    expect(validateFigures(figures, (id) => sourceById.has(id))).toEqual([]);
  });
  it('formats the headline numbers as the fact sheet gives them', () => {
    expect(en('hashrate-china-sep-2019')).toBe('75.5%');
    expect(en('openrouter-top10-tokens')).toBe('about 8.7 trillion');
    expect(en('openrouter-chinese-share')).toBe('61%');
    expect(en('openrouter-m25-tokens')).toBe('2.45 trillion');
    expect(en('queen-message-words')).toBe('98 words');
    expect(en('queen-message-hours')).toBe('about 16 hours');
    expect(en('queen-message-hours-max')).toBe('more than 17 hours');
    expect(en('ship-crossing-days')).toBe('about 10 days');
    expect(en('cable-1858-route-nm')).toBe('1,698 nautical miles');
    expect(en('h100-price')).toBe('about $25,000–$30,000');
    expect(en('uhv-voltage')).toBe('±1,100 kV');
    expect(en('uhv-length')).toBe('3,293–3,324 km');
  });
  it('computes ratios and conversions from the data instead of retyping them', () => {
    // $5 / $0.30 = 16.67; $5 / $0.15 = 33.3; $25 / $1.20 = 20.8 (fact sheet, section 7)
    expect(en('ratio-input-lightning')).toBe('16.7×');
    expect(en('ratio-input-standard')).toBe('33.3×');
    expect(en('ratio-output-standard')).toBe('20.8×');
    // GPT-4o $10 / DeepSeek-V3 promo $0.28 = 35.7; / $1.10 = 9.1
    expect(en('ratio-gpt4o-dsv3-promo')).toBe('35.7×');
    expect(en('ratio-gpt4o-dsv3-standard')).toBe('9.1×');
    // ¥0.26 and ¥0.38 at ¥7.2 per dollar = 3.6 and 5.3 cents; against 8.06 cents that is 55% and 35% lower
    expect(en('western-tariff-usc')).toBe('about 3.6–5.3 US cents per kWh');
    expect(en('western-tariff-discount')).toBe('about 35%–55%');
    // $0.088 per kWh = 8.8 cents
    expect(en('cn-industrial-price')).toBe('about 8.8 US cents per kWh');
    // 17,968 km ÷ 200,000 km/s = 89.8 ms
    expect(en('tpe-one-way-time')).toBe('about 90 milliseconds');
    // 700 W × 1.5 ÷ 1,000 tokens/s = 1.05 J; 1.05 J × 10^6 ÷ 3.6×10^6 = 0.29 kWh × 8 cents = $0.023
    expect(en('calc-default-j-per-token')).toBe('1.05 joules');
    expect(en('calc-default-usd-per-m')).toBe('about $0.023');
    // Nedonna Beach (45.64 N, 123.94 W) to Chongming (31.62 N, 121.40 E) on a sphere of 6,371 km: about 9,200 km, 46 ms
    expect(en('oregon-shanghai-km')).toBe('about 9,200 km');
    expect(en('oregon-shanghai-light-ms')).toBe('about 46 milliseconds');
    // $27,500 over four years of 8,760 hours = $0.78 an hour; 1.05 kWh at 8 cents = $0.084: electricity about 10%
    expect(en('gpu-hour-depreciation')).toBe('about $0.78');
    expect(en('gpu-hour-electricity-share')).toBe('about 10%');
    // $25 / $2.40 = 10.4; against Texas at 6.6 cents the western tariffs are 20% and 45% lower
    expect(en('ratio-output-lightning')).toBe('10.4×');
    expect(en('western-tariff-vs-texas')).toBe('about 20%–45%');
  });
});

describe('the Markdown plugin', () => {
  const plugin = remarkFigures(registry);
  const ctx = (path: string) => ({ fileURL: fileUrl(path) });
  it('replaces tokens in a text node using the language of the file', () => {
    expect(plugin.text({ type: 'text', value: 'took {{queen-hours}}' }, ctx('/x/content/pt/story/a.md'))).toEqual({
      type: 'text',
      value: 'took cerca de 16 horas',
    });
    expect(plugin.text({ type: 'text', value: 'no tokens here' }, ctx('/x/content/en/story/a.md'))).toBeUndefined();
  });
  it('fails with the file path for an unknown token', () => {
    expect(() => plugin.text({ type: 'text', value: '{{nope}}' }, ctx('/x/content/en/story/a.md'))).toThrow(/\{\{nope\}\} in \/x\/content\/en\/story\/a\.md/);
  });
  it('works inside the real Sätteri pipeline, including tokens next to emphasis and links', () => {
    const src = 'It took *{{queen-hours}}* and {{words}}, at [{{china-share}}](sources/) of the total.';
    const { html } = markdownToHtml(src, { mdastPlugins: [remarkFigures(registry)], fileURL: fileUrl('/x/content/en/story/a.md') });
    expect(html).toContain('<em>about 16 hours</em>');
    expect(html).toContain('98 words');
    expect(html).toContain('<a href="sources/">75.5%</a>');
    expect(html).not.toContain('{{');
    expect(() => markdownToHtml('Broken {{nope}}.', { mdastPlugins: [remarkFigures(registry)], fileURL: fileUrl('/x/content/en/story/b.md') })).toThrow(
      /Unknown figure token \{\{nope\}\}/,
    );
  });
});
