// The size of the box the chart shell gives the drawing, so the narrow SVG can be drawn 1:1 in it (its text at
// exactly its CSS size). The box's size is CSS's alone (the shell's aspect ratio, --chart-aspect-narrow), so the
// server HTML already has it: hydrating only redraws inside the same box, nothing moves or changes height.
//   let probe = $state<HTMLElement>();           // <div class="frame-probe" bind:this={probe}> inside the body
//   const box = useBoxSize(() => probe);          // box.size: { w, h } once measured, null before (server, first frame)
export function useBoxSize(el: () => HTMLElement | undefined) {
  let size = $state<{ w: number; h: number } | null>(null);
  $effect(() => {
    const node = el();
    if (!node) return;
    const measure = () => {
      const w = Math.round(node.clientWidth);
      const h = Math.round(node.clientHeight);
      if (w > 0 && h > 0 && (w !== size?.w || h !== size?.h)) size = { w, h };
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(node);
    return () => ro.disconnect();
  });
  return {
    get size() {
      return size;
    },
  };
}
