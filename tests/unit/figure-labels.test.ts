import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figureRegistry';
import { FIGURE_LABELS, figureLabel } from '../../src/lib/figureLabels';

const keys = Object.keys(figures).sort();

describe('figure labels in every language', () => {
  for (const [lang, table] of Object.entries(FIGURE_LABELS)) {
    it(`${lang}: one label for every figure, none empty, none left in English, none for an unknown key`, () => {
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const k of keys) {
        const label = (table as Record<string, string>)[k];
        expect(label.trim(), k).not.toBe('');
        expect(label, k).not.toBe(figures[k as keyof typeof figures].label);
        expect(label, k).not.toMatch(/\{|\}/);
      }
    });
  }

  it('writes Chinese labels with Chinese punctuation', () => {
    for (const [k, label] of Object.entries(FIGURE_LABELS.zh)) {
      expect(label, k).not.toMatch(/[,;:()]|\s\(|“\s|^\s|\s$/);
      expect(label, k).not.toMatch(/\b(Sep|Feb|Jun|Jan|Aug|Apr)\b/);
    }
  });

  it('picks the language’s label, and the registry’s English otherwise', () => {
    const f = figures['hashrate-china-sep-2019'];
    expect(figureLabel('hashrate-china-sep-2019', f.label, 'en')).toBe(f.label);
    expect(figureLabel('hashrate-china-sep-2019', f.label, 'pt')).toBe('Fatia da China na taxa de hash mundial, set. de 2019');
    expect(figureLabel('hashrate-china-sep-2019', f.label, 'zh')).toBe('中国占全球算力的份额，2019年9月');
    expect(figureLabel('no-such-figure', 'English', 'pt')).toBe('English');
  });
});
