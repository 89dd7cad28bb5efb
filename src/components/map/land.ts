// Land outlines (world-atlas land-110m) for the map. On the server they are read from node_modules at
// render time, so the first scene's coastlines are real SVG in the HTML; in the browser the same file is
// fetched once from /data/land-110m.json (a static copy), never bundled into the JavaScript.
// public/data/countries-highlight-110m.json is world-atlas countries-110m cut down to the five countries
// the map shades (ids 840 US, 156 China, 398 Kazakhstan, 643 Russia, 124 Canada) and only the arcs they use.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Feature } from 'geojson';

export type Land = FeatureCollection | Feature;

function toLand(topo: Topology<{ land: GeometryCollection }>): Land {
  return feature(topo, topo.objects.land);
}

let serverCache: Land | null = null;

/** Server only: reads the 110m land file synchronously (null in the browser). */
export function serverLand(): Land | null {
  if (!import.meta.env.SSR) return null;
  if (!serverCache) {
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
    const path = process.getBuiltinModule('node:path') as typeof import('node:path');
    const file = path.join(process.cwd(), 'node_modules', 'world-atlas', 'land-110m.json');
    serverCache = toLand(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  return serverCache;
}

let countriesCache: FeatureCollection | null = null;

/** Server only: the few countries the map can shade (a subset of world-atlas countries-110m, see public/data). */
export function serverCountries(): FeatureCollection | null {
  if (!import.meta.env.SSR) return null;
  if (!countriesCache) {
    const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
    const path = process.getBuiltinModule('node:path') as typeof import('node:path');
    const topo = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public', 'data', 'countries-highlight-110m.json'), 'utf8'));
    countriesCache = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
  }
  return countriesCache;
}

let countriesPromise: Promise<FeatureCollection> | null = null;

/** Browser: fetches the shaded-countries file once per page. */
export function loadCountries(): Promise<FeatureCollection> {
  countriesPromise ??= fetch(`${import.meta.env.BASE_URL}data/countries-highlight-110m.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`countries-highlight-110m.json: HTTP ${r.status}`);
      return r.json();
    })
    .then((topo) => feature(topo, topo.objects.countries) as unknown as FeatureCollection);
  countriesPromise.catch(() => (countriesPromise = null));
  return countriesPromise;
}

let clientCache: Promise<Land> | null = null;

/** Browser: fetches the static copy once per page (every map section shares it). */
export function loadLand(): Promise<Land> {
  clientCache ??= fetch(`${import.meta.env.BASE_URL}data/land-110m.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`land-110m.json: HTTP ${r.status}`);
      return r.json();
    })
    .then(toLand);
  // A failed fetch may be retried by the next map that asks.
  clientCache.catch(() => (clientCache = null));
  return clientCache;
}
