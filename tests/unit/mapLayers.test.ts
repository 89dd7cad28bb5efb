// The map's layer table, its data table rows and sources, its words (all from the map's messages) and numbers
// (all through Intl), and which labels win (src/data/labelPriorities.ts).
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n';
import { labelPriority } from '../../src/data/labelPriorities';
import { mapSourceById, sourceLine } from '../../src/lib/mapSources';
import {
  buildMapModel,
  coordsCell,
  describeScene,
  LAYER_ORDER,
  LAYERS,
  mapView,
  sceneLegend,
  sceneNotes,
  sceneRows,
  sceneSources,
  type MapStrings,
  type MapText,
} from '../../src/lib/mapModel';
import { allScenes } from '../../src/scenes';
import { MAP_LAYERS, type MapScene } from '../../src/scenes/types';
import { allPoints } from '../../src/lib/mapPlaces';

const EN: MapText = { strings: messagesFor('en').map, places: messagesFor('en').places, lang: 'en' };
const mapScenes = allScenes.filter((s): s is MapScene => s.figure === 'map');
const scene = (id: string) => mapScenes.find((s) => s.id === id)!;

/** Every string of the dictionary wrapped in ‹›, placeholders kept: any word that is not wrapped came from code. */
function marked(obj: unknown): unknown {
  if (typeof obj === 'string') return `‹${obj}›`;
  return Object.fromEntries(Object.entries(obj as object).map(([k, v]) => [k, marked(v)]));
}
const MARKED: MapText = { strings: marked(messagesFor('en').map) as MapStrings, places: EN.places, lang: 'en' };
const placeNames = new Set(allPoints.flatMap((p) => [p.name, p.short ?? p.name]));

