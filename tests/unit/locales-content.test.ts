// Every translation of the narrative against the English original: the same steps, chapters and claims
// (same file names, ids, scenes, figures, sources and claim links, no extras), every {{figure}} token of the
// English field kept, no field left empty or left in English, and Chinese set with Chinese punctuation.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { getScene } from '../../src/scenes';
import { figures } from '../../src/lib/figureRegistry';
import { resolveFigures, tokensIn } from '../../src/lib/figures';

const FILES = import.meta.glob<string>('../../content/*/{story,chapters,claims}/**/*.md', { query: '?raw', import: 'default', eager: true });
const LANGS = ['pt', 'zh'] as const;
/** Fields a reader sees, per kind of file; ids, scenes, sources and verdicts must stay as they are. */
const TEXT_FIELDS: Record<string, string[]> = { story: ['alt', 'notes', 'question'], chapters: ['title', 'kicker'], claims: ['claim'] };
const SAME_FIELDS: Record<string, string[]> = { story: ['id', 'chapter', 'scene', 'sources', 'claim'], chapters: ['id'], claims: ['id', 'verdict', 'sources'] };

interface Doc {
  lang: string;
  kind: string;
  /** Path below content/<lang>/, e.g. story/01-opening/01-request.md */
  rel: string;
  data: Record<string, unknown>;
  body: string;
}

const docs: Doc[] = Object.entries(FILES).map(([path, source]) => {
  const [lang, ...rest] = path.replace(/^.*\/content\//, '').split('/');
  const { frontmatter, content } = parseFrontmatter(source);
  return { lang, kind: rest[0], rel: rest.join('/'), data: frontmatter as Record<string, unknown>, body: content.trim() };
});
const of = (lang: string) => new Map(docs.filter((d) => d.lang === lang).map((d) => [d.rel, d]));
const en = of('en');

/** The texts of a document a reader sees: the body and each visible frontmatter field. */
function texts(d: Doc): [string, string][] {
  return [['body', d.body], ...TEXT_FIELDS[d.kind].map((f): [string, string] => [f, typeof d.data[f] === 'string' ? (d.data[f] as string) : ''])];
}

/** ASCII sentence punctuation touching a CJK character ("中国,", "(上海"), which Chinese typesetting writes full-width. */
const ASCII_PUNCT_IN_CJK = /[\p{Script=Han}][ ]*[,.;:?!()]|[,.;:?!()][ ]*[\p{Script=Han}]/u;

describe('the English tree being translated', () => {
  it('has every kind of file', () => {
    for (const kind of ['story', 'chapters', 'claims']) expect([...en.values()].filter((d) => d.kind === kind).length, kind).toBeGreaterThan(0);
    expect([...en.values()].filter((d) => d.kind === 'story').length).toBe(34);
  });
});

describe.each(LANGS)('content/%s', (lang) => {
  const tr = of(lang);
  it('has exactly the English files, no more, no fewer', () => {
    expect([...tr.keys()].sort()).toEqual([...en.keys()].sort());
  });
  it('keeps the same frontmatter keys, ids, chapters, scenes (so figures), sources, claims and verdicts', () => {
    for (const [rel, e] of en) {
      const t = tr.get(rel);
      if (!t) continue;
      expect(Object.keys(t.data).sort(), rel).toEqual(Object.keys(e.data).sort());
      for (const f of SAME_FIELDS[e.kind]) expect(t.data[f], `${rel} ${f}`).toEqual(e.data[f]);
      if (e.kind === 'story') expect(getScene(String(t.data.scene)).figure, rel).toBe(getScene(String(e.data.scene)).figure);
    }
  });
  it('keeps every {{figure}} token of each English field, and adds none', () => {
    const problems: string[] = [];
    for (const [rel, e] of en) {
      const t = tr.get(rel);
      if (!t) continue;
      const tt = new Map(texts(t));
      for (const [field, text] of texts(e)) {
        const want = new Set(tokensIn(text));
        const got = new Set(tokensIn(tt.get(field) ?? ''));
        for (const k of want) if (!got.has(k)) problems.push(`${rel} ${field}: missing {{${k}}}`);
        for (const k of got) if (!want.has(k)) problems.push(`${rel} ${field}: extra {{${k}}}`);
      }
      // Every token still resolves in this language.
      for (const [field, text] of texts(t)) expect(() => resolveFigures(text, figures, lang, `${rel} ${field}`)).not.toThrow();
    }
    expect(problems).toEqual([]);
  });
  it('leaves no text, alt, note or question empty where the English has one', () => {
    const empty: string[] = [];
    for (const [rel, e] of en) {
      const t = tr.get(rel);
      if (!t) continue;
      const tt = new Map(texts(t));
      for (const [field, text] of texts(e)) if (text.trim() !== '' && !(tt.get(field) ?? '').trim()) empty.push(`${rel} ${field}`);
    }
    expect(empty).toEqual([]);
  });
  it('translates every text: none is identical to the English (dates and names aside)', () => {
    const same: string[] = [];
    for (const [rel, e] of en) {
      const t = tr.get(rel);
      if (!t) continue;
      const tt = new Map(texts(t));
      for (const [field, text] of texts(e)) {
        // A kicker that is only a year or a range of years ("1858", "2015–2021") is the same in every language.
        if (!/\p{L}/u.test(text)) continue;
        if (text.trim() === (tt.get(field) ?? '').trim()) same.push(`${rel} ${field}`);
      }
    }
    expect(same).toEqual([]);
  });
  it('uses typographic quotes, not straight double quotes, in prose', () => {
    const straight = [...tr.values()].flatMap((d) =>
      texts(d)
        .filter(([, text]) => text.includes('"'))
        .map(([f]) => `${d.rel} ${f}`),
    );
    expect(straight).toEqual([]);
  });
});

describe('Chinese typesetting', () => {
  it('the punctuation check catches ASCII punctuation between CJK characters', () => {
    expect(ASCII_PUNCT_IN_CJK.test('中国,美国')).toBe(true);
    expect(ASCII_PUNCT_IN_CJK.test('上海 (中国)')).toBe(true);
    expect(ASCII_PUNCT_IN_CJK.test('中国，美国（上海）。MiniMax M2.5的价格')).toBe(false);
  });
  it('has no ASCII sentence punctuation next to CJK characters, before or after figures are filled in', () => {
    const bad = [...of('zh').values()].flatMap((d) =>
      texts(d)
        .flatMap(([f, text]) => [
          [f, text],
          [f, resolveFigures(text, figures, 'zh')],
        ])
        .filter(([, text]) => ASCII_PUNCT_IN_CJK.test(text))
        .map(([f, text]) => `${d.rel} ${f}: …${text.match(ASCII_PUNCT_IN_CJK)?.[0]}…`),
    );
    expect(bad).toEqual([]);
  });
  it('ends questions with a full-width question mark and uses no Markdown italics', () => {
    for (const d of of('zh').values()) {
      if (d.kind === 'story') expect(String(d.data.question), d.rel).toMatch(/？$/);
      for (const [f, text] of texts(d)) expect(/(^|[^*])\*[^*\s][^*]*\*(?!\*)|(^|\s)_[^_\s][^_]*_/.test(text), `${d.rel} ${f}`).toBe(false);
    }
  });
});
