// Which scene a chart shows: the scroll driver's, unless the reader picked a view with the chart's own
// buttons since the last step change. The pick is remembered together with the step index it was made
// at, so the next step change (any driver) takes over again without an effect fighting the driver.
import type { Scene } from '../../../scenes/types';

/** Pure rule, unit-tested: the picked scene wins only while the active index is the one it was picked at. */
export function shownScene<S extends { id: string }>(
  sectionScenes: S[],
  activeIndex: number,
  pick: { id: string; at: number } | null,
  allScenes: S[],
): S {
  const driven = sectionScenes[Math.min(Math.max(activeIndex, 0), sectionScenes.length - 1)] ?? allScenes[0];
  if (pick && pick.at === activeIndex) return allScenes.find((s) => s.id === pick.id) ?? driven;
  return driven;
}

export function useLocalView<S extends Scene>(sectionScenes: () => S[], activeIndex: () => number, allScenes: () => S[]) {
  let pick = $state<{ id: string; at: number } | null>(null);
  const scene = $derived(shownScene(sectionScenes(), activeIndex(), pick, allScenes()));
  return {
    get scene() {
      return scene;
    },
    select(id: string) {
      pick = { id, at: activeIndex() };
    },
  };
}
