// Which scene a chart shows: the stage's, unless the reader picked a view with the chart's own buttons since
// the last step change. The pick is remembered with the step-change count it was made at, so any later step
// change (by any driver) drops it for good: coming back to the step shows the step's own scene again.
import type { Scene } from '../../../scenes/types';

/** Pure rule, unit-tested: the picked scene wins only while no step change has happened since it was made. */
export function shownScene<S extends { id: string }>(driven: S, change: number, pick: { id: string; at: number } | null, views: S[]): S {
  if (pick && pick.at === change) return views.find((s) => s.id === pick.id) ?? driven;
  return driven;
}

export function useLocalView<S extends Scene>(driven: () => S, change: () => number, views: () => S[]) {
  let pick = $state<{ id: string; at: number } | null>(null);
  const scene = $derived(shownScene(driven(), change(), pick, views()));
  return {
    get scene() {
      return scene;
    },
    select(id: string) {
      pick = { id, at: change() };
    },
  };
}
