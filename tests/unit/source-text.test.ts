// Source descriptions in Portuguese and Chinese (src/i18n/<lang>/sourceText.ts, src/lib/sourceText.ts): every source
// has a translated title and, where the English has a caveat, a translated note; no entry for an unknown id; the
// translations carry the English figures and nothing else; localizeSource swaps only title and note.
import { describe, expect, it } from 'vitest';
import { allSources, type Source } from '../../src/data/sources';
import { localizeSource, localizeSourceFor, sourceTextFor, type SourceTextTable } from '../../src/lib/sourceText';
import { sourceText as pt } from '../../src/i18n/pt/sourceText';
import { sourceText as zh } from '../../src/i18n/zh/sourceText';

const TABLES: ReadonlyArray<readonly [lang: 'pt' | 'zh', table: SourceTextTable]> = [
  ['pt', pt],
  ['zh', zh],
];
const ids = new Set(allSources.map((s) => s.id));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The figures a text states, as numbers, in any order. English writes 1,234.5, "8.7 T" and "10k"; Portuguese 1.234,5,
 * "8,7 trilhões" and "10 mil"; Chinese 1,234.5, 万 and 亿, and its month numbers ("2026年2月") are dropped, since English
 * writes months in words. A dot or comma followed by exactly three digits groups thousands; otherwise it is a decimal
 * point, so version numbers (v3.0, M2.5) read the same in every language.
 */
function figuresIn(text: string, lang: 'en' | 'pt' | 'zh'): number[] {
  const group = lang === 'pt' ? '.' : ',';
  const decimal = lang === 'pt' ? ',' : '.';
  const src = lang === 'zh' ? text.replace(/\d{1,2}月/g, '月') : text;
  const scale: Record<string, number> =
    lang === 'en'
      ? { T: 1e12, B: 1e9, k: 1e3 }
      : lang === 'pt'
        ? { trilhão: 1e12, trilhões: 1e12, bilhão: 1e9, bilhões: 1e9, B: 1e9, mil: 1e3 }
        : { 万亿: 1e12, 亿: 1e8, 万: 1e4, B: 1e9 };
  const suffix = lang === 'zh' ? '(?:(万亿|亿|万)|(B)\\b)?' : lang === 'en' ? '(?:\\s?(T|B|k)\\b)?' : '(?:\\s?(trilhões|trilhão|bilhões|bilhão|B|mil)\\b)?';
  const esc = (c: string) => `\\${c}`;
  // Portuguese keeps the dot of version numbers (v3.0, Llama 3.1): a dot not followed by three digits is a decimal point.
  const point = lang === 'pt' ? '[.,]' : esc(decimal);
  const re = new RegExp(`\\d+(?:${esc(group)}\\d{3}(?!\\d))*(?:${point}\\d+)?${suffix}`, 'g');
  return [...src.matchAll(re)].map((m) => {
    const unit = m[1] ?? m[2];
    const digits = m[0].slice(0, unit ? m[0].length - unit.length : undefined).trim();
    const n = Number(digits.replace(new RegExp(`${esc(group)}(?=\\d{3}(?!\\d))`, 'g'), '').replace(',', '.'));
    return unit ? Number((n * scale[unit]).toPrecision(12)) : n;
  });
}

/**
 * Figures the English writes in digits and a translation writes in words or another unit, per source; each is
 * checked by hand: "Q1" is 一季度, 51st is 第五十一次, "top 10" is 前十名, "2015-16" and "1857-58" are written in full,
 * TWh is 亿千瓦时, and "¥7.2 per US dollar" reads 7.2元人民币兑1美元, as the site's figures write it.
 */
const WORDED: Readonly<Record<string, Readonly<Record<string, { missing?: number[]; extra?: number[] }>>>> = {
  pt: {},
  zh: {
    'inner-mongolia-compute-2025': { missing: [1] },
    'fsdc-crackdown-may-2021': { missing: [51] },
    'hashrate-china-2015-2016': { missing: [16], extra: [2016] },
    'chambers-atlantic-telegraph': { missing: [58], extra: [1858] },
    'wudongde-hydro': { missing: [38.9], extra: [38.9e9] },
    'hydro-overcapacity-2016': { missing: [45.6], extra: [45.6e9] },
    'cny-usd-conversion': { extra: [1] },
    'openrouter-week-feb-2026-reported': { missing: [10] },
    'openrouter-feb-2026-crossover-weeks': { missing: [10, 10] },
  },
};

function multisetDiff(a: number[], b: number[]): number[] {
  const rest = [...b];
  const out: number[] = [];
  for (const x of a) {
    const i = rest.findIndex((y) => Math.abs(y - x) < 1e-9 * Math.max(1, Math.abs(x)));
    if (i >= 0) rest.splice(i, 1);
    else out.push(x);
  }
  return out;
}

