// One lookup over every point the map can mark (places, power sites), so scenes and routes can name
// any of them by id, and the point in the page language (localPoint). Pure; throws at import time if two points
// share an id.
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
import type { Messages } from '../i18n';

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

/** The map's names in one language, by id (src/i18n/en/places.ts): empty in English, whose names are the data's. */
export type PlaceStrings = Messages['places'];

/**
 * The point with its name, short name and note in the page language: the places group's entry for its id, or the
 * data's English where there is none. A translated name without a short one is used on narrow screens too.
 */
export function localPoint<T extends MapPoint>(p: T, places: PlaceStrings): T {
  const t = places.points[p.id];
  return t ? { ...p, name: t.name, short: t.short, note: t.note ?? p.note } : p;
}
