// Numbers in Portuguese and Chinese: the figure formatter must use the readers' conventions through Intl
// (pt-BR "1.234,5" and "US$ 0,15"; zh "0.15 美元" and 万/亿), and every unit or qualifier the registry
// writes in English must have a rendering in each language, so no English word slips into pt or zh text.
import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figureRegistry';
import { AFFIXES, bareNumbers, formatFigure, intlLocale, type FigureDef } from '../../src/lib/figures';

const NBSP = '\u00a0';
const def = (value: FigureDef['value'], format?: Intl.NumberFormatOptions, extra: Partial<FigureDef> = {}): FigureDef => ({
  value,
  format,
  sources: ['x'],
  label: 'test',
  ...extra,
});
const usd = (digits: number): Intl.NumberFormatOptions => ({
  style: 'currency',
  currency: 'USD',
  currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
});

describe('intlLocale', () => {
  it('maps the site languages to the locales of their readers', () => {
    expect(intlLocale('pt')).toBe('pt-BR');
    expect(intlLocale('zh')).toBe('zh-Hans');
    expect(intlLocale('en')).toBe('en');
  });
});

describe('Brazilian Portuguese', () => {
  it('groups with a dot and uses the decimal comma', () => {
    expect(formatFigure(def(1234.5, { maximumFractionDigits: 1 }), 'pt')).toBe('1.234,5');
    expect(formatFigure(def(75.5 / 100, { style: 'percent', maximumFractionDigits: 1 }), 'pt')).toBe('75,5%');
  });
  it('writes the US dollar as US$ (a bare $ is the real), ranges included', () => {
    expect(formatFigure(def(0.15, usd(2)), 'pt')).toBe(`US$${NBSP}0,15`);
    expect(formatFigure(def([25000, 30000], usd(0), { approx: true }), 'pt')).toBe(`cerca de US$${NBSP}25.000–30.000`);
  });
  it('writes large counts in words: bilhões, trilhões', () => {
    const compact: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 };
    expect(formatFigure(def(2.45e12, compact), 'pt')).toBe('2,45 trilhões');
    expect(formatFigure(def(37e9, compact), 'pt')).toBe('37 bilhões');
  });
  it('translates the registry units and qualifiers', () => {
    expect(formatFigure(figures['queen-message-hours-max'], 'pt')).toBe('mais de 17 horas');
    expect(formatFigure(figures['cable-1858-route-nm'], 'pt')).toBe('1.698 milhas náuticas');
    expect(formatFigure(figures['us-industrial-price'], 'pt')).toBe('8,06 centavos de dólar por kWh');
  });
});

describe('Simplified Chinese', () => {
  it('writes money as a number and a currency word', () => {
    expect(formatFigure(def(0.15, usd(2)), 'zh')).toBe(`0.15${NBSP}美元`);
    expect(formatFigure(def([25000, 30000], usd(0), { approx: true }), 'zh')).toBe(`约25,000–30,000${NBSP}美元`);
    const cny: Intl.NumberFormatOptions = { ...usd(2), currency: 'CNY' };
    expect(formatFigure(def(0.26, cny), 'zh')).toBe(`0.26${NBSP}元`);
    expect(formatFigure(figures['cable-1866-price-usd'], 'zh')).toBe(`10${NBSP}美元/单词`);
  });
  it('counts large numbers in 万 and 亿, as Chinese readers do', () => {
    const compact: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 };
    expect(formatFigure(def(8.7e12, compact, { approx: true }), 'zh')).toBe('约8.7万亿');
    expect(formatFigure(def(229e9, compact), 'zh')).toBe('2290亿');
    expect(formatFigure(def(37e9, compact), 'zh')).toBe('370亿');
  });
  it('translates the registry units and qualifiers, with no space before a Chinese unit', () => {
    expect(formatFigure(figures['queen-message-hours-max'], 'zh')).toBe('超过17小时');
    expect(formatFigure(figures['ratio-input-lightning'], 'zh')).toBe('16.7倍');
    expect(formatFigure(figures['us-industrial-price'], 'zh')).toBe('8.06美分/千瓦时');
    expect(formatFigure(figures['tokens-sample'], 'zh')).toBe('100个Token');
  });
});

describe('English is unchanged', () => {
  it('keeps the narrow $ sign and English units', () => {
    expect(formatFigure(def(0.15, usd(2)), 'en')).toBe('$0.15');
    expect(formatFigure(figures['queen-message-hours-max'], 'en')).toBe('more than 17 hours');
  });
});

describe('every English affix in the registry', () => {
  const english = new Set<string>();
  for (const f of Object.values(figures as Record<string, FigureDef>))
    for (const a of [f.prefix, f.suffix]) {
      if (typeof a === 'string') {
        if (a !== '') english.add(a);
      } else if (a?.en) english.add(a.en);
    }
  it.each(['pt', 'zh'])('has a %s rendering', (lang) => {
    const missing = [...english].filter((a) => !Object.hasOwn(AFFIXES[lang], a));
    expect(missing).toEqual([]);
    expect(english.size).toBeGreaterThan(10);
  });
  it('leaves no Latin unit word in Chinese figures (names and SI symbols aside)', () => {
    const latin = Object.entries(figures)
      .map(([k, f]) => [k, formatFigure(f, 'zh')] as const)
      .filter(([, s]) => /[a-z]{2,}/i.test(s.replace(/Token|EH\/s|kWh|km/g, '')));
    expect(latin).toEqual([]);
  });
});

describe('dates in the number check', () => {
  it('allows days of the month in Portuguese and Chinese, and nothing else', () => {
    expect(bareNumbers('Em 5 de agosto de 1858, e de 9 a 15 de fevereiro, entre 17 e 20 de fevereiro.')).toEqual([]);
    expect(bareNumbers('1858年8月5日，2026年2月9日至15日，12月。')).toEqual([]);
    expect(bareNumbers('São 700 watts, 26 projetos.')).toEqual(['700', '26']);
    expect(bareNumbers('关停26个项目，约17倍。')).toEqual(['26', '17']);
  });
});
