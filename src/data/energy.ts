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
  id: string;
  label: string;
  value: number;
  /** True when the source gives "about" this value. */
  approx: boolean;
  year?: number;
  source: string;
}

export const pueReferences: PueReference[] = [
  { id: 'google', label: 'Google fleet', value: 1.1, approx: true, source: 'google-fleet-pue' },
  { id: 'zhongwei', label: 'Zhongwei, Ningxia', value: 1.1, approx: true, source: 'zhongwei-pue' },
  { id: 'uptime', label: 'Industry average (Uptime survey)', value: 1.58, approx: false, year: 2023, source: 'uptime-pue-2023' },
  { id: 'china-2020', label: 'China, national average', value: 1.8, approx: true, year: 2020, source: 'china-daily-pue-2020' },
];

/** Electricity prices used as reference points for the price input, in US cents per kWh. */
export interface PriceReference {
  id: string;
  label: string;
  centsPerKwh: number;
  approx: boolean;
  sources: string[];
  /** Year the price is for, when the source gives one. */
  year?: number;
  /** A tariff quoted in yuan: the yuan price and the exchange rate it was converted at. */
  yuan?: { perKwh: number; perUsd: number };
}

export const priceReferences: PriceReference[] = [
  { id: 'us-industrial', label: 'US industrial average, 2023', centsPerKwh: 8.06, approx: false, sources: ['eia-us-industrial-2023'], year: 2023 },
  {
    id: 'zhongwei',
    label: 'Zhongwei data-centre tariff (¥0.36 at ~¥7.2 per US$)',
    centsPerKwh: 5.0,
    approx: true,
    sources: ['china-daily-zhongwei-2020', 'cny-usd-conversion'],
    yuan: { perKwh: 0.36, perUsd: 7.2 },
  },
];

/** A published energy-per-token figure, drawn as a reference mark on the J/token scale. */
export interface TokenMeasurement {
  id: string;
  label: string;
  setting: string;
  jPerTokenLow: number;
  jPerTokenHigh: number;
  approx: boolean;
  source: string;
}

export const tokenMeasurements: TokenMeasurement[] = [
  {
    id: 'ml-energy',
    label: 'ML.ENERGY v3.0',
    setting: 'Llama 3.1 8B on one H100, batch 64 (GPU energy)',
    jPerTokenLow: 0.12,
    jPerTokenHigh: 0.12,
    approx: false,
    source: 'ml-energy-leaderboard-v3',
  },
  {
    id: 'samsi',
    label: 'Samsi et al. 2023',
    setting: 'LLaMA-65B on V100/A100, unoptimised',
    jPerTokenLow: 3,
    jPerTokenHigh: 4,
    approx: true,
    source: 'samsi-words-to-watts-2023',
  },
];

/** A published energy-per-query figure. Token counts are not disclosed, so these stay in Wh per query. */
export interface QueryMeasurement {
  id: string;
  label: string;
  setting: string;
  whPerQuery: number;
  approx: boolean;
  source: string;
}

export const queryMeasurements: QueryMeasurement[] = [
  { id: 'google', label: 'Google', setting: 'median Gemini Apps text prompt, 2025', whPerQuery: 0.24, approx: false, source: 'google-gemini-prompt-energy-2025' },
  { id: 'epoch', label: 'Epoch AI', setting: 'typical GPT-4o query, estimate, 2025', whPerQuery: 0.3, approx: true, source: 'epoch-gpt4o-query-2025' },
  { id: 'openai', label: 'OpenAI', setting: 'average ChatGPT query, informal, 2025', whPerQuery: 0.34, approx: true, source: 'openai-chatgpt-query-energy' },
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
  id: PresetId;
  label: string;
  settings: EnergySettings;
  /** Why these numbers: which facts they come from. */
  why: string;
  sources: string[];
  /** The J/token range the fact sheet gives for this kind of model, when it gives one. */
  expectedJPerToken?: { low: number; high: number };
}

export const presets: Preset[] = [
  {
    id: 'small-batched',
    label: 'Small model, well batched',
    settings: { watts: 700, pue: 1.1, tokensPerSecond: 6000, centsPerKwh: 8 },
    why: 'An H100 at 700 W producing 6,000 tokens a second spends about 0.12 J per token on the GPU, what ML.ENERGY measured for ' + 'Llama 3.1 8B at batch 64. PUE 1.1 is a hyperscale building (Google reports about 1.1).',
    sources: ['h100-sxm-tdp', 'ml-energy-leaderboard-v3', 'google-fleet-pue', 'eia-us-industrial-2023'],
  },
  {
    id: 'large-moe',
    label: 'Large mixture-of-experts model',
    settings: { watts: 700, pue: 1.25, tokensPerSecond: 500, centsPerKwh: 5 },
    why:
      'A large model with modest batching lands in the 1–4 J per token range the fact sheet gives for it: 500 tokens a second ' +
      'per GPU here. PUE 1.25 is the ceiling set for eastern Chinese computing hubs; 5 cents per kWh is about the Zhongwei ' +
      'data-centre tariff (¥0.36).',
    sources: ['h100-sxm-tdp', 'energy-per-token-formula', 'china-daily-zhongwei-2020', 'cny-usd-conversion'],
    expectedJPerToken: { low: 1, high: 4 },
  },
  {
    id: 'one-at-a-time',
    label: 'One request at a time',
    settings: { watts: 700, pue: 1.58, tokensPerSecond: 60, centsPerKwh: 8 },
    why:
      'Serving one request at a time (batch 1) leaves most of the GPU idle but still drawing power: 60 tokens a second gives ' +
      'well over 10 J per token. PUE 1.58 is the industry average from the Uptime survey. We keep the 700 W upper limit; ' +
      'a GPU at batch 1 draws less, so this is the high side.',
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
