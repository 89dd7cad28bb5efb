// Every language's UI dictionary against the English one: the same keys (nothing missing, nothing extra), the
// same {placeholders} in each string, nothing empty, no markup, and nothing left in English. A string may equal
// the English only when what is left of it, once placeholders, names and units are taken out, has no word in it
// (a model name, "OpenRouter", "{value}%"), or when it is listed below as the same in that language.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { messagesFor } from '../../src/i18n';

/** Groups with a test of their own: place names (English is the data's own, so its records are empty; places-locale). */
const OWN_TEST = new Set(['places']);

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (!prefix && OWN_TEST.has(k)) continue;
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Names, acronyms and units written the same in every language. */
const NAMES =
  /OpenRouter|Tokens Abroad|SWE-bench Verified|tokens?\/s|DeepSeek|MiniMax|Moonshot|Zhipu|Kimi|GLM|Claude|Anthropic|OpenAI|Google|Gemini|Nvidia|NVIDIA|H100|CBECI|CCAF|TeleGeography|TPE|NCP|PUE|UHV|EH\/s|[kMGT]?Wh|GPU|MoE|CSV|SVG|PNG|JSON|oEmbed|iframe|pym\.js|@newswire\/frames|Frames|ML\.ENERGY|Epoch AI|Uptime|QR|URL|ms|km|kV|MW|US\$|¥|T\b/g;
/** Strings that are English words but also the right word in that language (checked by a reader of it). */
const SAME_ON_PURPOSE: Record<string, string[]> = {
  // Chinese place names in pinyin and US states are written the same in Portuguese; "Item", "Total", "Link",
  // "industrial" and "min" are Portuguese words; "ind."/"com." abbreviate industrial/comercial.
  pt: [
    'hashrate.countries.china',
    'hashrate.countriesOnChart.china',
    'hashrate.countriesOnNarrowChart.china',
    'hashrate.provinces.*',
    'powerPrice.rows.cn-zhongwei',
    'powerPrice.rowsShort.*',
    'powerPrice.places.texas',
    'powerPrice.places.oregon',
    'powerPrice.sectors.industrial',
    'powerPrice.sectorsShort.*',
    'energy.pueReferences.zhongwei',
    'tokenShare.table.item',
    'experts.table.total',
    'sources.fieldId',
    'teach.minutes',
    'embed.link',
    // Names as their owners write them: makers, price tiers, cables.
    'tokenShare.makers.*',
    'priceGap.tiers.*',
    'latency.table.cables.*',
  ],
  zh: ['tokenShare.makers.minimax', 'priceGap.tiers.*'],
};
const onPurpose = (lang: string, key: string) => SAME_ON_PURPOSE[lang].some((k) => (k.endsWith('*') ? key.startsWith(k.slice(0, -1)) : k === key));

const hasWords = (s: string) => /[A-Za-z]{2,}/.test(s.replace(/\{\w+\}/g, '').replace(NAMES, ''));

for (const lang of ['pt', 'zh'] as const) {
  describe(`${lang} dictionary`, () => {
    const dict = messagesFor(lang);
    const mine = leaves(dict);
    const english = leaves(en);

    it('is its own, not the English fallback', () => {
      expect(dict).not.toBe(en);
    });
    it('has every English key and no other', () => {
      expect(
        [...english.keys()].filter((k) => !mine.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...mine.keys()].filter((k) => !english.has(k)),
        'extra',
      ).toEqual([]);
    });
    it('keeps every placeholder, has no empty string and no markup', () => {
      for (const [key, value] of mine) {
        expect(value.trim(), key).not.toBe('');
        expect(value, key).not.toMatch(/<[a-z/]/i);
        expect(placeholders(value), key).toEqual(placeholders(english.get(key) ?? ''));
      }
    });
    it('leaves nothing in English but names and units', () => {
      const same = [...mine].filter(([k, v]) => v === english.get(k) && hasWords(v) && !onPurpose(lang, k)).map(([k, v]) => `${k}: ${v}`);
      expect(same).toEqual([]);
    });
    if (lang === 'zh') {
      it('writes Chinese with Chinese punctuation', () => {
        const bad = [...mine].filter(([, v]) => /[\p{Script=Han}][,;:?!]|[,;:?!][\p{Script=Han}]/u.test(v)).map(([k, v]) => `${k}: ${v}`);
        expect(bad).toEqual([]);
      });
    }
  });
}
