// How long the English story takes to read. The cards (chapter openers and step texts) and the claim boxes
// are counted as a reader sees them: figure tokens resolved, Markdown link targets dropped. The budget is
// about twelve minutes of reading; the counts are printed so a change in length shows in the test log.
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { figures } from '../../src/lib/figureRegistry';
import { resolveFigures } from '../../src/lib/figures';

const FILES = import.meta.glob<string>('../../content/en/**/*.md', { query: '?raw', import: 'default', eager: true });

/** Reading speed for explanatory prose with numbers in it, words per minute. */
const WORDS_PER_MINUTE = 230;
/** Minutes the whole story, claim boxes included, may take at that speed. */
const BUDGET_MINUTES = 12.5;

function words(text: string): number {
  const shown = resolveFigures(text, figures, 'en').replace(/\]\([^)]*\)/g, ']');
  return shown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const parsed = Object.entries(FILES).map(([path, source]) => {
  const { frontmatter, content } = parseFrontmatter(source);
  return { path, data: frontmatter as Record<string, unknown>, body: content.trim() };
});
const kind = (k: string) => parsed.filter((p) => p.path.includes(`/content/en/${k}/`));
const steps = kind('story');
const chapters = kind('chapters');
const claims = kind('claims');

export const counts = {
  steps: steps.length,
  stepWords: steps.reduce((n, s) => n + words(s.body), 0),
  chapterWords: chapters.reduce((n, c) => n + words(c.body) + words(String(c.data.title ?? '')), 0),
  // A claim box shows the claim line and the evidence; it appears once, in the step that names it.
  claimWords: claims.filter((c) => steps.some((s) => s.data.claim === c.data.id)).reduce((n, c) => n + words(String(c.data.claim)) + words(c.body), 0),
};

describe('reading length (en)', () => {
  it('reads in about twelve minutes, claim boxes included', () => {
    const cards = counts.stepWords + counts.chapterWords;
    const total = cards + counts.claimWords;
    console.info(
      `story length: ${counts.steps} steps; cards ${cards} words (steps ${counts.stepWords}, chapter openers ${counts.chapterWords}); ` +
        `with claim boxes ${total} words, ${(total / WORDS_PER_MINUTE).toFixed(1)} min at ${WORDS_PER_MINUTE} wpm`,
    );
    expect(total / WORDS_PER_MINUTE).toBeLessThanOrEqual(BUDGET_MINUTES);
  });
  it('varies the length of its cards instead of running every one to the same size', () => {
    const lengths = steps.map((s) => words(s.body));
    const spread = Math.max(...lengths) - Math.min(...lengths);
    expect(spread).toBeGreaterThanOrEqual(25);
  });
});
