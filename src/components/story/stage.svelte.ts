// Svelte 5 hook over the step store: the scene one figure shows, and whether it has the stage.
// Every figure component calls this once:
//   const stage = useStageScene('hashrate', () => scenes, () => steps);
// then draws `stage.scene`. Until the island has mounted (and on the server, in static figures and in embeds
// where no driver writes the store) the scene is the one for the page's first step, or scenes[0] when the figure
// is given no steps, so the server HTML and the hydrated first frame agree.
import { onMount } from 'svelte';
import type { FigureId, Scene } from '../../scenes/types';
import { getActiveStep, subscribeActiveStep, type ActiveStep } from '../../lib/stepStore';
import { sceneAt, type FigureStep } from '../../lib/stage';

export interface StageScene<S extends Scene> {
  /** The scene to draw: the active step's, or this figure's nearest one before it. */
  readonly scene: S;
  /** True while the active step belongs to this figure (it is the one on screen). */
  readonly onStage: boolean;
  /** Counts step changes (0 before the first); local picks are tied to one value of it. */
  readonly change: number;
}

export function useStageScene<S extends Scene>(figure: FigureId, scenes: () => S[], steps: () => FigureStep[] | undefined): StageScene<S> {
  let active = $state.raw<ActiveStep | null>(null);
  let mounted = $state(false);
  onMount(() => {
    mounted = true;
    active = getActiveStep();
    return subscribeActiveStep((a) => (active = a));
  });
  const index = $derived(mounted && active ? active.index : 0);
  const scene = $derived(sceneAt(scenes(), steps(), index));
  const onStage = $derived(mounted && active ? active.figure === figure : (steps()?.[0]?.index ?? 0) === 0);
  const change = $derived(mounted ? (active?.change ?? 0) : 0);
  return {
    get scene() {
      return scene;
    },
    get onStage() {
      return onStage;
    },
    get change() {
      return change;
    },
  };
}
