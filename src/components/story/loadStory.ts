// Loads one language's story at build time: steps in reading order, each with its scene,
// grouped into chapters. Throws on duplicate step ids so a broken
// content tree fails the build instead of producing a page with clashing anchors.
import { getCollection, type CollectionEntry } from 'astro:content';
import { getScene } from '../../scenes';
import type { Scene } from '../../scenes/types';
import { CHAPTER_IDS, type ChapterId } from '../../lib/chapters';
import { figures } from '../../lib/figureRegistry';
import { resolveFigures } from '../../lib/figures';

export interface StoryStep {
  id: string;
  chapter: ChapterId;
  scene: Scene;
  figure: Scene['figure'];
  alt: string;
  notes: string;
  question: string;
  sources: string[];
  /** Optional claim id: the step shows a claim-and-evidence box. */
  claim?: string;
  entry: CollectionEntry<'story'>;
}

export interface StoryChapter {
  id: ChapterId;
  title: string;
  kicker?: string;
  entry?: CollectionEntry<'chapters'>;
  steps: StoryStep[];
}

async function loadSteps(lang: string): Promise<StoryStep[]> {
  const entries = (await getCollection('story', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => a.id.localeCompare(b.id));
  const seen = new Set<string>();
  return entries.map((entry) => {
    const d = entry.data;
    if (seen.has(d.id)) throw new Error(`Duplicate step id "${d.id}" in ${entry.filePath}`);
    seen.add(d.id);
    const scene = getScene(d.scene);
    // Alt text, notes and questions may cite figures too ({{key}}), resolved like the step text.
    const text = (t: string) => resolveFigures(t, figures, lang, entry.filePath);
    return {
      id: d.id,
      chapter: d.chapter,
      scene,
      figure: scene.figure,
      alt: text(d.alt),
      notes: text(d.notes),
      question: text(d.question),
      sources: d.sources,
      claim: d.claim,
      entry,
    };
  });
}

/**
 * One language's story, from content/<lang>/ ('en', 'pt', 'zh'): every collection holds all languages
 * (the language is the first folder of an entry's id), so a page asks for its own. An unknown or
 * empty language throws rather than building a page with no steps.
 */
export async function loadStory(lang: string): Promise<StoryChapter[]> {
  const steps = await loadSteps(lang);
  if (steps.length === 0) throw new Error(`No story steps for language "${lang}" (expected content/${lang}/story/)`);
  const chapterEntries = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  return CHAPTER_IDS.map((id) => {
    const entry = chapterEntries.find((c) => c.data.id === id);
    return { id, title: entry?.data.title ?? id, kicker: entry?.data.kicker, entry, steps: steps.filter((s) => s.chapter === id) };
  }).filter((c) => c.steps.length > 0);
}
