// Land outlines (world-atlas land-110m) and the countries the map can shade. On the server they are read from
// disk at render time, so the first scene's coastlines are real SVG in the HTML; in the browser the same files
// are fetched once per page from /data/ (static copies), never bundled into the JavaScript.
// public/data/countries-highlight-110m.json is world-atlas countries-110m cut down to the five countries
// the map shades (ids 840 US, 156 China, 398 Kazakhstan, 643 Russia, 124 Canada) and only the arcs they use.
// public/data/china-provinces.json is Natural Earth admin-1 for China, simplified hard (scripts/china-provinces.mjs).
// A file that fails, or parses to no shapes at all, is a failure: the map shows its note instead of drawing
// nothing without a word. A failure is remembered, so the page asks for each file once.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

export type Land = FeatureCollection;

/** Rings with at least one point, over every feature: zero means there is nothing to draw. */
function countPoints(fc: FeatureCollection): number {
  let n = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c)) {
      if (typeof c[0] === 'number') n++;
      else c.forEach(walk);
    }
  };
  for (const f of fc.features) {
    const g = f.geometry as { coordinates?: unknown; geometries?: { coordinates?: unknown }[] } | null;
    walk(g?.coordinates);
    g?.geometries?.forEach((x) => walk(x.coordinates));
  }
  return n;
}

/** TopoJSON -> features of one named object; throws when the file is not that, or has nothing to draw. */
export function parseTopology(topo: unknown, object: string, file: string): FeatureCollection {
  const t = topo as Topology | null;
  const obj = t?.type === 'Topology' ? t.objects?.[object] : undefined;
  if (!obj) throw new Error(`${file}: no TopoJSON object "${object}"`);
  const f = feature(t!, obj) as FeatureCollection | GeoJSON.Feature;
  const fc: FeatureCollection = f.type === 'FeatureCollection' ? f : { type: 'FeatureCollection', features: [f] };
  if (countPoints(fc) === 0) throw new Error(`${file}: the topology has no shapes`);
  return fc;
}

const LAND = { file: 'land-110m.json', object: 'land', disk: ['node_modules', 'world-atlas', 'land-110m.json'] };
const COUNTRIES = { file: 'countries-highlight-110m.json', object: 'countries', disk: ['public', 'data', 'countries-highlight-110m.json'] };
// China's provinces (scripts/china-provinces.mjs), fetched only when a scene draws them (the mining scenes).
const PROVINCES = { file: 'china-provinces.json', object: 'provinces', disk: ['public', 'data', 'china-provinces.json'] };

const serverCache = new Map<string, FeatureCollection>();

function readFromDisk(spec: typeof LAND): FeatureCollection | null {
  if (!import.meta.env.SSR) return null;
  let fc = serverCache.get(spec.file);
  if (!fc) {
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
    const path = process.getBuiltinModule('node:path') as typeof import('node:path');
    fc = parseTopology(JSON.parse(fs.readFileSync(path.join(process.cwd(), ...spec.disk), 'utf8')), spec.object, spec.file);
    serverCache.set(spec.file, fc);
  }
  return fc;
}

/** Server only: the 110m land (null in the browser). */
export function serverLand(): Land | null {
  return readFromDisk(LAND);
}

/** Server only: the few countries the map can shade (null in the browser). */
export function serverCountries(): FeatureCollection | null {
  return readFromDisk(COUNTRIES);
}

/** Server only: China's provinces (null in the browser). */
export function serverProvinces(): FeatureCollection | null {
  return readFromDisk(PROVINCES);
}

const requests = new Map<string, Promise<FeatureCollection>>();

function load(spec: typeof LAND, fetcher: typeof fetch): Promise<FeatureCollection> {
  let p = requests.get(spec.file);
  if (!p) {
    p = fetcher(`${import.meta.env.BASE_URL}data/${spec.file}`)
      .then((r) => {
        if (!r.ok) throw new Error(`${spec.file}: HTTP ${r.status}`);
        return r.json();
      })
      .then((topo) => parseTopology(topo, spec.object, spec.file));
    // Kept even when it fails: every map on the page shares the one answer, and nobody asks again.
    requests.set(spec.file, p);
  }
  return p;
}

/** Browser: the land, fetched once per page. Rejects if the file fails or has no shapes. */
export function loadLand(fetcher: typeof fetch = fetch): Promise<Land> {
  return load(LAND, fetcher);
}

/** Browser: the shaded-countries file, fetched once per page. */
export function loadCountries(fetcher: typeof fetch = fetch): Promise<FeatureCollection> {
  return load(COUNTRIES, fetcher);
}

/** Browser: China's provinces, fetched once per page, when a scene first needs them. */
export function loadProvinces(fetcher: typeof fetch = fetch): Promise<FeatureCollection> {
  return load(PROVINCES, fetcher);
}

/** For tests only: forget what was fetched. */
export function resetLandRequests(): void {
  requests.clear();
}
