import { beforeEach, describe, expect, it } from 'vitest';
import { getActiveIndex, resetStepStore, setActiveIndex, subscribeActiveIndex } from '../../src/lib/stepStore';

beforeEach(() => resetStepStore());

describe('stepStore', () => {
  it('returns the fallback for an unknown section', () => {
    expect(getActiveIndex('x')).toBe(0);
    expect(getActiveIndex('x', 3)).toBe(3);
  });
  it('notifies subscribers of a section only when its index changes', () => {
    const seen: number[] = [];
    const other: number[] = [];
    subscribeActiveIndex('a', (i) => seen.push(i));
    subscribeActiveIndex('b', (i) => other.push(i));
    setActiveIndex('a', 2);
    setActiveIndex('a', 2);
    setActiveIndex('a', 5);
    expect(seen).toEqual([2, 5]);
    expect(other).toEqual([]);
    expect(getActiveIndex('a')).toBe(5);
  });
  it('stops notifying after unsubscribe', () => {
    const seen: number[] = [];
    const off = subscribeActiveIndex('a', (i) => seen.push(i));
    setActiveIndex('a', 1);
    off();
    setActiveIndex('a', 2);
    expect(seen).toEqual([1]);
  });
  it('rejects indexes that are not non-negative integers', () => {
    expect(() => setActiveIndex('a', -1)).toThrow(RangeError);
    expect(() => setActiveIndex('a', 1.5)).toThrow(RangeError);
    expect(() => setActiveIndex('a', Number.NaN)).toThrow(RangeError);
  });
});
