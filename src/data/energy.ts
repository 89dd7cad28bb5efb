// Energy facts for the energy-per-token calculator (fact sheet, section 5). Every value names its source id
// (src/data/sources/energy.ts, electricity.ts). Ranges are kept as low/high pairs instead of being averaged.

export interface SourcedValue {
  value: number;
  source: string;
}
export interface SourcedRange {
  low: number;
  high: number;
  /** True when the source gives the range as an estimate. */
  approx?: boolean;
  source: string;
}

export const h100 = {
  /** SXM5 board: up to 700 W, configurable. */
  sxmWatts: { value: 700, source: 'h100-sxm-tdp' },
  /** PCIe card. */
  pcieWatts: { value: 350, source: 'nvidia-h100-pcie-brief' },
  /** Raymond James purchase-price estimate (US$): an analyst's estimate, so shown as approximate. */
  priceUsd: { low: 25_000, high: 30_000, approx: true, source: 'raymond-james-h100-price' },
  /** Range of market prices reported (US$). */
  marketPriceUsd: { low: 25_000, high: 40_000, source: 'h100-market-price-range' },
  /** Marketplace rental, US$ per GPU-hour. */
  rentalUsdPerHour: { low: 1.8, high: 1.9, source: 'h100-rental-price' },
} as const satisfies Record<string, SourcedValue | SourcedRange>;

export interface PueReference {
  /** Names are each language's (energy.pueReferences[id]): Google fleet, Zhongwei, the Uptime survey, China's average. */
  id: string;
  value: number;
  /** True when the source gives "about" this value. */
  approx: boolean;
  year?: number;
  source: string;
}

export const pueReferences: PueReference[] = [
  { id: 'google', value: 1.1, approx: true, source: 'google-fleet-pue' },
  { id: 'zhongwei', value: 1.1, approx: true, source: 'zhongwei-pue' },
  { id: 'uptime', value: 1.58, approx: false, year: 2023, source: 'uptime-pue-2023' },
  { id: 'china-2020', value: 1.8, approx: true, year: 2020, source: 'china-daily-pue-2020' },
];

/** Electricity prices used as reference points for the price input, in US cents per kWh. */
export interface PriceReference {
  /** Names are each language's (energy.priceReferences[id]). */
  id: string;
  centsPerKwh: number;
  approx: boolean;
  sources: string[];
  /** Year the price is for, when the source gives one. */
  year?: number;
  /** A tariff quoted in yuan: the yuan price and the exchange rate it was converted at. */
  yuan?: { perKwh: number; perUsd: number };
}

export const priceReferences: PriceReference[] = [
  { id: 'us-industrial', centsPerKwh: 8.06, approx: false, sources: ['eia-us-industrial-2023'], year: 2023 },
  {
    id: 'zhongwei',
    centsPerKwh: 5.0,
    approx: true,
    sources: ['china-daily-zhongwei-2020', 'cny-usd-conversion'],
    yuan: { perKwh: 0.36, perUsd: 7.2 },
  },
];

/** A published energy-per-token figure, drawn as a reference mark on the J/token scale. */
export interface TokenMeasurement {
  id: string;
  /** Who measured it, as they name themselves (pages take each language's: energy.measurementNames[id]). */
  label: string;
  /* What was measured (model, hardware, batch) is each language's: energy.measurementSettings[id]. */
  jPerTokenLow: number;
  jPerTokenHigh: number;
  approx: boolean;
  source: string;
}

export const tokenMeasurements: TokenMeasurement[] = [
  {
    id: 'ml-energy',
    label: 'ML.ENERGY v3.0',
    jPerTokenLow: 0.12,
    jPerTokenHigh: 0.12,
    approx: false,
    source: 'ml-energy-leaderboard-v3',
  },
  {
    id: 'samsi',
    label: 'Samsi et al. 2023',
    jPerTokenLow: 3,
    jPerTokenHigh: 4,
    approx: true,
    source: 'samsi-words-to-watts-2023',
  },
];

