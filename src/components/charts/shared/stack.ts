// Vertical layout for SVG drawings that fill a fixed box: blocks go top to bottom, each with the gap before it.
// When the box is taller than the blocks need, the gaps grow (up to `maxGrow` times) and what is left stays at
// the bottom; when it is shorter, the gaps shrink (down to `minShrink` of their size) and, if that is not
// enough, the drawing keeps that height (the SVG's viewBox is then taller than its box and scales down a
// little). Pure, unit-tested.
//   const { y, height } = stack([{ h: 15, gap: 0 }, { h: 28, gap: 8 }], boxHeight);
//   <svg viewBox="0 0 {w} {height}"> … <rect y={y[1]} … />

export interface Block {
  /** Height of the block in px. */
  h: number;
  /** Space before it in px (the first block's gap is its top margin). */
  gap: number;
}

export function stack(blocks: readonly Block[], box: number, maxGrow = 2, minShrink = 0.4): { y: number[]; height: number } {
  const natural = blocks.reduce((s, b) => s + b.h + b.gap, 0);
  const gaps = blocks.reduce((s, b) => s + b.gap, 0);
  const grow = gaps > 0 ? Math.min(maxGrow, Math.max(minShrink, 1 + (box - natural) / gaps)) : 1;
  const y: number[] = [];
  let at = 0;
  for (const b of blocks) {
    at += b.gap * grow;
    y.push(at);
    at += b.h;
  }
  return { y, height: Math.max(box, at) };
}
