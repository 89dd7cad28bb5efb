import { describe, expect, it } from 'vitest';
import { cutLine } from '../../src/lib/cutLine';

describe('cutLine', () => {
  it('keeps the whole line when nothing is in the way', () => {
    expect(cutLine(0, 100, [])).toEqual([[0, 100]]);
    expect(cutLine(0, 100, [[120, 130]])).toEqual([[0, 100]]);
  });
  it('cuts out every gap, in any order, merging overlapping ones', () => {
    expect(
      cutLine(0, 100, [
        [60, 70],
        [10, 20],
        [15, 25],
      ]),
    ).toEqual([
      [0, 10],
      [25, 60],
      [70, 100],
    ]);
  });
  it('drops the ends a gap covers', () => {
    expect(
      cutLine(0, 100, [
        [-5, 10],
        [90, 110],
      ]),
    ).toEqual([[10, 90]]);
    expect(cutLine(0, 100, [[-5, 105]])).toEqual([]);
  });
});
