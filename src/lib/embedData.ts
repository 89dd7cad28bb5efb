// The data behind each figure, as the rows of its CSV download (/embed/<viz>/data.csv): the records the figure
// is drawn from, straight from src/data (never retyped), one dataset per kind of record. Each row keeps its own
// source id(s); sourcesOf() lists them for the second file (sources.csv). Pure.
// The rows stay English on every language's page (names, notes, labels as src/data writes them): they are data for
// journalists, keyed by ids, not page text; the map's translated names live in src/i18n/<lang>/places.ts.
import type { FigureId } from '../scenes/types';
import { atlanticCables, pacificCables } from '../data/cables';
import { cableLandings, dcHubs, devCities, minerDestinations, modelMakers, telegraphStations, uhvEnds } from '../data/places';
import { powerSites, uhvLines } from '../data/power';
import { crackdownEvents, hashratePoints, provinceShares } from '../data/hashrate';
import { crossoverWeeks, reportedWeek } from '../data/openrouter';
import { models } from '../data/models';
import { CNY_PER_USD, powerPrices } from '../data/electricity';
import { defaultSettings, defaultSettingsSources, pueReferences, priceReferences, queryMeasurements, tokenMeasurements } from '../data/energy';
import { cable1858, cable1858Disputed, cable1866WordsPerMinute, lightInFibreKmPerS, pacificRoutes, shipCrossing } from '../data/latency';
import { flatten, type FlatRow } from './embedCsv';

export interface Dataset {
  /** Written into the "dataset" column. */
  name: string;
  records: readonly object[];
}

/** One row per price tier, with the model's own fields beside it (a model has several tiers). */
const priceRows = models.flatMap(({ prices, ...model }) =>
  prices.map((p) => ({ model: model.id, name: model.name, maker: model.maker, country: model.country, tier: p })),
);
const expertRows = models.map(({ prices: _prices, ...model }) => model);

const DATASETS: Record<FigureId, Dataset[]> = {
  map: [
    { name: 'pacific-cable', records: pacificCables },
    { name: 'atlantic-cable', records: atlanticCables },
    { name: 'place', records: [...devCities, ...modelMakers, ...dcHubs, ...cableLandings, ...telegraphStations, ...uhvEnds, ...minerDestinations] },
    { name: 'power-site', records: powerSites },
    { name: 'uhv-line', records: uhvLines },
  ],
  hashrate: [
    { name: 'hashrate-share', records: hashratePoints },
    { name: 'province-share', records: provinceShares },
    { name: 'crackdown-event', records: crackdownEvents },
  ],
  'token-share': [
    { name: 'crossover-week', records: crossoverWeeks },
    { name: 'reported-week', records: [reportedWeek] },
  ],
  'price-gap': [{ name: 'price', records: priceRows }],
  'power-price': [
    { name: 'power-price', records: powerPrices },
    { name: 'exchange-rate', records: [{ id: 'cny-per-usd', ...CNY_PER_USD }] },
  ],
  energy: [
    { name: 'default-setting', records: [{ ...defaultSettings, sources: defaultSettingsSources }] },
    { name: 'pue-reference', records: pueReferences },
    { name: 'price-reference', records: priceReferences },
    { name: 'token-measurement', records: tokenMeasurements },
    { name: 'query-measurement', records: queryMeasurements },
  ],
  latency: [
    { name: 'duration', records: [shipCrossing, cable1858, ...cable1858Disputed] },
    {
      name: 'speed',
      records: [
        { id: 'cable-1866-wpm', ...cable1866WordsPerMinute },
        { id: 'light-in-fibre-km-s', ...lightInFibreKmPerS },
      ],
    },
    { name: 'pacific-route', records: pacificRoutes },
  ],
  experts: [{ name: 'model', records: expertRows }],
};

export function datasetsOf(figure: FigureId): Dataset[] {
  return DATASETS[figure];
}

/** The CSV rows of a figure: a "dataset" column, then every field of every record, flattened. */
export function figureRows(figure: FigureId): FlatRow[] {
  return DATASETS[figure].flatMap((d) => d.records.map((r) => ({ dataset: d.name, ...flatten(r) })));
}

/** Every source id the rows name (in any column whose name ends in "source" or "sources"), in first-seen order. */
export function sourcesOf(rows: FlatRow[]): string[] {
  const ids = new Set<string>();
  for (const r of rows)
    for (const [k, v] of Object.entries(r)) {
      if (!/(^|\.)sources?(\.\d+)?$/.test(k) || typeof v !== 'string') continue;
      for (const id of v.split(/;\s*/)) if (id) ids.add(id);
    }
  return [...ids];
}
