// The map's land and countries files: parsed once, failures remembered (one request per page), an empty topology
// counted as a failure.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCountries, loadLand, parseTopology, resetLandRequests } from '../../src/components/map/land';

const landFile = JSON.parse(readFileSync('node_modules/world-atlas/land-110m.json', 'utf8'));
const empty = { type: 'Topology', objects: { land: { type: 'GeometryCollection', geometries: [] } }, arcs: [] };

const respond = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

afterEach(() => resetLandRequests());

describe('parseTopology', () => {
  it('reads the 110m land into features with shapes', () => {
    const fc = parseTopology(landFile, 'land', 'land-110m.json');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
  });
  it('counts a valid topology without shapes as a failure, and so a file that is not one', () => {
    expect(() => parseTopology(empty, 'land', 'land-110m.json')).toThrow(/no shapes/);
    expect(() => parseTopology({ type: 'Topology', objects: {}, arcs: [] }, 'land', 'land-110m.json')).toThrow(/no TopoJSON object/);
    expect(() => parseTopology('<html>', 'land', 'land-110m.json')).toThrow();
    expect(() => parseTopology(null, 'land', 'land-110m.json')).toThrow();
  });
});

describe('loading the land in the browser', () => {
  it('asks once per page, whoever asks and however often', async () => {
    const fetcher = vi.fn(() => respond(landFile));
    const [a, b] = await Promise.all([loadLand(fetcher as unknown as typeof fetch), loadLand(fetcher as unknown as typeof fetch)]);
    expect(a).toBe(b);
    await loadLand(fetcher as unknown as typeof fetch);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('remembers a failure: the file is requested once, not once per figure', async () => {
    const fetcher = vi.fn(() => respond({}, 404));
    await expect(loadLand(fetcher as unknown as typeof fetch)).rejects.toThrow(/HTTP 404/);
    await expect(loadLand(fetcher as unknown as typeof fetch)).rejects.toThrow(/HTTP 404/);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('fails on an empty but valid topology, so the map says so instead of drawing no coastline', async () => {
    await expect(loadLand((() => respond(empty)) as unknown as typeof fetch)).rejects.toThrow(/no shapes/);
  });

  it('loads the countries file on its own request', async () => {
    const topo = JSON.parse(readFileSync('public/data/countries-highlight-110m.json', 'utf8'));
    const fetcher = vi.fn((url: string) => (url.endsWith('countries-highlight-110m.json') ? respond(topo) : respond({}, 500)));
    const fc = await loadCountries(fetcher as unknown as typeof fetch);
    expect(fc.features.map((f) => String(f.id)).sort()).toEqual(['124', '156', '398', '643', '840']);
    await expect(loadLand(fetcher as unknown as typeof fetch)).rejects.toThrow();
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});
