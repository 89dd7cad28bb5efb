// Electricity prices for the power-price figure and the "40% cheaper" claim (fact sheet, section 5).
// Values are stored in the unit and currency the source publishes: US cents/kWh, US$/kWh, or yuan/kWh.
// Conversion to US cents happens in src/lib/powerPrice.ts, with the rate below, so it is never typed in.

export type PriceUnit = 'usc-per-kwh' | 'usd-per-kwh' | 'cny-per-kwh';

export interface PowerPrice {
  /** Reader-facing names are each language's (powerPrice.rows[id], or powerPrice.places[place] with the sector). */
  id: string;
  /** The US state a data-centre-state price belongs to (its industrial and commercial prices share a row). */
  place?: 'virginia' | 'texas' | 'oregon' | 'california';
  /** Which comparison group the bar belongs to. */
  group: 'national-average' | 'us-dc-state' | 'cn-dc-tariff';
  country: 'US' | 'CN';
  /** Customer class the tariff applies to. */
  sector: 'industrial' | 'commercial' | 'data-centre';
  value: number;
  unit: PriceUnit;
  /** Year the price refers to, as the source gives it. */
  year: number | null;
  approx: boolean;
  source: string;
}

/** Yuan per US dollar used for conversion. An approximate rate: converted values are marked derived. */
export const CNY_PER_USD = { value: 7.2, approx: true, source: 'cny-usd-conversion' } as const;

export const powerPrices: PowerPrice[] = [
  { id: 'us-industrial', group: 'national-average', country: 'US', sector: 'industrial', value: 8.06, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-us-industrial-2023' },
  { id: 'cn-industrial', group: 'national-average', country: 'CN', sector: 'industrial', value: 0.088, unit: 'usd-per-kwh', year: 2024, approx: true, source: 'china-briefing-industrial-power' },

  { id: 'cn-ulanqab', group: 'cn-dc-tariff', country: 'CN', sector: 'data-centre', value: 0.26, unit: 'cny-per-kwh', year: 2020, approx: false, source: 'pandaily-ulanqab-tariff' },
  { id: 'cn-zhongwei', group: 'cn-dc-tariff', country: 'CN', sector: 'data-centre', value: 0.36, unit: 'cny-per-kwh', year: 2020, approx: false, source: 'china-daily-zhongwei-2020' },
  { id: 'cn-hohhot', group: 'cn-dc-tariff', country: 'CN', sector: 'data-centre', value: 0.38, unit: 'cny-per-kwh', year: 2015, approx: false, source: 'china-daily-hohhot-2015' },

  { id: 'us-va-industrial', place: 'virginia', group: 'us-dc-state', country: 'US', sector: 'industrial', value: 8.92, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-va-commercial', place: 'virginia', group: 'us-dc-state', country: 'US', sector: 'commercial', value: 8.95, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-tx-industrial', place: 'texas', group: 'us-dc-state', country: 'US', sector: 'industrial', value: 6.6, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-tx-commercial', place: 'texas', group: 'us-dc-state', country: 'US', sector: 'commercial', value: 8.82, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-or-industrial', place: 'oregon', group: 'us-dc-state', country: 'US', sector: 'industrial', value: 7.52, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-or-commercial', place: 'oregon', group: 'us-dc-state', country: 'US', sector: 'commercial', value: 9.92, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-ca-industrial', place: 'california', group: 'us-dc-state', country: 'US', sector: 'industrial', value: 18.64, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
  { id: 'us-ca-commercial', place: 'california', group: 'us-dc-state', country: 'US', sector: 'commercial', value: 23.91, unit: 'usc-per-kwh', year: 2023, approx: false, source: 'eia-state-prices-2023' },
];

export function getPowerPrice(id: string): PowerPrice {
  const p = powerPrices.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown power price id "${id}"`);
  return p;
}

/** The article's claim being checked: Chinese electricity "about 40% cheaper" than American. */
export const ARTICLE_POWER_CLAIM = { fractionBelow: 0.4, approx: true, source: 'article-token-going-abroad' } as const;
