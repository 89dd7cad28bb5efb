// When the map's particles may run, and the box their canvas covers.
import { describe, expect, it } from 'vitest';
import { flowsShouldRun, type RunState } from '../../src/components/map/flowRules';
import { pathFromPieces } from '../../src/lib/flows';
import { particleBox } from '../../src/lib/particles';

describe('when the particles run', () => {
  const running: RunState = { onStage: true, onScreen: true, tabVisible: true, paused: false, moving: false, reduced: false, flows: 2 };
  it('runs only when the map is on stage and on screen, the tab is visible, nothing asks for stillness, and there are flows', () => {
    expect(flowsShouldRun(running)).toBe(true);
    for (const change of [{ onStage: false }, { onScreen: false }, { tabVisible: false }, { paused: true }, { moving: true }, { reduced: true }, { flows: 0 }])
      expect(flowsShouldRun({ ...running, ...change }), JSON.stringify(change)).toBe(false);
  });
});

describe('particleBox', () => {
  it('covers the paths plus their scatter, cut to the frame, in whole pixels', () => {
    const paths = [pathFromPieces([[10.5, 20, 100, 60]]), pathFromPieces([[50, 5, 60, 300]])];
    expect(particleBox(paths, 4, 200, 200)).toEqual({ x: 6, y: 1, w: 98, h: 199 });
    expect(particleBox([pathFromPieces([])], 4, 200, 200)).toBeNull();
    expect(particleBox([pathFromPieces([[-50, -50, -20, -20]])], 4, 200, 200)).toBeNull();
  });
});
