// Model facts used by the price-gap and experts figures and by the price claims: list prices
// (US$ per million tokens), total and active parameters, expert counts, SWE-bench Verified scores.
// Only published values, each with its source id (src/data/sources/models.ts). Ratios are not
// stored here: src/lib/priceGap.ts computes them from these prices.

/** A number that a source gives as an approximation ("~10 B") or as a range is marked approx. */
export interface Quantity {
  value: number;
  approx: boolean;
  /** Shown beside the number where it helps, e.g. "229 B or 230 B by source". */
  note?: string;
}

export interface PriceTier {
  /** Stable id within the model, e.g. "standard", "lightning", "promo". */
  id: string;
  /** The tier's name as the maker writes it (pages take each language's: priceGap.tiers[id]); empty when the model has a single list price. */
  label: string;
  /** US$ per million input tokens. */
  input: number;
  /** US$ per million output tokens. */
  output: number;
  /** False for prices that no longer apply (e.g. a launch promotion). */
  current: boolean;
  note?: string;
  source: string;
}

export interface ExpertLayout {
  /** Routed experts per mixture-of-experts layer. */
  routed: number;
  /** Routed experts each token uses. */
  activePerToken: number;
  /** Shared experts every token also uses (0 when none is reported). */
  shared: number;
  source: string;
}

export interface SweBenchScore {
  /** Percent of SWE-bench Verified tasks resolved. */
  percent: number;
  vendorReported: boolean;
  source: string;
}

export interface ModelFacts {
  id: ModelId;
  name: string;
  /** The name figures use where the maker is clear from the context ("M2.5"); the full name otherwise. */
  shortName?: string;
  maker: string;
  /** Where the maker is based: the story's question is which grid answers the request. */
  country: 'CN' | 'US';
  /** Release date, ISO. */
  released: string;
  /** Billions of parameters; undefined when the maker does not disclose it. */
  totalParamsB?: Quantity;
  activeParamsB?: Quantity;
  experts?: ExpertLayout;
  prices: PriceTier[];
  /** null when no published score could be verified (shown as such, never as zero). */
  sweBench: SweBenchScore | null;
  source: string;
}

