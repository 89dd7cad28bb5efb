// Groups the story's steps into scrolly sections: consecutive steps of one chapter whose scenes
// are drawn by the same figure share one sticky graphic. Pure, so the grouping is unit-tested.
import type { FigureId } from '../scenes/types';

export interface StepLike {
  id: string;
  chapter: string;
  figure: FigureId;
}

export interface Section<S extends StepLike> {
  /** Stable id: "<chapter>-<first step id>". */
  id: string;
  chapter: string;
  figure: FigureId;
  steps: S[];
}

export function groupIntoSections<S extends StepLike>(steps: S[]): Section<S>[] {
  const sections: Section<S>[] = [];
  for (const step of steps) {
    const last = sections.at(-1);
    if (last && last.chapter === step.chapter && last.figure === step.figure) last.steps.push(step);
    else sections.push({ id: `${step.chapter}-${step.id}`, chapter: step.chapter, figure: step.figure, steps: [step] });
  }
  return sections;
}
