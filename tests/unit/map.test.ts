import { describe, expect, it } from 'vitest';
import { atlanticCables, pacificCables, pacificCableSegments } from '../../src/data/cables';
import { provinceShares } from '../../src/data/hashrate';
import { hydroMigration, miningExodus, provinceCapitals } from '../../src/data/places';
import { powerLinks, powerSites, uhvLines } from '../../src/data/power';
import { sourceById } from '../../src/data/sources';
import { messagesFor } from '../../src/i18n';
import { buildMapModel, describeScene, landPath, mapView, shareRadius, volumeWidth, type MapText } from '../../src/lib/mapModel';
import { allPoints, placeById } from '../../src/lib/mapPlaces';
import { routesFor } from '../../src/lib/mapRoutes';
import { mapSourceById, sourceLine } from '../../src/lib/mapSources';
import { placeLabels, overlaps } from '../../src/lib/mapLabels';
import { allScenes, validateScenes } from '../../src/scenes';
import { MAP_LAYERS, type MapScene } from '../../src/scenes/types';

const PLAN_IDS = [
  'pacific-request',
  'china-grid-stays',
  'atlantic-1858-route',
  'atlantic-1858-message',
  'atlantic-1858-failure',
  'atlantic-1866',
  'china-mining-provinces',
  'china-hydro-migration',
  'china-mining-ban',
  'world-mining-exodus',
  'pacific-developers',
  'pacific-cables',
  'pacific-requests',
  'china-power-plants',
  'china-uhv',
  'pacific-full',
  'pacific-sovereignty',
  'world-chips',
  'world-closing',
];
const mapScenes = allScenes.filter((s): s is MapScene => s.figure === 'map');
const TEXT: MapText = { strings: messagesFor('en').map, places: messagesFor('en').places, lang: 'en' };

describe('map scenes', () => {
  it('defines exactly the scene plan ids, all valid', () => {
    expect(mapScenes.map((s) => s.id).sort()).toEqual([...PLAN_IDS].sort());
    expect(validateScenes(mapScenes)).toEqual([]);
  });

  it('uses every map layer somewhere', () => {
    const used = new Set(mapScenes.flatMap((s) => s.layers));
    for (const l of MAP_LAYERS) expect(used.has(l), l).toBe(true);
  });

  it('names only known places in highlights', () => {
    for (const s of mapScenes) for (const id of s.highlight ?? []) expect(placeById.has(id), `${s.id}: ${id}`).toBe(true);
  });

  it('puts at least 2000 particles in the busiest scenes and one slow pulse in the 1858 message', () => {
    const total = (id: string) => mapScenes.find((s) => s.id === id)!.flows.reduce((a, f) => a + f.particles, 0);
    expect(total('pacific-full')).toBeGreaterThanOrEqual(2000);
    expect(total('pacific-requests')).toBeGreaterThanOrEqual(2000);
    expect(mapScenes.find((s) => s.id === 'atlantic-1858-message')!.flows).toEqual([{ kind: 'message-1858', particles: 1 }]);
  });

  it('draws the 1858 cable itself only where the plan says so', () => {
    expect(mapScenes.filter((s) => s.drawCable).map((s) => s.id)).toEqual(['atlantic-1858-route']);
  });

  it.each(PLAN_IDS)('%s: every flow has routes that project to drawable paths at 375 and 860 px', (id) => {
    const scene = mapScenes.find((s) => s.id === id)!;
    for (const [w, h] of [
      [375, 760],
      [860, 860],
    ]) {
      const view = mapView(scene.camera, w, h);
      const model = buildMapModel(scene, view, TEXT);
      expect(model.flows.map((f) => f.kind)).toEqual(scene.flows.map((f) => f.kind));
      for (const f of model.flows) {
        expect(f.paths.length, `${id} ${f.kind}`).toBeGreaterThan(0);
        // Every route is drawable; at world scale power inside China is short but never empty.
        for (const p of f.paths) expect(p.length, `${id} ${f.kind}`).toBeGreaterThan(1);
        expect(Math.max(...f.paths.map((p) => p.length)), `${id} ${f.kind}`).toBeGreaterThan(10);
      }
      expect(model.markers.length + model.lines.length, id).toBeGreaterThan(0);
      expect(model.labels.length, id).toBeGreaterThan(0);
      // No two labels overlap, and none spills out of the frame.
      for (let i = 0; i < model.labels.length; i++) {
        const b = model.labels[i].box;
        expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h, `${id} ${model.labels[i].text}`).toBe(true);
        for (let j = i + 1; j < model.labels.length; j++)
          expect(overlaps(b, model.labels[j].box), `${model.labels[i].text} / ${model.labels[j].text}`).toBe(false);
      }
      // Highlighted places in view get their label: all of one or two, at least three in four of more (a label
      // that would touch a flow, a line or another label is dropped instead).
      const inView = (scene.highlight ?? []).filter((hid) => {
        const m = model.markers.find((k) => k.id === hid);
        return m && m.x > 40 && m.x < w - 40 && m.y > 60 && m.y < h - 70 && !view.narrow;
      });
      const labelled = inView.filter((hid) => model.labels.some((l) => l.id === hid || l.members?.includes(hid)));
      if (inView.length <= 2) expect(labelled, id).toEqual(inView);
      else expect(labelled.length / inView.length, `${id}: ${labelled.join()} of ${inView.join()}`).toBeGreaterThanOrEqual(0.75);
      expect(describeScene(scene, TEXT).length).toBeGreaterThan(20);
    }
  });

  it('routes SF requests over a Pacific cable landing to Shanghai, and answers retrace them', () => {
    const scene = mapScenes.find((s) => s.id === 'pacific-request')!;
    const req = routesFor(scene, 'requests');
    const coords = req[0].legs.flatMap((l) => l.coords);
    expect(coords[0]).toEqual([placeById.get('san-francisco')!.lon, placeById.get('san-francisco')!.lat]);
    expect(coords.at(-1)).toEqual([placeById.get('minimax-shanghai')!.lon, placeById.get('minimax-shanghai')!.lat]);
    const back = routesFor(scene, 'responses')[0].legs.flatMap((l) => l.coords);
    expect(back).toEqual([...coords].reverse());
  });
});

