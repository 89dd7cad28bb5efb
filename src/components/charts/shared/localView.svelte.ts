// What a chart shows: the stage's choice, unless the reader picked something else with the chart's own buttons
// since the last step change. A pick is remembered with the step-change count it was made at, so any later step
// change (by any driver) drops it for good: coming back to the step shows the step's own scene again.
//   const view = useLocalView(() => stage.scene, () => stage.change, () => scenes);   // buttons pick scenes
//   const mode = useLocalPick(() => scene.state.mode, () => stage.change);            // buttons pick a value
import type { Scene } from '../../../scenes/types';

/** Pure rule, unit-tested: the picked value wins only while no step change has happened since it was made. */
function picked<T>(driven: T, change: number, pick: { value: T; at: number } | null): T {
  return pick && pick.at === change ? pick.value : driven;
}

/** The same rule for scenes picked by id: an id that is not among `views` falls back to the driven scene. */
export function shownScene<S extends { id: string }>(driven: S, change: number, pick: { id: string; at: number } | null, views: S[]): S {
  if (pick && pick.at === change) return views.find((s) => s.id === pick.id) ?? driven;
  return driven;
}

/** A value the reader may override until the next step change. */
export function useLocalPick<T>(driven: () => T, change: () => number) {
  let pick = $state.raw<{ value: T; at: number } | null>(null);
  const value = $derived(picked(driven(), change(), pick));
  return {
    get value() {
      return value;
    },
    select(v: T) {
      pick = { value: v, at: change() };
    },
  };
}

/** A scene the reader may override (by id, among `views`) until the next step change. */
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
