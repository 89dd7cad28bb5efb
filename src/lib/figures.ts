// Figure tokens: every number in the story text is written as {{figure-key}} and resolved at build
// time from the registry in src/lib/figureRegistry.ts, so no figure can appear in prose without a value and
// a source behind it. This module is pure (no DOM, no Astro): the formatter, the token resolver and
// the checks the unit tests and the Markdown plugin share.
import { numberFormat } from './intl';

/** One number (or range) the text may cite. */
export interface FigureDef {
  /** The value as stored in its data module; a pair is a range ("25,000–30,000"). */
  value: number | readonly [number, number];
  /** Passed to Intl.NumberFormat (style, currency, notation, digits...). */
  format?: Intl.NumberFormatOptions;
  /**
   * Text written right after the number, per language ('en' is the fallback). Include the leading
   * space when the unit is a word (" words"); omit it for signs that hug the number ("×").
   */
  suffix?: string | Readonly<Record<string, string>>;
  /** Text written before the number, per language: "more than ", "less than ", "±". */
  prefix?: string | Readonly<Record<string, string>>;
  /** Approximate figure: rendered "about 16 hours" (true) or "~8.7 trillion" ('tilde'). */
  approx?: boolean | 'tilde';
  /** Source ids from src/data/sources (at least one). */
  sources: readonly string[];
  /** What the number is, for the /sources/ page ("Words in Queen Victoria's message"). */
  label: string;
}

export type FigureRegistry = Readonly<Record<string, FigureDef>>;

/** Words that mark an approximation, per language; English is the fallback. */
const ABOUT: Readonly<Record<string, string>> = { en: 'about ', pt: 'cerca de ', zh: '约' };
const TILDE = '~';

/** Matches a figure token. Keys are kebab-case; spaces inside the braces are tolerated. */
export const TOKEN_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KEY_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The Intl locale for a site language: Brazilian Portuguese and Simplified Chinese, as the article's readers use. */
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en', pt: 'pt-BR', zh: 'zh-Hans' };

export function intlLocale(lang: string): string {
  return INTL_LOCALE[lang] ?? lang;
}

/**
 * The registry writes units and qualifiers in English (" words", "more than "); these are their
 * renderings per language, so the data modules stay single-language. A language without an entry
 * for an English affix falls back to the English text, and tests/unit/figures-locale.test.ts fails
 * on any affix the registry uses that pt or zh lacks.
 */
export const AFFIXES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pt: {
    ' nautical miles': ' milhas náuticas',
    ' miles': ' milhas',
    ' ton per mile': ' tonelada por milha',
    ' volts': ' volts',
    '-gun': ' tiros',
    ' words': ' palavras',
    ' words per minute': ' palavras por minuto',
    ' a word': ' por palavra',
    ' per kWh': ' por kWh',
    ' EH/s': ' EH/s',
    'more than ': 'mais de ',
    'less than ': 'menos de ',
    '×': '×',
    ' watts': ' watts',
    ' US cents per kWh': ' centavos de dólar por kWh',
    ' joules': ' joules',
    ' gigawatts': ' gigawatts',
    ' kV': ' kV',
    '±': '±',
    ' yuan per US dollar': ' yuans por dólar',
    ' tokens': ' tokens',
    ' English words': ' palavras em inglês',
  },
  zh: {
    ' nautical miles': '海里',
    ' miles': '英里',
    ' ton per mile': '吨/英里',
    ' volts': '伏',
    '-gun': '响',
    ' words': '个单词',
    ' words per minute': '个单词/分钟',
    ' a word': '/单词',
    ' per kWh': '/千瓦时',
    ' EH/s': ' EH/s',
    'more than ': '超过',
    'less than ': '不到',
    '×': '倍',
    ' watts': '瓦',
    ' US cents per kWh': '美分/千瓦时',
    ' joules': '焦耳',
    ' gigawatts': '吉瓦',
    ' kV': '千伏',
    '±': '±',
    ' yuan per US dollar': '元人民币兑1美元',
    ' tokens': '个Token',
    ' English words': '个英文单词',
  },
};

