import { describe, expect, it } from 'vitest';
import { stack } from '../../src/components/charts/shared/stack';

describe('stack: blocks top to bottom in a fixed box', () => {
  const blocks = [
    { h: 20, gap: 0 },
    { h: 30, gap: 10 },
    { h: 10, gap: 10 },
  ];
  it('keeps the natural layout when the box is exactly that tall', () => {
    expect(stack(blocks, 80)).toEqual({ y: [0, 30, 70], height: 80 });
  });
  it('grows the gaps to fill a taller box, up to maxGrow, and leaves the rest at the bottom', () => {
    expect(stack(blocks, 100)).toEqual({ y: [0, 40, 90], height: 100 });
    expect(stack(blocks, 1000, 2)).toEqual({ y: [0, 40, 90], height: 1000 });
  });
  it('shrinks the gaps in a shorter box, then keeps the height it needs (the SVG scales down)', () => {
    expect(stack(blocks, 70)).toEqual({ y: [0, 25, 60], height: 70 });
    const tight = stack(blocks, 10, 2, 0.4);
    expect(tight.y).toEqual([0, 24, 58]);
    expect(tight.height).toBe(68);
  });
});
