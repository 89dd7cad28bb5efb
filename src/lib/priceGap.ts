// Price-gap logic: the points of the price-vs-SWE-bench chart, its log price domain, and the ratios
// behind the article's "17x" and "36x" claims, all computed from the list prices in src/data/models.ts.
import { scaleLog } from 'd3-scale';
import { getPrice, models, type ModelId } from '../data/models';

export type PriceMode = 'input' | 'output';

/** How many times `a` is `b`. */
export function ratio(a: number, b: number): number {
  if (!(b > 0)) throw new Error(`ratio denominator must be positive, got ${b}`);
  return a / b;
}

/** Models drawn in the scatter, in legend order; each tier is one point. */
export const PRICE_GAP_MODELS: ModelId[] = ['minimax-m25', 'kimi-k25', 'glm-5', 'deepseek-v32', 'claude-opus-46'];

export interface PricePoint {
  /** "<model>/<tier>", unique. */
  key: string;
  modelId: ModelId;
  name: string;
  tierLabel: string;
  country: 'CN' | 'US';
  input: number;
  output: number;
  /** SWE-bench Verified percent, or null when no score is published (drawn in its own lane). */
  score: number | null;
  priceSource: string;
  scoreSource: string | null;
}

export function pricePoints(ids: ModelId[] = PRICE_GAP_MODELS): PricePoint[] {
  return ids.flatMap((id) => {
    const m = models.find((x) => x.id === id)!;
    return m.prices
      .filter((t) => t.current)
      .map((t) => ({
        key: `${m.id}/${t.id}`,
        modelId: m.id,
        name: m.name,
        tierLabel: t.label,
        country: m.country,
        input: t.input,
        output: t.output,
        score: m.sweBench?.percent ?? null,
        priceSource: t.source,
        scoreSource: m.sweBench?.source ?? null,
      }));
  });
}

export function priceOf(p: PricePoint, mode: PriceMode): number {
  return mode === 'input' ? p.input : p.output;
}

/** Log-scale price domain rounded out to whole powers of ten (d3's nice()), so ticks fall on 0.1, 1, 10... */
export function logPriceDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) throw new Error('log domain needs at least one positive price');
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const d = scaleLog().domain([lo, hi]).nice().domain();
  return [d[0], d[1]];
}

/** One comparison between two list prices, with the inputs kept so the page can show its working. */
export interface PriceRatio {
  key: string;
  label: string;
  numerator: { model: string; tier: string; price: number; source: string };
  denominator: { model: string; tier: string; price: number; source: string };
  value: number;
}

function compare(key: string, label: string, mode: PriceMode, a: [ModelId, string], b: [ModelId, string]): PriceRatio {
  const pa = getPrice(a[0], a[1]);
  const pb = getPrice(b[0], b[1]);
  const name = (id: ModelId) => models.find((m) => m.id === id)!.name;
  const num = { model: name(a[0]), tier: pa.label, price: mode === 'input' ? pa.input : pa.output, source: pa.source };
  const den = { model: name(b[0]), tier: pb.label, price: mode === 'input' ? pb.input : pb.output, source: pb.source };
  return { key, label, numerator: num, denominator: den, value: ratio(num.price, den.price) };
}

/** The article's "about 17x cheaper" (Opus vs M2.5), as the list prices actually give it. */
export function claim17xRatios(): PriceRatio[] {
  return [
    compare('input-vs-lightning', 'Input, vs M2.5 Lightning', 'input', ['claude-opus-46', 'standard'], ['minimax-m25', 'lightning']),
    compare('input-vs-standard', 'Input, vs M2.5 Standard', 'input', ['claude-opus-46', 'standard'], ['minimax-m25', 'standard']),
    compare('output-vs-standard', 'Output, vs M2.5 Standard', 'output', ['claude-opus-46', 'standard'], ['minimax-m25', 'standard']),
  ];
}

/** The likely origin of the article's "36x" (GPT-4o vs DeepSeek-V3 output), and the same ratio after the promotion. */
export function claim36xRatios(): PriceRatio[] {
  return [
    compare('output-vs-v3-promo', 'Output, vs DeepSeek-V3 launch promotion', 'output', ['gpt-4o', 'standard'], ['deepseek-v3', 'promo']),
    compare('output-vs-v3-standard', 'Output, vs DeepSeek-V3 standard price', 'output', ['gpt-4o', 'standard'], ['deepseek-v3', 'standard']),
  ];
}

/** "16.7×": one decimal, trailing zero dropped. */
export function formatRatio(value: number, locale = 'en'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}×`;
}

/** "$0.15": dollars per million tokens, at least two decimals below $10. */
export function formatUsd(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: value < 10 ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(value);
}

// ---- scene state --------------------------------------------------------------------------------

export interface PriceGapState {
  /** Which price the x axis shows when the scene opens (the reader can switch). */
  mode: PriceMode;
  /** 'claim' shows the article's 17x beside the ratios the list prices give. */
  panel: 'none' | 'claim';
}

export function validatePriceGapState(state: unknown): string[] {
  const problems: string[] = [];
  if (typeof state !== 'object' || state === null) return ['price-gap state must be an object'];
  const s = state as Record<string, unknown>;
  if (s.mode !== 'input' && s.mode !== 'output') problems.push(`price-gap mode must be "input" or "output", got ${JSON.stringify(s.mode)}`);
  if (s.panel !== 'none' && s.panel !== 'claim') problems.push(`price-gap panel must be "none" or "claim", got ${JSON.stringify(s.panel)}`);
  for (const k of Object.keys(s)) if (k !== 'mode' && k !== 'panel') problems.push(`price-gap state has unknown key "${k}"`);
  return problems;
}
