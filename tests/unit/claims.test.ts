// The claim-and-evidence boxes: every claim the article makes has exactly one entry per language,
// with a known verdict, known sources, figure tokens that resolve, and no number typed in by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { sourceById } from '../../src/data/sources';
import { figures } from '../../src/lib/figureRegistry';
import { bareNumbers, resolveFigures } from '../../src/lib/figures';
import { claimBody, verdictLabel, VERDICTS } from '../../src/lib/claims';

const DIR = join(__dirname, '../../content/en/claims');
const CLAIM_IDS = ['electricity-40-cheaper', 'price-17x', 'inference-36x', 'swe-bench-80-8', 'credential-ban-date'];

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();
const entries = files.map((f) => {
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(DIR, f), 'utf8'));
  return { file: f, data: frontmatter as Record<string, unknown>, body: content.trim() };
});

describe('claims content (en)', () => {
  it('has exactly the five claims, file name = id', () => {
    expect(entries.map((e) => e.data.id).sort()).toEqual([...CLAIM_IDS].sort());
    for (const e of entries) expect(e.file).toBe(`${e.data.id}.md`);
  });
  it('uses known verdicts and sources, the article among them', () => {
    for (const e of entries) {
      expect(VERDICTS, e.file).toContain(e.data.verdict);
      const src = e.data.sources as string[];
      expect(
        src.filter((id) => !sourceById.has(id)),
        e.file,
      ).toEqual([]);
      expect(src, e.file).toContain('article-token-going-abroad');
      expect(src.length, e.file).toBeGreaterThan(1);
    }
  });
  it('resolves every figure token and types no bare number', () => {
    for (const e of entries) {
      for (const text of [String(e.data.claim), e.body]) {
        expect(() => resolveFigures(text, figures, 'en', e.file)).not.toThrow();
        expect(bareNumbers(text), e.file).toEqual([]);
      }
    }
  });
  it('records the verdicts the fact sheet reaches', () => {
    const v = Object.fromEntries(entries.map((e) => [e.data.id, e.data.verdict]));
    expect(v).toEqual({
      'electricity-40-cheaper': 'partly',
      'price-17x': 'partly',
      'inference-36x': 'unverified',
      'swe-bench-80-8': 'holds',
      'credential-ban-date': 'partly',
    });
  });
});

describe('claim helpers', () => {
  it('labels verdicts in words, not colour alone', () => {
    expect(verdictLabel('holds')).toBe('Holds');
    expect(verdictLabel('partly')).toBe('Partly holds');
    expect(verdictLabel('not-supported')).toBe('Not supported');
    expect(verdictLabel('unverified')).toBe('Unverified');
  });
  it('resolves tokens in the claim line', () => {
    expect(claimBody('Opus costs {{article-price-ratio}} as much.', 'en')).toBe('Opus costs about 17× as much.');
    expect(() => claimBody('{{no-such-key}}', 'en')).toThrow(/no-such-key/);
  });
});