describe('the layer table', () => {
  it('has one entry per layer, each drawn in one place in the order', () => {
    expect(Object.keys(LAYERS).sort()).toEqual([...MAP_LAYERS].sort());
    expect([...LAYER_ORDER].sort()).toEqual([...MAP_LAYERS].sort());
  });

  it.each([...MAP_LAYERS])('%s draws something and has rows with known sources', (layer) => {
    const s = mapScenes.find((x) => x.layers.includes(layer))!;
    const rows = sceneRows({ ...s, layers: [layer], highlight: [] }, EN);
    expect(rows.length, layer).toBeGreaterThan(0);
    for (const r of rows) expect(mapSourceById.has(r.source), `${layer}: ${r.name} ${r.source}`).toBe(true);
    const model = buildMapModel({ ...s, layers: [layer], highlight: [], flows: [] }, mapView(s.camera, 860, 860), EN);
    expect(model.markers.length + model.lines.length, layer).toBeGreaterThan(0);
  });

  it('gives every scene rows and sources without projecting anything', () => {
    for (const s of mapScenes) {
      expect(sceneRows(s, EN).length, s.id).toBeGreaterThan(0);
      const ids = sceneSources(s, EN);
      expect(ids.length, s.id).toBeGreaterThan(0);
      for (const id of ids) expect(mapSourceById.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it('cites what the scene shows, not what other scenes show', () => {
    const route = sceneSources(scene('atlantic-1858-route'), EN);
    expect(route).toContain('cable-1858-route-derived');
    expect(route).toContain('heroes-of-the-telegraph');
    expect(route).not.toContain('telegeography-cable-map-2021');
    const pacific = sceneSources(scene('pacific-request'), EN);
    expect(pacific).toContain('telegeography-cable-map-2021');
    expect(pacific).not.toContain('heroes-of-the-telegraph');
    // The power flows cite the links they follow.
    expect(sceneSources(scene('china-power-plants'), EN)).toContain('changji-guquan-uhvdc');
    // So the source line of the opening scene no longer lists every source of the map.
    expect(sourceLine(pacific, EN)).not.toMatch(/CCAF|Wikipedia|People's Daily/);
  });

  it('keeps the notes and legend of the layers on show', () => {
    expect(sceneLegend(scene('pacific-full'), EN)).toEqual({
      legend: [
        { kind: 'requests', label: 'Requests' },
        { kind: 'responses', label: 'Answers' },
        { kind: 'power', label: 'Electricity (schematic)' },
      ],
      notes: [],
    });
    // The layers' caveats are said with the sources, under the map.
    expect(sceneNotes(scene('pacific-full'), EN)).toEqual([EN.strings.notes.cables, EN.strings.notes.power]);
    expect(sceneLegend(scene('china-mining-provinces'), EN)).toEqual({ legend: [], notes: [] });
  });
});

describe('the flows are projected once', () => {
  it('draws the static arcs from the same paths the canvas moves particles along', () => {
    const s = scene('pacific-full');
    const model = buildMapModel(s, mapView(s.camera, 860, 860), EN);
    const drawable = model.flows.reduce((n, f) => n + f.paths.filter((p) => p.length > 0).length, 0);
    expect(model.arcs).toHaveLength(drawable);
    expect(model.flows.reduce((n, f) => n + f.particles, 0)).toBeGreaterThanOrEqual(2000);
  });
});

describe('label priorities are data', () => {
  it('drops a kind of label when its priority in src/data/labelPriorities.ts falls below the cut', () => {
    const s = scene('pacific-requests');
    const view = mapView(s.camera, 1000, 800);
    const devLabels = () => buildMapModel(s, view, EN).labels.filter((l) => l.cls.includes('lab-dev-cities'));
    expect(devLabels().length).toBeGreaterThan(0);
    const p = labelPriority as { devCities: number };
    const before = p.devCities;
    p.devCities = 5;
    try {
      expect(devLabels()).toHaveLength(0);
    } finally {
      p.devCities = before;
    }
  });
});

describe('words and numbers', () => {
  it('takes every word it shows from the map messages; place names stay data', () => {
    for (const s of mapScenes) {
      const model = buildMapModel(s, mapView(s.camera, 860, 860), MARKED);
      for (const l of model.labels) {
        // A label is a message (wrapped) or data: a place name, or a cable's or a cluster's name.
        const fromMessages = l.text.startsWith('‹') && l.text.endsWith('›');
        expect(fromMessages || placeNames.has(l.text) || /^(TPE|NCP|Jinsha( River)? dams)$/.test(l.text), `${s.id}: "${l.text}"`).toBe(true);
      }
      for (const item of model.legend) expect(item.label).toMatch(/^‹.*›$/);
      for (const note of model.notes) expect(note).toMatch(/^‹.*›$/);
      for (const r of sceneRows(s, MARKED)) {
        expect(r.what, `${s.id}: ${r.name}`).toMatch(/‹/);
        if (r.value) expect(r.value, `${s.id}: ${r.name}`).toMatch(/‹/);
      }
      expect(describeScene(s, MARKED)).toMatch(/^‹.*›$/);
      expect(sourceLine(sceneSources(s, MARKED), MARKED)).toMatch(/^‹.*›$/);
    }
  });

  it('formats numbers for the page language', () => {
    const de: MapText = { ...EN, lang: 'de' };
    const s = scene('china-uhv');
    const labels = buildMapModel(s, mapView(s.camera, 1000, 800), de).labels.map((l) => l.text);
    expect(labels).toContain('±1.100 kV line');
    const row = sceneRows(scene('pacific-request'), de).find((r) => r.name.startsWith('Trans-Pacific'))!;
    expect(row.value).toBe('17.968 km');
    expect(coordsCell({ name: 'x', what: 'y', lat: 37.77, lon: -122.42, approx: true, source: 's' }, de)).toBe('≈ 37,77, -122,42');
    expect(coordsCell({ name: 'x', what: 'y', approx: true, source: 's' }, EN)).toBe('–');
    // Years are not grouped like thousands.
    expect(buildMapModel(scene('atlantic-1858-route'), mapView(scene('atlantic-1858-route').camera, 1000, 800), de).labels.map((l) => l.text)).toContain(
      '1858 cable',
    );
  });

  it('describes a scene in one sentence, faded layers and highlights included', () => {
    expect(describeScene(scene('atlantic-1866'), EN)).toBe(
      "Map of the North Atlantic showing the 1858 Atlantic cable (faded) and the 1866 Atlantic cable; highlighted: Foilhommerum Bay, Valentia and Heart's Content; moving: 1866 messages.",
    );
  });
});