describe('map data', () => {
  const allSourced: { id: string; source: string }[] = [
    ...allPoints,
    ...pacificCables,
    ...atlanticCables,
    ...uhvLines,
    ...powerLinks.map((l) => ({ id: `${l.from}-${l.to}`, source: l.source })),
    { id: 'hydro-migration', source: hydroMigration.source },
    { id: 'mining-exodus', source: miningExodus.source },
  ];
  it('gives every place, cable, line and link a source id that exists in the registry', () => {
    for (const item of allSourced) expect(sourceById.has(item.source), `${item.id}: ${item.source}`).toBe(true);
    // The map's own lookup knows them too (it builds the source line).
    for (const item of allSourced) expect(mapSourceById.has(item.source), `${item.id}: ${item.source}`).toBe(true);
  });

  it('keeps coordinates in range and ids unique', () => {
    for (const p of allPoints) {
      expect(p.lat, p.id).toBeGreaterThanOrEqual(-90);
      expect(p.lat, p.id).toBeLessThanOrEqual(90);
      expect(p.lon, p.id).toBeGreaterThanOrEqual(-180);
      expect(p.lon, p.id).toBeLessThanOrEqual(180);
    }
    for (const c of atlanticCables) for (const [lon, lat] of c.route) expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
    expect(new Set(allPoints.map((p) => p.id)).size).toBe(allPoints.length);
  });

  it('carries the fact-sheet cable figures and connects segments through known landings', () => {
    expect(pacificCables.map((c) => [c.id, c.lengthKm, c.rfs])).toEqual([
      ['tpe', 17968, 'Aug 2008'],
      ['ncp', 13618, 'May 2018'],
    ]);
    for (const c of pacificCables) {
      for (const [a, b] of pacificCableSegments[c.id]) {
        expect(c.landings, `${c.id} ${a}`).toContain(a);
        expect(c.landings, `${c.id} ${b}`).toContain(b);
      }
      for (const l of c.landings) expect(placeById.get(l)?.kind, l).toBe('landing');
    }
    const r1858 = atlanticCables.find((c) => c.id === 'cable-1858')!.route;
    expect(r1858).toHaveLength(9);
    expect(r1858[0]).toEqual([-10.29, 51.93]);
    expect(r1858[8]).toEqual([-53.9, 47.85]);
  });

  it('has a capital for every province share and sizes circles by share', () => {
    for (const s of provinceShares)
      expect(
        provinceCapitals.some((p) => p.id === s.id),
        s.id,
      ).toBe(true);
    const r = provinceShares.map((s) => shareRadius(s.sharePct, 860));
    expect(r[0]).toBeGreaterThan(r[1]); // Xinjiang 35.76% > Sichuan 9.66%
    // Area-true: radius ratio is the square root of the share ratio.
    expect(shareRadius(36, 860) / shareRadius(9, 860)).toBeCloseTo(2, 6);
    expect(volumeWidth(400)).toBeGreaterThan(volumeWidth(20));
  });

  it('links power only between known sites and hubs', () => {
    for (const l of powerLinks) {
      expect(
        powerSites.some((s) => s.id === l.from),
        l.from,
      ).toBe(true);
      expect(placeById.get(l.to)?.kind, l.to).toBe('dc-hub');
    }
  });
});

