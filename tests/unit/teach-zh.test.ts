// The Chinese lesson kit (content/zh/teach/) mirrors the English one: the same files, the same kinds, the same
// step ids, presets and minutes in the same places; only the text is translated.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';

const EN = import.meta.glob<string>('../../content/en/teach/**/*.md', { query: '?raw', import: 'default', eager: true });
const ZH = import.meta.glob<string>('../../content/zh/teach/**/*.md', { query: '?raw', import: 'default', eager: true });
const rel = (p: string) => p.replace(/^.*\/teach\//, '');

/** The frontmatter with every text value blanked: what must not change between languages. */
function skeleton(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => skeleton(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, skeleton(x, k)]));
  const keep = ['kind', 'id', 'step', 'steps', 'keySteps', 'preset', 'minutes'];
  return typeof v === 'string' && !keep.includes(key) ? 'text' : v;
}

describe('zh lesson kit', () => {
  const zh = new Map(Object.entries(ZH).map(([p, raw]) => [rel(p), parseFrontmatter(raw)]));
  it('has every English file and no other', () => {
    expect([...zh.keys()].sort()).toEqual(Object.keys(EN).map(rel).sort());
  });
  it('keeps ids, steps, presets and minutes and translates the text', () => {
    for (const [p, raw] of Object.entries(EN)) {
      const en = parseFrontmatter(raw);
      const mine = zh.get(rel(p))!;
      expect(skeleton(mine.frontmatter), rel(p)).toEqual(skeleton(en.frontmatter));
      expect(mine.content.trim().length > 0, rel(p)).toBe(en.content.trim().length > 0);
      expect(mine.content + JSON.stringify(mine.frontmatter), rel(p)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
