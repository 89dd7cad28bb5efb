// The label of a figure the story cites (the "Figures in the text" table of /sources/), in the page's language.
// English is the registry's own (src/lib/figureRegistry.ts keeps each figure's English label beside its value, its
// single home); every other language gives one label per registry key in src/i18n/<lang>/figureLabels.ts, imported
// here directly rather than through Messages, so the English is not copied into the dictionary. Pure.
import type { figures } from './figureRegistry';
import { figureLabels as pt } from '../i18n/pt/figureLabels';
import { figureLabels as zh } from '../i18n/zh/figureLabels';

export type FigureKey = keyof typeof figures;
/** One language's labels: one for every figure key (the type check and tests/unit/figure-labels.test.ts say so). */
export type FigureLabels = Readonly<Record<FigureKey, string>>;

/** The languages with their own labels, by page language. */
export const FIGURE_LABELS: Readonly<Record<string, FigureLabels>> = { pt, zh };

/** A figure's label for the page's language: that language's, or the registry's English (`english`). */
export function figureLabel(key: string, english: string, lang: string): string {
  return (FIGURE_LABELS[lang] as Record<string, string> | undefined)?.[key] ?? english;
}
