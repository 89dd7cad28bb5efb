// Svelte 5 hook over the step store: a reactive index of a section's active step.
// Every figure component calls this once: `const active = useActiveIndex(() => sectionId, 0)`,
// then derives its scene from `scenes[active.current]`. On the server (and in embeds, where no
// driver writes the store) it stays at the initial index, so the SVG in the HTML shows that scene.
import { getActiveIndex, subscribeActiveIndex } from '../../lib/stepStore';

export function useActiveIndex(sectionId: () => string, initial = 0): { readonly current: number } {
  let index = $state(getActiveIndex(sectionId(), initial));
  $effect(() => {
    const id = sectionId();
    index = getActiveIndex(id, initial);
    return subscribeActiveIndex(id, (i) => (index = i));
  });
  return {
    get current() {
      return index;
    },
  };
}