describe.each(TABLES)('source descriptions in %s', (lang, table) => {
  it('give every source a title, and a note exactly where the English has one', () => {
    for (const s of allSources) {
      const t = table[s.id];
      expect(t, `${lang}: no entry for ${s.id}`).toBeDefined();
      expect(t.title.trim(), `${lang}: ${s.id} title`).not.toBe('');
      expect(t.title, `${lang}: ${s.id} title is the English`).not.toBe(s.title);
      if (s.note) {
        expect(t.note?.trim(), `${lang}: ${s.id} has an English note but no translated one`).toBeTruthy();
        expect(t.note, `${lang}: ${s.id} note is the English`).not.toBe(s.note);
      } else expect(t.note, `${lang}: ${s.id} has a note the English does not`).toBeUndefined();
    }
  });

  it('has no entry for an id that is not a source', () => {
    expect(Object.keys(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps every {placeholder} of the English', () => {
    for (const s of allSources) {
      const t = table[s.id];
      expect(placeholders(t.title), `${lang}: ${s.id} title`).toEqual(placeholders(s.title));
      expect(placeholders(t.note ?? ''), `${lang}: ${s.id} note`).toEqual(placeholders(s.note ?? ''));
    }
  });

  it('states the figures of the English and no other', () => {
    const wrong = allSources.flatMap((s) => {
      const t = table[s.id];
      const words = WORDED[lang][s.id] ?? {};
      const en = figuresIn(`${s.title} ${s.note ?? ''}`, 'en');
      const ours = figuresIn(`${t.title} ${t.note ?? ''}`, lang);
      const got = { missing: multisetDiff(en, ours), extra: multisetDiff(ours, en) };
      const want = { missing: words.missing ?? [], extra: words.extra ?? [] };
      return JSON.stringify(got) === JSON.stringify(want) ? [] : [{ id: s.id, ...got }];
    });
    expect(wrong, lang).toEqual([]);
  });

  if (lang === 'zh')
    it('uses Chinese punctuation next to Chinese text', () => {
      for (const s of allSources) {
        const t = table[s.id];
        for (const text of [t.title, t.note ?? ''])
          expect(text.match(/[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/g) ?? [], `zh: ${s.id}: ${text}`).toEqual([]);
      }
    });
  else
    it('uses typographic quotes', () => {
      for (const s of allSources) {
        const t = table[s.id];
        for (const text of [t.title, t.note ?? '']) expect(text, `pt: ${s.id}`).not.toMatch(/"/);
      }
    });
});

describe('figuresIn (the figure check above)', () => {
  it('reads each language’s number format', () => {
    expect(figuresIn('about $25,000–30,000, 0.12 J, ~8.7 T tokens, 10k, v3.0', 'en')).toEqual([25000, 30000, 0.12, 8.7e12, 10000, 3]);
    expect(figuresIn('US$ 25.000 a 30.000, 0,12 J, ~8,7 trilhões, 10 mil, v3.0, 299.792,458', 'pt')).toEqual([
      25000, 30000, 0.12, 8.7e12, 10000, 3, 299792.458,
    ]);
    expect(figuresIn('2.5万至3万美元，8.7万亿个Token，9,970亿，2026年2月24日', 'zh')).toEqual([25000, 30000, 8.7e12, 997e9, 2026, 24]);
  });
});

describe('localizeSource', () => {
  const withNote: Source = {
    id: 'x',
    title: 'English title',
    publisher: 'Pub',
    date: 'Aug 1858',
    url: 'https://example.org',
    confidence: 'verified',
    note: 'English note',
  };
  const noNote: Source = { id: 'y', title: 'Other', publisher: 'Pub', confidence: 'derived' };
  const table: SourceTextTable = { x: { title: 'Título', note: 'Nota' }, y: { title: 'Outro', note: 'Uma nota que o inglês não tem' } };

  it('replaces title and note, and nothing else', () => {
    expect(localizeSource(withNote, table)).toEqual({ ...withNote, title: 'Título', note: 'Nota' });
    expect(withNote.title).toBe('English title');
  });
  it('never adds a note the source does not have', () => {
    expect(localizeSource(noNote, table)).toEqual({ ...noNote, title: 'Outro' });
    expect('note' in localizeSource(noNote, table)).toBe(false);
  });
  it('leaves the source as it is without a table or an entry', () => {
    expect(localizeSource(withNote)).toBe(withNote);
    expect(localizeSource({ ...withNote, id: 'unknown' }, table).title).toBe('English title');
    expect(localizeSource({ ...withNote, id: 'toString' }, table).title).toBe('English title');
  });
  it('finds the table for a page language; English keeps the data’s text', () => {
    expect(sourceTextFor('en')).toBeUndefined();
    expect(sourceTextFor('pt')).toBe(pt);
    expect(sourceTextFor('zh')).toBe(zh);
    const real = allSources.find((s) => s.note)!;
    expect(localizeSourceFor(real, 'en')).toBe(real);
    expect(localizeSourceFor(real, 'pt')).toMatchObject({ id: real.id, publisher: real.publisher, title: pt[real.id].title, note: pt[real.id].note });
    expect(localizeSourceFor(real, 'zh').title).toBe(zh[real.id].title);
  });
});