describe('labels, land and sources', () => {
  it('drops labels that would collide rather than overlap them', () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa', 'Lambda', 'Omicron'];
    const inputs = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      text: names[i % names.length],
      x: 100 + (i % 3),
      y: 100,
      r: 3,
      priority: 40 - i,
      size: 12,
    }));
    const placed = placeLabels(inputs, { width: 400, height: 300 });
    expect(placed[0].id).toBe('p0'); // the first in priority is placed first
    expect(placed.length).toBeGreaterThan(2);
    expect(placed.length).toBeLessThan(inputs.length); // the rest find no room and are dropped
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
  });

  it('falls back to the short name where the full one finds no room', () => {
    const placed = placeLabels([{ id: 'sh', text: 'Shanghai · MiniMax', short: 'Shanghai', x: 60, y: 100, r: 3, priority: 10, size: 12 }], {
      width: 160,
      height: 300,
      // a flow leaving to the right
      obstacles: Array.from({ length: 20 }, (_, i) => ({ x: 64 + i * 5, y: 100, r: 3 })),
    });
    expect(placed.map((p) => p.text)).toEqual(['Shanghai']);
  });

  it('tries the other side of a line for a centred label', () => {
    const placed = placeLabels(
      [
        { id: 'end', text: 'Foilhommerum', x: 100, y: 86, r: 3, priority: 100, size: 12, centered: true },
        { id: 'cable', text: '1866 cable', x: 100, y: 86, r: 0, priority: 50, size: 12, centered: true, altDy: [28] },
      ],
      { width: 400, height: 300 },
    );
    expect(placed.find((p) => p.id === 'cable')!.box.y0).toBeGreaterThan(100);
  });

  it('writes the land as one compact, rounded path', () => {
    const land = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 10],
            [10, 10],
            [10, 0],
            [0, 0],
          ],
        ],
      },
    } as const;
    const d = landPath(land as unknown as GeoJSON.Feature, mapView({ lon: 5, lat: 5, zoom: 4 }, 400, 300));
    // Clockwise ring = the square itself: one subpath, absolute start then relative steps.
    expect(d).toMatch(/^M[-\d.]+,[-\d.]+(l[-\d.]+,?[-\d.]+)+z$/);
    expect(d).not.toMatch(/\d\.\d\d/);
    expect(landPath(null, mapView({ lon: 0, lat: 0, zoom: 1 }, 10, 10))).toBe('');
  });

  it('writes a source line that starts with "Source"', () => {
    expect(sourceLine(['telegeography-cable-map-2021'], TEXT)).toBe('Source: TeleGeography');
    expect(sourceLine(['telegeography-cable-map-2021', 'cbeci-first-release-2020'], TEXT)).toMatch(
      /^Sources: TeleGeography; Cambridge Centre for Alternative Finance/,
    );
    expect(sourceLine([], TEXT)).toBe('Sources: see the sources page');
  });
});

describe('shaded countries', () => {
  it('shades the highlighted countries from the countries file, by ISO id', async () => {
    const { readFileSync } = await import('node:fs');
    const { feature } = await import('topojson-client');
    const { countryPaths, shadedCountries } = await import('../../src/lib/mapModel');
    const topo = JSON.parse(readFileSync('public/data/countries-highlight-110m.json', 'utf8'));
    const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
    const chips = mapScenes.find((s) => s.id === 'world-chips')!;
    expect(
      shadedCountries(chips)
        .map((c) => c.iso)
        .sort(),
    ).toEqual(['156', '840']);
    const paths = countryPaths(fc, chips, mapView(chips.camera, 860, 860));
    expect(paths.map((p) => p.id).sort()).toEqual(['china', 'united-states']);
    for (const p of paths) expect(p.d.length).toBeGreaterThan(100);
    // Every country the scenes shade is in the file.
    const ids = new Set(fc.features.map((f) => String(f.id)));
    for (const s of mapScenes) for (const c of shadedCountries(s)) expect(ids.has(c.iso), `${s.id} ${c.id}`).toBe(true);
  });
});

describe('map labels carry figures from src/data', () => {
  it('labels the UHV line with the voltage in src/data/power.ts', () => {
    const scene = mapScenes.find((s) => s.id === 'china-uhv')!;
    const texts = buildMapModel(scene, mapView(scene.camera, 1000, 800), TEXT).labels.map((l) => l.text);
    const kv = new Intl.NumberFormat('en').format(uhvLines[0].kv);
    expect(texts).toContain(`±${kv} kV line`);
  });
});