/** A published energy-per-query figure. Token counts are not disclosed, so these stay in Wh per query. */
export interface QueryMeasurement {
  id: string;
  /** Who published it (pages take each language's: energy.measurementNames[id]). */
  label: string;
  /* What was measured is each language's: energy.measurementSettings[id]. */
  whPerQuery: number;
  approx: boolean;
  source: string;
}

export const queryMeasurements: QueryMeasurement[] = [
  { id: 'google', label: 'Google', whPerQuery: 0.24, approx: false, source: 'google-gemini-prompt-energy-2025' },
  { id: 'epoch', label: 'Epoch AI', whPerQuery: 0.3, approx: true, source: 'epoch-gpt4o-query-2025' },
  { id: 'openai', label: 'OpenAI', whPerQuery: 0.34, approx: true, source: 'openai-chatgpt-query-energy' },
];

/** Settings of the calculator: GPU power (W), PUE, tokens per second per GPU, electricity price (US cents per kWh). */
export interface EnergySettings {
  watts: number;
  pue: number;
  tokensPerSecond: number;
  centsPerKwh: number;
}

/** Allowed input ranges; the URL parser clamps to these. */
export const settingRanges: Record<keyof EnergySettings, { min: number; max: number; step: number }> = {
  watts: { min: 100, max: 1500, step: 10 },
  pue: { min: 1, max: 2, step: 0.01 },
  tokensPerSecond: { min: 10, max: 10_000, step: 1 },
  centsPerKwh: { min: 1, max: 30, step: 0.1 },
};

/**
 * Default settings: the fact sheet's worked example. One H100 SXM at 700 W, PUE 1.5 (close to the
 * industry average of 1.58), 1,000 tokens per second, 8 cents per kWh (about the US industrial average).
 */
export const defaultSettings: EnergySettings = { watts: 700, pue: 1.5, tokensPerSecond: 1000, centsPerKwh: 8 };
export const defaultSettingsSources = ['h100-sxm-tdp', 'uptime-pue-2023', 'eia-us-industrial-2023', 'energy-per-token-formula', 'calc-throughput-assumption'];

export type PresetId = 'small-batched' | 'large-moe' | 'one-at-a-time';

export interface Preset {
  /** Its name and the reasons for its numbers are each language's (energy.presets[id]), filled from these settings. */
  id: PresetId;
  settings: EnergySettings;
  /** Which facts the numbers come from. */
  sources: string[];
  /** The J/token range the fact sheet gives for this kind of model, when it gives one. */
  expectedJPerToken?: { low: number; high: number };
}

export const presets: Preset[] = [
  {
    id: 'small-batched',
    settings: { watts: 700, pue: 1.1, tokensPerSecond: 6000, centsPerKwh: 8 },
    sources: ['h100-sxm-tdp', 'ml-energy-leaderboard-v3', 'google-fleet-pue', 'eia-us-industrial-2023'],
  },
  {
    id: 'large-moe',
    settings: { watts: 700, pue: 1.25, tokensPerSecond: 500, centsPerKwh: 5 },
    sources: ['h100-sxm-tdp', 'energy-per-token-formula', 'china-daily-zhongwei-2020', 'cny-usd-conversion'],
    expectedJPerToken: { low: 1, high: 4 },
  },
  {
    id: 'one-at-a-time',
    settings: { watts: 700, pue: 1.58, tokensPerSecond: 60, centsPerKwh: 8 },
    sources: ['h100-sxm-tdp', 'uptime-pue-2023', 'energy-per-token-formula', 'eia-us-industrial-2023'],
  },
];

/** The GPU-hour split: how the purchase price is spread over the hours of use. An assumption, stated as such. */
export const depreciationAssumption = {
  /** Middle of the Raymond James $25,000–30,000 estimate. */
  gpuPriceUsd: 27_500,
  years: 4,
  hoursPerYear: 24 * 365,
  source: 'gpu-depreciation-assumption',
} as const;
