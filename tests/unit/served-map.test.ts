import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n';
import { mapProps } from '../../src/i18n/figureStrings';
import { buildMapModel, mapView, servedMap, SERVER_SIZE, sphereAndGraticule, type MapText } from '../../src/lib/mapModel';
import { sceneAt, stepsOfFigure } from '../../src/lib/stage';
import { allScenes } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

const mapScenes = allScenes.filter((s): s is MapScene => s.figure === 'map');
const TEXT: MapText = { strings: messagesFor('en').map, places: messagesFor('en').places, lang: 'en' };

describe('sceneAt: the scene a figure shows for a step', () => {
  const scenes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const steps = stepsOfFigure(
    [
      { scene: 'b', figure: 'map' },
      { scene: 'x', figure: 'hashrate' },
      { scene: 'c', figure: 'map' },
    ],
    'map',
  );
  it('is the scene of the figure’s step at or before the index', () => {
    expect(sceneAt(scenes, steps, 0).id).toBe('b');
    expect(sceneAt(scenes, steps, 1).id).toBe('b');
    expect(sceneAt(scenes, steps, 2).id).toBe('c');
  });
  it('is the first scene without steps, or when the step names no scene it has', () => {
    expect(sceneAt(scenes, undefined, 3).id).toBe('a');
    expect(sceneAt(scenes, [{ index: 0, scene: 'nope' }], 0).id).toBe('a');
  });
});

describe('servedMap: what the server drew, handed to the hydrating map', () => {
  for (const scene of mapScenes) {
    it(`${scene.id}: the marks the server built at SERVER_SIZE, without particle paths, and survive serialisation`, () => {
      const served = servedMap(scene, TEXT);
      const built = buildMapModel(scene, mapView(scene.camera, SERVER_SIZE.width, SERVER_SIZE.height), TEXT);
      expect(served.sceneId).toBe(scene.id);
      expect(served.model.flows).toEqual([]);
      expect({ ...served.model, flows: built.flows }).toEqual(built);
      expect(JSON.parse(JSON.stringify(served))).toEqual(served);
    });
  }

  it('mapProps serves the scene of the map’s first step, with the words it was built with', () => {
    const steps = [{ index: 3, scene: 'china-power-plants' }];
    const props = mapProps('pt', allScenes, steps);
    expect(props.served.sceneId).toBe('china-power-plants');
    const text: MapText = { strings: props.strings, places: props.places, lang: 'pt' };
    const scene = mapScenes.find((s) => s.id === 'china-power-plants')!;
    expect(props.served).toEqual(servedMap(scene, text));
  });
});

describe('sphereAndGraticule keeps its settled drawing for a view', () => {
  it('gives the same paths again, and the moving drawing is its own', () => {
    const camera = { lon: 120, lat: 20, zoom: 2.5 };
    const a = sphereAndGraticule(mapView(camera, 412, 823));
    const b = sphereAndGraticule(mapView({ ...camera }, 412, 823));
    expect(b).toEqual(a);
    expect(a.sphere.length).toBeGreaterThan(20);
    expect(sphereAndGraticule(mapView(camera, 413, 823)).sphere).not.toBe(a.sphere);
    expect(sphereAndGraticule(mapView(camera, 412, 823), { moving: true }).graticule).not.toBe(a.graticule);
  });
});
