// Svelte 5 hook over the page's motion switch (src/lib/motion.ts): `const motion = usePaused()`, then
// `motion.paused` is reactive. False on the server and until mounted.
import { onMount } from 'svelte';
import { isPaused, subscribePaused } from '../../lib/motion';

export function usePaused(): { readonly paused: boolean } {
  let paused = $state(false);
  onMount(() => {
    paused = isPaused();
    return subscribePaused((p) => (paused = p));
  });
  return {
    get paused() {
      return paused;
    },
  };
}
