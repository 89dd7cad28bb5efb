// One lookup over every point the map can mark (places, power sites), so scenes and routes can name
// any of them by id. Pure; throws at import time if two points share an id.
import {
  cableLandings,
  countryPoints,
  dcHubs,
  devCities,
  minerDestinations,
  modelMakers,
  provinceCapitals,
  telegraphStations,
  uhvEnds,
  type Place,
} from '../data/places';
import { powerSites } from '../data/power';

export interface MapPoint {
  id: string;
  /** Place kind (src/data/places.ts) or power-site kind (src/data/power.ts). */
  kind: string;
  name: string;
  short?: string;
  lat: number;
  lon: number;
  approx: boolean;
  note?: string;
  iso?: string;
  source: string;
}

const allPlaces: Place[] = [
  ...devCities,
  ...modelMakers,
  ...dcHubs,
  ...provinceCapitals,
  ...cableLandings,
  ...telegraphStations,
  ...uhvEnds,
  ...minerDestinations,
  ...countryPoints,
];

export const allPoints: MapPoint[] = [...allPlaces, ...powerSites];

export const placeById: ReadonlyMap<string, MapPoint> = (() => {
  const m = new Map<string, MapPoint>();
  for (const p of allPoints) {
    if (m.has(p.id)) throw new Error(`map places: duplicate id "${p.id}"`);
    m.set(p.id, p);
  }
  return m;
})();
