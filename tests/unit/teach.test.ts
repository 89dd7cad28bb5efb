// The lesson kit's content (content/<lang>/teach/) against the story: every step id it names exists, the lesson
// plans add up, the glossary has the terms the issue asks for, every preset of the activity exists.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { presets } from '../../src/data/energy';

const FILES = import.meta.glob<string>('../../content/en/**/*.md', { query: '?raw', import: 'default', eager: true });
const read = (path: string) => parseFrontmatter(FILES[path]).frontmatter as Record<string, unknown>;
const paths = Object.keys(FILES);
const stepIds = new Set(paths.filter((p) => p.includes('/story/')).map((p) => String(read(p).id)));
const teach = paths.filter((p) => p.includes('/teach/')).map((p) => ({ path: p, data: read(p), body: parseFrontmatter(FILES[p]).content.trim() }));
const kit = teach.find((e) => e.data.kind === 'kit')!.data as {
  keySteps: string[];
  plans: { id: string; minutes: number; parts: { minutes: number; steps: string[] }[] }[];
};
const terms = teach.filter((e) => e.data.kind === 'term');

describe('lesson kit content', () => {
  it('names only steps the story has', () => {
    const named = [...kit.keySteps, ...kit.plans.flatMap((p) => p.parts.flatMap((x) => x.steps)), ...terms.map((t) => t.data.step).filter(Boolean)];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((id) => !stepIds.has(String(id)))).toEqual([]);
  });
  it('has a 45-minute lesson and a shorter one whose parts add up', () => {
    expect(kit.plans.map((p) => p.minutes)).toContain(45);
    expect(Math.min(...kit.plans.map((p) => p.minutes))).toBeLessThan(45);
    for (const p of kit.plans)
      expect(
        p.parts.reduce((n, x) => n + x.minutes, 0),
        p.id,
      ).toBe(p.minutes);
  });
  it('has a key step in every chapter of the story', () => {
    const chapterOf = new Map(paths.filter((p) => p.includes('/story/')).map((p) => [String(read(p).id), String(read(p).chapter)]));
    const chapters = new Set(chapterOf.values());
    expect(new Set(kit.keySteps.map((id) => chapterOf.get(id)))).toEqual(chapters);
  });
  it('explains the terms the story uses', () => {
    const names = terms.map((t) => String(t.data.term).toLowerCase());
    for (const want of ['token', 'hashrate', 'eh/s', 'pue', 'uhv', 'mixture of experts', 'inference', 'openrouter']) {
      expect(
        names.some((n) => n.includes(want)),
        want,
      ).toBe(true);
    }
    for (const t of terms) expect(t.body.length, String(t.data.term)).toBeGreaterThan(40);
    expect(new Set(names).size).toBe(names.length);
  });
  it('uses only calculator presets that exist', () => {
    const activity = teach.find((e) => e.data.kind === 'activity')!.data as { presets: { preset: string }[] };
    expect(activity.presets.length).toBeGreaterThan(0);
    for (const p of activity.presets) expect(presets.map((x) => x.id)).toContain(p.preset);
  });
});
