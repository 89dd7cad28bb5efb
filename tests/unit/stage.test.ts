import { describe, expect, it } from 'vitest';
import { sceneIdAt, stepsOfFigure } from '../../src/lib/stage';
import { shownScene } from '../../src/components/charts/shared/localView.svelte';

// A story like the real one: the map, a chart interlude, the map again.
const page = [
  { scene: 'm1', figure: 'map' },
  { scene: 'm2', figure: 'map' },
  { scene: 'c1', figure: 'hashrate' },
  { scene: 'c2', figure: 'hashrate' },
  { scene: 'm3', figure: 'map' },
];

describe('stage: the scene each figure shows', () => {
  const map = stepsOfFigure(page, 'map');
  const chart = stepsOfFigure(page, 'hashrate');
  it('lists a figure’s steps with their page index', () => {
    expect(map).toEqual([
      { index: 0, scene: 'm1' },
      { index: 1, scene: 'm2' },
      { index: 4, scene: 'm3' },
    ]);
  });
  it('the active step’s figure shows the active scene', () => {
    expect(sceneIdAt(map, 1)).toBe('m2');
    expect(sceneIdAt(chart, 3)).toBe('c2');
  });
  it('the map keeps its last scene while a chart has the stage, so its next glide starts there', () => {
    expect(sceneIdAt(map, 2)).toBe('m2');
    expect(sceneIdAt(map, 3)).toBe('m2');
    expect(sceneIdAt(map, 4)).toBe('m3');
  });
  it('before its first step a figure shows its first scene; after its last, its last', () => {
    expect(sceneIdAt(chart, 0)).toBe('c1');
    expect(sceneIdAt(chart, 4)).toBe('c2');
  });
  it('a far jump lands on the target’s scene directly (the rule reads only the index)', () => {
    expect(sceneIdAt(map, 0)).toBe('m1');
    expect(sceneIdAt(map, 4)).toBe('m3');
  });
  it('a figure without steps has no scene', () => {
    expect(sceneIdAt([], 3)).toBeUndefined();
  });
});

describe('local view: a reader’s pick lasts until the next step change', () => {
  const views = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('shows the driven scene without a pick', () => {
    expect(shownScene(views[0], 3, null, views).id).toBe('a');
  });
  it('shows the pick while the change count is the one it was made at', () => {
    expect(shownScene(views[0], 3, { id: 'b', at: 3 }, views).id).toBe('b');
  });
  it('drops the pick at the next change, and does not bring it back when the reader returns', () => {
    expect(shownScene(views[2], 4, { id: 'b', at: 3 }, views).id).toBe('c');
    // Back on the first step (change 5): same driven scene as at change 3, but the pick is gone.
    expect(shownScene(views[0], 5, { id: 'b', at: 3 }, views).id).toBe('a');
  });
  it('ignores a pick of an unknown view', () => {
    expect(shownScene(views[0], 1, { id: 'nope', at: 1 }, views).id).toBe('a');
  });
});
