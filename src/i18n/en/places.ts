// English names of what the map draws: deliberately empty. The English names stay where they are, in src/data
// (places.ts name/short/note, power.ts site, cluster and line names and notes, cables.ts cable names), the one home
// of each fact beside its coordinates and source; the map model (src/lib/mapPlaces.ts localPoint and friends in
// src/lib/mapModel.ts) uses a language's entry for an id when it has one and the data's English otherwise. So this
// group only gives the shape the other languages fill, by id: src/i18n/pt/places.ts and zh/places.ts have every id
// (tests/unit/places-locale.test.ts). A translated name may hold {year} (Atlantic cables) or {kv} (UHV lines): the
// model fills them from the data, formatted for the page language, so no figure is retyped in a translation.
// The embed downloads (src/lib/embedData.ts) stay English: they are data for journalists, not page text.

/** A point's words (src/data/places.ts, src/data/power.ts powerSites): full name, narrow-screen name, table note. */
export interface PlaceText {
  name: string;
  /** Narrow-screen label; without it the narrow map uses `name`. */
  short?: string;
  /** Translation of the data's `note` (the data table's "What" cell for hubs and power sites). */
  note?: string;
}

/** A cable's words (src/data/cables.ts): its full name ({year} for the Atlantic ones) and its name on the map. */
export interface CableText {
  name: string;
  short?: string;
}

/** A UHV line's name (src/data/power.ts uhvLines); {kv} is filled from the data. */
export interface LineText {
  name: string;
}

/** A cluster of power sites named with one label (src/data/power.ts powerClusters). */
export interface ClusterText {
  name: string;
  short: string;
}

export const places = {
  /** By point id (src/lib/mapPlaces.ts allPoints). */
  points: {} as Record<string, PlaceText>,
  /** By cable id: pacificCables and atlanticCables. */
  cables: {} as Record<string, CableText>,
  /** By line id: uhvLines. */
  lines: {} as Record<string, LineText>,
  /** By cluster id: powerClusters. */
  clusters: {} as Record<string, ClusterText>,
};
