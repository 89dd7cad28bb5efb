// Checks the narrative in content/<lang>/ against the registries: scenes, sources, claims and figures.
// Every numeral in the text must come from a {{figure}} token (years and days of a date excepted),
// so a number cannot reach a reader without a value and a source in src/data.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { sceneById } from '../../src/scenes';
import { sourceById } from '../../src/data/sources';
import { figures } from '../../src/lib/figureRegistry';
import { CHAPTER_IDS } from '../../src/lib/chapters';
import { bareNumbers, langFromPath, resolveFigures, tokensIn } from '../../src/lib/figures';

// Vite reads the files (no node:fs, so the test type-checks without Node's type definitions).
const FILES = import.meta.glob<string>('../../content/**/*.md', { query: '?raw', import: 'default', eager: true });
const CLAIM_IDS = ['electricity-40-cheaper', 'price-17x', 'inference-36x', 'swe-bench-80-8', 'credential-ban-date'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface StepFile {
  file: string;
  lang: string;
  folder: string;
  data: Record<string, unknown>;
  body: string;
}

function read(source: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(source);
  return { data: frontmatter as Record<string, unknown>, body: content.trim() };
}

/** Content files as "<lang>/<kind>/<rest>" paths, in reading order. */
const all = Object.entries(FILES)
  .map(([path, source]) => ({ file: path.replace(/^.*\/content\//, ''), source }))
  .sort((a, b) => a.file.localeCompare(b.file));
const langs = [...new Set(all.map((f) => f.file.split('/')[0]))];
const ofKind = (kind: string) =>
  all.filter((f) => f.file.split('/')[1] === kind).map((f) => ({ file: f.file, lang: f.file.split('/')[0], folder: f.file.split('/')[2], ...read(f.source) }));
const steps: StepFile[] = ofKind('story');
const chapterFiles = ofKind('chapters');
const claimFiles = ofKind('claims');
const en = steps.filter((s) => s.lang === 'en');

/** Visible words of a step once tokens are resolved and Markdown link targets dropped. */
function words(s: StepFile): number {
  const text = resolveFigures(s.body, figures, s.lang).replace(/\]\([^)]*\)/g, ']');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('the English story', () => {
  it('has at least 28 steps, and every chapter has a chapter file and steps', () => {
    expect(en.length).toBeGreaterThanOrEqual(28);
    for (const id of CHAPTER_IDS) {
      expect(en.filter((s) => s.data.chapter === id).length, `steps in chapter ${id}`).toBeGreaterThan(0);
      expect(
        chapterFiles.some((c) => c.lang === 'en' && c.data.id === id),
        `chapter file for ${id}`,
      ).toBe(true);
    }
  });
  it('keeps chapters in reading order: the folder NN-<chapter> matches each step', () => {
    for (const s of en) expect(s.folder, s.file).toMatch(new RegExp(`^\\d\\d-${String(s.data.chapter)}$`));
    const order = en.map((s) => CHAPTER_IDS.indexOf(s.data.chapter as (typeof CHAPTER_IDS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  // Short beats are allowed (a chart can carry a step), long ones are not: the claim boxes hold the detail.
  it('gives each step 25 to 90 words of text', () => {
    const off = en.map((s) => [s.file, words(s)] as const).filter(([, n]) => n < 25 || n > 90);
    expect(off).toEqual([]);
  });
});

describe('every step, every language', () => {
  it('has a unique kebab-case id', () => {
    for (const lang of langs) {
      const ids = steps.filter((s) => s.lang === lang).map((s) => String(s.data.id));
      for (const id of ids) expect(id).toMatch(KEBAB);
      expect(ids.length).toBe(new Set(ids).size);
    }
  });
  it('names a scene that exists', () => {
    const unknown = steps.filter((s) => !sceneById.has(String(s.data.scene))).map((s) => `${s.file}: ${String(s.data.scene)}`);
    expect(unknown).toEqual([]);
  });
  it('names sources that exist, at least one each', () => {
    for (const s of steps) {
      const sources = s.data.sources as string[];
      expect(Array.isArray(sources) && sources.length > 0, `${s.file} has sources`).toBe(true);
      const unknown = sources.filter((id) => !sourceById.has(id));
      expect(unknown, `${s.file}: unknown sources`).toEqual([]);
    }
  });
  it('names only known claims', () => {
    for (const s of steps) if (s.data.claim !== undefined) expect(CLAIM_IDS, s.file).toContain(s.data.claim);
    // Every claim the article makes is discussed somewhere in the English story.
    for (const id of CLAIM_IDS)
      expect(
        en.some((s) => s.data.claim === id),
        `a step for claim ${id}`,
      ).toBe(true);
  });
  it('has alt text, teacher notes and a discussion question', () => {
    for (const s of steps) {
      expect(String(s.data.alt).length, `${s.file} alt`).toBeGreaterThanOrEqual(40);
      const notes = String(s.data.notes);
      // Latin scripts end a sentence with ". " before a capital; Chinese with 。！？ and no space.
      const sentences = notes.split(/(?<=[.!?])\s+(?=[\p{Lu}'"‘“])|(?<=[。！？])/u).filter((x) => x.trim()).length;
      expect(sentences, `${s.file} notes: 2-4 sentences`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${s.file} notes: 2-4 sentences`).toBeLessThanOrEqual(4);
      expect(String(s.data.question).trim(), `${s.file} question`).toMatch(/[?？]$/);
    }
  });
});

describe('numbers in the text', () => {
  it('every figure token resolves for the language of its file', () => {
    for (const s of [...steps, ...chapterFiles, ...claimFiles]) {
      expect(() => resolveFigures(s.body, figures, langFromPath(`/content/${s.file}`), s.file)).not.toThrow();
    }
    expect(en.flatMap((s) => tokensIn(s.body)).length).toBeGreaterThan(50);
  });
  it('no bare number in any step, chapter or claim box text (years and dates of the month excepted)', () => {
    const found = [...steps, ...chapterFiles, ...claimFiles].flatMap((s) =>
      // A step's `claim` is an id ("price-17x"); a claim file's `claim` is prose, so only that one is scanned.
      [s.body, s.data.alt, s.data.notes, s.data.question, s.data.title, s.file.includes('/claims/') ? s.data.claim : undefined]
        .filter((t): t is string => typeof t === 'string')
        .flatMap((t) => bareNumbers(t).map((n) => `${s.file}: "${n}"`)),
    );
    expect(found).toEqual([]);
  });
  it('the scan would catch a figure typed into a step', () => {
    const planted = en[0].body.replace(/\.$/, ', using 700 W.');
    expect(bareNumbers(planted)).toContain('700');
  });
});
