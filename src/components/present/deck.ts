// The presenter's, the notes window's and the kit's view of the story at build time: every step of one
// language in reading order with its number, chapter and a short plain-text label. Read from the content
// collections (src/components/story/loadStory.ts), never from a list typed here, so a step added, cut or merged
// in content/ shows up everywhere at the next build.
import { loadStory, type StoryChapter, type StoryStep } from '../story/loadStory';
import { figures } from '../../lib/figureRegistry';
import { resolveFigures } from '../../lib/figures';
import { plainText, shortLabel } from '../../lib/stepText';

export interface DeckStep extends StoryStep {
  /** 1-based position in the whole story, as shown on screen. */
  n: number;
  chapterN: number;
  chapterTitle: string;
  /** The narration as plain text, figures resolved. */
  text: string;
  label: string;
  /** Notes and question with any {{figure}} token resolved. */
  notesText: string;
  questionText: string;
}

export interface Deck {
  chapters: (StoryChapter & { n: number; deckSteps: DeckStep[] })[];
  steps: DeckStep[];
}

export async function loadDeck(lang: string): Promise<Deck> {
  const chapters = await loadStory(lang);
  let n = 0;
  const withSteps = chapters.map((c, ci) => ({
    ...c,
    n: ci + 1,
    deckSteps: c.steps.map((s): DeckStep => {
      const where = s.entry.filePath ?? s.id;
      const text = plainText(resolveFigures(s.entry.body ?? '', figures, lang, where));
      return {
        ...s,
        n: ++n,
        chapterN: ci + 1,
        chapterTitle: c.title,
        text,
        label: shortLabel(text),
        notesText: resolveFigures(s.notes, figures, lang, where),
        questionText: resolveFigures(s.question, figures, lang, where),
      };
    }),
  }));
  return { chapters: withSteps, steps: withSteps.flatMap((c) => c.deckSteps) };
}