function pick(text: string | Readonly<Record<string, string>> | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text !== 'string') return text[lang] ?? AFFIXES[lang]?.[text.en ?? ''] ?? text.en ?? '';
  return AFFIXES[lang]?.[text] ?? text;
}

/** Chinese writes money as a number and a currency word ("0.15 美元", "0.26 元"), not a symbol. */
const ZH_CURRENCY: Readonly<Record<string, string>> = { USD: '美元', CNY: '元', GBP: '英镑' };

/**
 * Locale adjustments to a figure's Intl options: pt-BR writes the dollar as "US$" (a bare "$" is the
 * real's sign there); zh formats the number plainly and appends the currency word (see currencyWord).
 */
function localOptions(format: Intl.NumberFormatOptions | undefined, lang: string): Intl.NumberFormatOptions | undefined {
  if (format?.style !== 'currency') return format;
  if (lang === 'pt' && format.currency === 'USD') return { ...format, currencyDisplay: 'symbol' };
  if (lang === 'zh' && format.currency && ZH_CURRENCY[format.currency]) {
    // Intl ignores currency and currencyDisplay when the style is decimal, so only the style changes.
    return { ...format, style: 'decimal' };
  }
  return format;
}

function currencyWord(format: Intl.NumberFormatOptions | undefined, lang: string): string {
  if (lang !== 'zh' || format?.style !== 'currency' || !format.currency) return '';
  const word = ZH_CURRENCY[format.currency];
  // A no-break space, as Intl puts between US$ and the number in pt-BR: the amount never wraps from its unit.
  return word ? `\u00a0${word}` : '';
}

/** The language of a content file, taken from its path: .../content/<lang>/... ; 'en' when absent. */
export function langFromPath(path: string | undefined): string {
  const m = path?.replace(/\\/g, '/').match(/\/content\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\//);
  return m ? m[1] : 'en';
}

/** Formats one figure for a language: number(s) via Intl.NumberFormat, then unit and approximation. */
export function formatFigure(fig: FigureDef, lang: string): string {
  const nf = numberFormat(intlLocale(lang), localOptions(fig.format, lang));
  const v = fig.value;
  // One style for ranges across the site: an unspaced en dash ("3.6–5.3", "$25,000–$30,000"), whatever Intl picks.
  const num = typeof v === 'number' ? nf.format(v) : nf.formatRange(v[0], v[1]).replace(/\s*[–-]\s*(?=\D?\d)/u, '–');
  const body = pick(fig.prefix, lang) + num + currencyWord(fig.format, lang) + pick(fig.suffix, lang);
  if (fig.approx === 'tilde') return TILDE + body;
  if (fig.approx) return (ABOUT[lang] ?? ABOUT.en) + body;
  return body;
}

export class UnknownFigureError extends Error {
  constructor(
    readonly key: string,
    where: string,
    known: string[],
  ) {
    const near = known.filter((k) => k.split('-')[0] === key.split('-')[0]).slice(0, 8);
    super(
      `Unknown figure token {{${key}}}${where ? ` in ${where}` : ''}. ` +
        `Add it to src/lib/figureRegistry.ts or fix the key.` +
        (near.length ? ` Similar keys: ${near.join(', ')}` : ''),
    );
    this.name = 'UnknownFigureError';
  }
}

/** Every token key used in a text, in order (duplicates kept). */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => m[1]);
}

/** Replaces every {{key}} in text with its formatted figure; throws UnknownFigureError on an unknown key. */
export function resolveFigures(text: string, registry: FigureRegistry, lang: string, where = ''): string {
  return text.replace(TOKEN_RE, (_all, key: string) => {
    const fig = Object.hasOwn(registry, key) ? registry[key] : undefined;
    if (!fig) throw new UnknownFigureError(key, where, Object.keys(registry));
    return formatFigure(fig, lang);
  });
}

