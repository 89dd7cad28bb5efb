// A 0..1 progress that restarts from zero whenever the chart's view (scene id) changes, so marks grow into
// a new view. It is 1 on the server, on the first render and under reduced motion: the marks start whole.
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { easeCubicOut } from 'd3-ease';

export function useGrowOnViewChange(viewId: () => string, duration = 420): { readonly current: number } {
  const grow = new Tween(1, { easing: easeCubicOut });
  let lastId = '';
  $effect(() => {
    const id = viewId();
    if (lastId && id !== lastId && !prefersReducedMotion.current) {
      grow.set(0, { duration: 0 });
      grow.set(1, { duration });
    } else grow.set(1, { duration: 0 });
    lastId = id;
  });
  return grow;
}
