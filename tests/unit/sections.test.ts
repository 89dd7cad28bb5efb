import { describe, expect, it } from 'vitest';
import { groupIntoSections } from '../../src/lib/sections';

const step = (id: string, chapter: string, figure: 'map' | 'hashrate') => ({ id, chapter, figure });

describe('groupIntoSections', () => {
  it('keeps consecutive steps of one chapter and one figure together', () => {
    const s = groupIntoSections([step('a', 'cable', 'map'), step('b', 'cable', 'map'), step('c', 'coins', 'map')]);
    expect(s.map((x) => x.steps.map((t) => t.id))).toEqual([['a', 'b'], ['c']]);
    expect(s.map((x) => x.id)).toEqual(['cable-a', 'coins-c']);
  });
  it('starts a new section when the figure changes, and again when it changes back', () => {
    const s = groupIntoSections([step('a', 'coins', 'map'), step('b', 'coins', 'hashrate'), step('c', 'coins', 'map')]);
    expect(s.map((x) => [x.figure, x.steps.length])).toEqual([['map', 1], ['hashrate', 1], ['map', 1]]);
  });
  it('returns nothing for no steps', () => {
    expect(groupIntoSections([])).toEqual([]);
  });
});