/** Problems with a registry (bad keys, missing sources, non-finite values); empty when sound. */
export function validateFigures(registry: FigureRegistry, sourceExists: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [key, fig] of Object.entries(registry)) {
    if (!KEY_RE.test(key)) problems.push(`figure key "${key}" is not kebab-case`);
    const values = typeof fig.value === 'number' ? [fig.value] : [...fig.value];
    if (!values.every((x) => Number.isFinite(x))) problems.push(`${key}: value is not a finite number`);
    if (typeof fig.value !== 'number' && !(fig.value[0] <= fig.value[1])) problems.push(`${key}: range is reversed`);
    if (fig.sources.length === 0) problems.push(`${key}: no source`);
    for (const s of fig.sources) if (!sourceExists(s)) problems.push(`${key}: unknown source "${s}"`);
    if (!fig.label.trim()) problems.push(`${key}: no label`);
  }
  return problems;
}

/** Product names that contain digits but are names, not figures. */
const NAMES_WITH_DIGITS: readonly string[] = [
  'MiniMax M2.5',
  'M2.5',
  'Kimi K2.5',
  'K2.5',
  'GLM-5',
  'DeepSeek V3.2',
  'DeepSeek V3',
  'DeepSeek-V3',
  'V3.2',
  'V3',
  'Claude Opus 4.6',
  'Claude Opus 4.5',
  'Opus 4.6',
  'Opus 4.5',
  'Sonnet 4.5',
  'Gemini 3 Flash',
  'GPT-4o',
  'H100',
  'H800',
  'Ascend 910B',
  '910B',
];

/**
 * Finds numerals in prose that did not come from a figure token. Allowed: four-digit years
 * (1800-2099, also in ranges like 2015-2021 and decades like 1850s), a day of the month written
 * next to a month name ("5 August", "August 5", "5 de agosto", "8月5日") and product names that contain digits
 * (NAMES_WITH_DIGITS). Everything else is reported.
 * Run it on text with the tokens still in place: tokens are skipped.
 */
export function bareNumbers(text: string, names: readonly string[] = NAMES_WITH_DIGITS): string[] {
  let t = text;
  // Longest names first, so "MiniMax M2.5" goes before "M2.5" leaves "MiniMax" behind harmlessly.
  for (const n of [...names].sort((a, b) => b.length - a.length)) t = t.split(n).join(' ');
  text = t;
  const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
  const PT_MONTH = '(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)';
  const stripped = text
    .replace(TOKEN_RE, ' ')
    // URLs and in-page links are addresses, not figures.
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    // "5 August 1858", "5-6 August"
    .replace(new RegExp(`\\b([0-3]?\\d)(?:[–-][0-3]?\\d)?\\s+${MONTH}\\b`, 'g'), ' ')
    // "August 5", "August 5-6"
    .replace(new RegExp(`\\b${MONTH}\\s+[0-3]?\\d(?:[–-][0-3]?\\d)?\\b(?!\\d)`, 'g'), ' ')
    // Portuguese dates: "5 de agosto", "9 a 15 de fevereiro", "entre 17 e 20 de fevereiro"
    .replace(new RegExp(`\\b[0-3]?\\d(?:\\s*(?:[–-]|a|e)\\s*[0-3]?\\d)?\\s+de\\s+${PT_MONTH}\\b`, 'g'), ' ')
    // Chinese dates: "2月", "8月5日", "2月9日至15日"
    .replace(/(?<![\d.])(?:1[0-2]|[1-9])月|(?<![\d.])[0-3]?\d日/g, ' ')
    // years and year ranges: 1858, 2015-2021, 2015–21, 1850s
    .replace(/\b(1[89]\d\d|20\d\d)(?:[–-](?:1[89]\d\d|20\d\d|\d\d))?s?\b/g, ' ');
  return [...stripped.matchAll(/\d[\d,.]*/g)].map((m) => m[0]);
}
