import { beforeEach, describe, expect, it } from 'vitest';
import { isPaused, resetMotion, setPaused, subscribePaused } from '../../src/lib/motion';

beforeEach(() => resetMotion());

describe('motion switch', () => {
  it('starts running and tells subscribers of each real change', () => {
    const seen: boolean[] = [];
    subscribePaused((p) => seen.push(p));
    expect(isPaused()).toBe(false);
    setPaused(true);
    setPaused(true);
    setPaused(false);
    expect(seen).toEqual([true, false]);
  });
});
