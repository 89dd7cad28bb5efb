import { describe, expect, it } from 'vitest';
import { allScenes, getScene, validateScenes } from '../../src/scenes';
import type { MapScene, Scene } from '../../src/scenes/types';

describe('scene registry', () => {
  it('has scenes and every one of them is valid', () => {
    expect(allScenes.length).toBeGreaterThan(0);
    expect(validateScenes()).toEqual([]);
  });
  it('throws a helpful error for an unknown id', () => {
    expect(() => getScene('no-such-scene')).toThrow(/Unknown scene id "no-such-scene"/);
  });
});

describe('validateScenes', () => {
  const good: MapScene = {
    id: 'ok-scene',
    figure: 'map',
    camera: { lon: 0, lat: 0, zoom: 1 },
    layers: ['cable-1858'],
    flows: [{ kind: 'requests', particles: 10 }],
  };
  it('accepts a well-formed scene', () => {
    expect(validateScenes([good])).toEqual([]);
  });
  it('reports duplicates, bad ids, unknown layers and flows, and out-of-range cameras', () => {
    const bad = [
      good,
      good,
      { ...good, id: 'Bad_Id' },
      { ...good, id: 'bad-layer', layers: ['nope'] },
      { ...good, id: 'bad-flow', flows: [{ kind: 'nope', particles: 0 }] },
      { ...good, id: 'bad-camera', camera: { lon: 200, lat: 95, zoom: 0 } },
      { id: 'bad-figure', figure: 'pie', state: {} },
    ] as unknown as Scene[];
    const problems = validateScenes(bad).join('\n');
    expect(problems).toMatch(/"ok-scene" is defined twice/);
    expect(problems).toMatch(/"Bad_Id" is not kebab-case/);
    expect(problems).toMatch(/unknown layer "nope"/);
    expect(problems).toMatch(/unknown flow "nope"/);
    expect(problems).toMatch(/particle count 0/);
    expect(problems).toMatch(/camera lon 200/);
    expect(problems).toMatch(/camera lat 95/);
    expect(problems).toMatch(/camera zoom 0/);
    expect(problems).toMatch(/unknown figure "pie"/);
  });
});

describe('each figure’s validator runs on its scenes', () => {
  it('reports a chart state its chart rejects, instead of filtering it out', () => {
    const bad = [
      { id: 'bad-hashrate', figure: 'hashrate', state: { nonsense: true } },
      { id: 'bad-energy', figure: 'energy', state: null },
      { id: 'bad-latency', figure: 'latency', state: { rows: ['no-such-row'] } },
    ] as unknown as Scene[];
    const problems = validateScenes(bad).join('\n');
    expect(problems).toMatch(/bad-hashrate: /);
    expect(problems).toMatch(/bad-energy: chart scene without a state object/);
    expect(problems).toMatch(/bad-latency: /);
  });
});
