// Which scene each figure on the stage shows for the active step. Pure, so the rule is unit-tested.
//
// Every figure is one instance for the whole page. The figure of the active step shows that step's scene; every
// other figure keeps the scene of its nearest step before the active one (or, before its first step, its first
// scene). So the map that hands the stage to a chart still shows where it was, and when its next step comes the
// camera glides from there: continuous across the chart interlude, and a far jump lands without replaying.

/** A figure's own steps: their position on the page and the scene each shows. */
export interface FigureStep {
  index: number;
  scene: string;
}

/** The scene id a figure shows when the step at `activeIndex` is active (undefined if the figure has no steps). */
export function sceneIdAt(figureSteps: readonly FigureStep[], activeIndex: number): string | undefined {
  let shown: FigureStep | undefined;
  for (const s of figureSteps) {
    if (s.index <= activeIndex) shown = s;
    else break;
  }
  return (shown ?? figureSteps[0])?.scene;
}

/** The scene a figure shows when the step at `activeIndex` is active: its steps' scene, else its first scene. */
export function sceneAt<S extends { id: string }>(scenes: readonly S[], figureSteps: readonly FigureStep[] | undefined, activeIndex: number): S {
  const id = figureSteps?.length ? sceneIdAt(figureSteps, activeIndex) : undefined;
  return scenes.find((s) => s.id === id) ?? scenes[0];
}

/** The steps of one figure, from the page's steps in order. */
export function stepsOfFigure(steps: readonly { scene: string; figure: string }[], figure: string): FigureStep[] {
  return steps.flatMap((s, index) => (s.figure === figure ? [{ index, scene: s.scene }] : []));
}