export const MODEL_IDS = ['minimax-m25', 'kimi-k25', 'glm-5', 'deepseek-v3', 'deepseek-v32', 'claude-opus-46', 'claude-opus-45', 'gpt-4o'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export const models: ModelFacts[] = [
  {
    id: 'minimax-m25',
    name: 'MiniMax M2.5',
    shortName: 'M2.5',
    maker: 'MiniMax (Shanghai)',
    country: 'CN',
    released: '2026-02-12',
    totalParamsB: { value: 229, approx: true, note: '229 B or 230 B by source' },
    activeParamsB: { value: 10, approx: true },
    experts: { routed: 256, activePerToken: 8, shared: 0, source: 'minimax-m25-launch' },
    prices: [
      { id: 'standard', label: 'Standard', input: 0.15, output: 1.2, current: true, note: 'about 50 tokens per second', source: 'minimax-m25-launch' },
      { id: 'lightning', label: 'Lightning', input: 0.3, output: 2.4, current: true, note: 'about 100 tokens per second', source: 'minimax-m25-launch' },
    ],
    sweBench: { percent: 80.2, vendorReported: true, source: 'minimax-m25-launch' },
    source: 'minimax-m25-launch',
  },
  {
    id: 'kimi-k25',
    name: 'Kimi K2.5',
    maker: 'Moonshot AI (Beijing)',
    country: 'CN',
    released: '2026-01-27',
    totalParamsB: { value: 1040, approx: true },
    activeParamsB: { value: 32, approx: false },
    experts: { routed: 384, activePerToken: 8, shared: 1, source: 'kimi-k25-specs' },
    prices: [{ id: 'standard', label: '', input: 0.6, output: 3.0, current: true, source: 'kimi-k25-specs' }],
    sweBench: null,
    source: 'kimi-k25-specs',
  },
  {
    id: 'glm-5',
    name: 'GLM-5',
    maker: 'Zhipu / Z.ai',
    country: 'CN',
    released: '2026-02-11',
    totalParamsB: { value: 744, approx: false },
    activeParamsB: { value: 40, approx: true },
    experts: { routed: 256, activePerToken: 8, shared: 0, source: 'glm-5-specs' },
    prices: [{ id: 'standard', label: '', input: 1.0, output: 3.2, current: true, source: 'glm-5-specs' }],
    sweBench: { percent: 77.8, vendorReported: true, source: 'glm-5-specs' },
    source: 'glm-5-specs',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    maker: 'DeepSeek (Hangzhou)',
    country: 'CN',
    released: '2024-12-26',
    totalParamsB: { value: 671, approx: false },
    activeParamsB: { value: 37, approx: false },
    prices: [
      { id: 'promo', label: 'Launch promotion (to 8 Feb 2025)', input: 0.14, output: 0.28, current: false, source: 'deepseek-v3-specs' },
      { id: 'standard', label: 'Standard (from 8 Feb 2025)', input: 0.27, output: 1.1, current: true, source: 'deepseek-v3-specs' },
    ],
    sweBench: null,
    source: 'deepseek-v3-specs',
  },
  {
    id: 'deepseek-v32',
    name: 'DeepSeek-V3.2',
    maker: 'DeepSeek (Hangzhou)',
    country: 'CN',
    released: '2025-12-01',
    totalParamsB: { value: 671, approx: false },
    activeParamsB: { value: 37, approx: false },
    prices: [{ id: 'standard', label: '', input: 0.28, output: 0.42, current: true, source: 'deepseek-v32-specs' }],
    sweBench: { percent: 73.1, vendorReported: true, source: 'deepseek-v32-specs' },
    source: 'deepseek-v32-specs',
  },
  {
    id: 'claude-opus-46',
    name: 'Claude Opus 4.6',
    shortName: 'Opus 4.6',
    maker: 'Anthropic (San Francisco)',
    country: 'US',
    released: '2026-02-05',
    prices: [{ id: 'standard', label: '', input: 5, output: 25, current: true, source: 'claude-opus-46-specs' }],
    sweBench: { percent: 80.8, vendorReported: true, source: 'claude-opus-46-specs' },
    source: 'claude-opus-46-specs',
  },
  {
    id: 'claude-opus-45',
    name: 'Claude Opus 4.5',
    maker: 'Anthropic (San Francisco)',
    country: 'US',
    released: '2025-11-24',
    prices: [{ id: 'standard', label: '', input: 5, output: 25, current: true, source: 'claude-opus-45-specs' }],
    sweBench: { percent: 80.9, vendorReported: true, source: 'claude-opus-45-specs' },
    source: 'claude-opus-45-specs',
  },
  {
    id: 'gpt-4o',
    name: 'GPT-4o',
    maker: 'OpenAI (San Francisco)',
    country: 'US',
    released: '2024-05-13',
    prices: [{ id: 'standard', label: '', input: 2.5, output: 10, current: true, note: 'gpt-4o-2024-08-06 onward', source: 'gpt-4o-pricing' }],
    sweBench: null,
    source: 'gpt-4o-pricing',
  },
];

const byId = new Map(models.map((m) => [m.id, m]));

export function getModel(id: ModelId): ModelFacts {
  const m = byId.get(id);
  if (!m) throw new Error(`Unknown model id "${id}"`);
  return m;
}

export function getPrice(id: ModelId, tier = 'standard'): PriceTier {
  const p = getModel(id).prices.find((t) => t.id === tier);
  if (!p) throw new Error(`Model "${id}" has no price tier "${tier}"`);
  return p;
}

/**
 * The article's own numbers, kept beside the evidence so the figures can show both. They are the
 * claims being checked, not facts: each is compared with ratios computed from the list prices above.
 */
export const ARTICLE_PRICE_CLAIMS = {
  /** "About 17 times" cheaper: Claude Opus input $5 vs M2.5 input $0.30. */
  opusVsM25: { ratio: 17, approx: true, source: 'article-token-going-abroad' },
  /** DeepSeek-V3 inference "about 36 times" cheaper than GPT-4o, "according to independent tests". */
  deepseekVsGpt4o: { ratio: 36, approx: true, source: 'article-token-going-abroad' },
} as const;
