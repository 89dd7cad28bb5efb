// Price-gap logic: the points of the price-vs-SWE-bench chart, its log price domain, and the ratios
// behind the article's "17x" and "36x" claims, all computed from the list prices in src/data/models.ts.
import { scaleLog } from 'd3-scale';
import { getPrice, models, type ModelId } from '../data/models';
import type { ChartScene } from '../scenes/types';
import { textWidth } from './textWidth';
import { numberFormat } from './intl';

export type PriceMode = 'input' | 'output';

/** How many times `a` is `b`. */
export function ratio(a: number, b: number): number {
  if (!(b > 0)) throw new Error(`ratio denominator must be positive, got ${b}`);
  return a / b;
}

/** Models drawn in the scatter, in legend order; each tier is one point. */
const PRICE_GAP_MODELS: ModelId[] = ['minimax-m25', 'kimi-k25', 'glm-5', 'deepseek-v32', 'claude-opus-46'];

export interface PricePoint {
  /** "<model>/<tier>", unique. */
  key: string;
  modelId: ModelId;
  name: string;
  /** The model's short name where it has one ("M2.5"), else its name. */
  shortName: string;
  /** The price tier's id ("standard", "lightning"): pages name it from their strings (priceGap.tiers). */
  tierId: string;
  /** The tier's name as the maker writes it; empty when the model has a single list price. */
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
        shortName: m.shortName ?? m.name,
        tierId: t.id,
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

/**
 * The score axis: from `below` points under the lowest score to `above` over the highest, in whole points. A
 * scatter's vertical position carries no length, so the axis need not start at zero (it is labelled).
 */
export function scoreDomain(scores: number[], below: number, above: number): [number, number] {
  if (scores.length === 0) throw new Error('score domain needs at least one score');
  return [Math.floor(Math.min(...scores)) - below, Math.ceil(Math.max(...scores)) + above];
}

/** One side of a ratio: the model, its price tier (id, and the maker's name for it; empty for a single list price). */
export interface RatioSide {
  model: string;
  short: string;
  tierId: string;
  tier: string;
  price: number;
  source: string;
}

/**
 * A price tier's name in the page's language: the strings' name for the tier id, the maker's otherwise; empty for a
 * model with a single list price.
 */
export function tierName(tiers: Readonly<Record<string, string>>, id: string, makerLabel: string): string {
  return makerLabel ? (tiers[id] ?? makerLabel) : '';
}

/** One comparison between two list prices, with the inputs kept so the page can show its working. */
export interface PriceRatio {
  key: string;
  label: string;
  /** Which price is compared. */
  mode: PriceMode;
  numerator: RatioSide;
  denominator: RatioSide;
  value: number;
}

function compare(key: string, label: string, mode: PriceMode, a: [ModelId, string], b: [ModelId, string]): PriceRatio {
  const pa = getPrice(a[0], a[1]);
  const pb = getPrice(b[0], b[1]);
  const m = (id: ModelId) => models.find((x) => x.id === id)!;
  const num = {
    model: m(a[0]).name,
    short: m(a[0]).shortName ?? m(a[0]).name,
    tierId: pa.id,
    tier: pa.label,
    price: mode === 'input' ? pa.input : pa.output,
    source: pa.source,
  };
  const den = {
    model: m(b[0]).name,
    short: m(b[0]).shortName ?? m(b[0]).name,
    tierId: pb.id,
    tier: pb.label,
    price: mode === 'input' ? pb.input : pb.output,
    source: pb.source,
  };
  return { key, label, mode, numerator: num, denominator: den, value: ratio(num.price, den.price) };
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
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value)}×`;
}

/** "$0.15": dollars per million tokens, at least two decimals below $10. */
export function formatUsd(value: number, locale = 'en'): string {
  return numberFormat(locale, {
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

/**
 * The scenes a price-gap chart is given, checked: every one a price-gap scene with a valid state. Throws (the
 * build fails) instead of leaving a broken scene out.
 */
export function assertPriceGapScenes(scenes: readonly { id: string; figure: string; state?: unknown }[]): ChartScene<PriceGapState>[] {
  const problems = scenes.flatMap((s) =>
    s.figure !== 'price-gap' ? [`${s.id}: not a price-gap scene`] : validatePriceGapState(s.state).map((p) => `${s.id}: ${p}`),
  );
  if (scenes.length === 0) problems.push('no scenes');
  if (problems.length) throw new Error(`price-gap chart: ${problems.join('; ')}`);
  return scenes as ChartScene<PriceGapState>[];
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

// ---- label placement (narrow plots) -------------------------------------------------------------

/** A label candidate relative to its dot: offset of the text anchor and which end it anchors. */
export interface LabelSpot {
  dx: number;
  dy: number;
  anchor: 'start' | 'end';
}

export interface LabelRequest {
  key: string;
  /** Dot centre in px inside the plot. */
  x: number;
  y: number;
  /** Estimated text width in px. */
  width: number;
  /** Width of a shorter text the label may fall back to when no spot is clear at full width. */
  shortWidth?: number;
  /** Spots to try, best first. */
  spots: LabelSpot[];
}

export interface LabelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Text box of a label whose baseline sits at y + dy (ascent and descent for ~12.5 px text). */
export function labelBox(r: Pick<LabelRequest, 'x' | 'y' | 'width'>, s: LabelSpot): LabelBox {
  const ax = r.x + s.dx;
  const by = r.y + s.dy;
  return { left: s.anchor === 'start' ? ax : ax - r.width, right: s.anchor === 'start' ? ax + r.width : ax, top: by - 10, bottom: by + 3 };
}

function overlapArea(a: LabelBox, b: LabelBox): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Area of `b` outside `bounds`. */
function outside(b: LabelBox, bounds: LabelBox): number {
  const w = b.right - b.left;
  const h = b.bottom - b.top;
  const iw = Math.max(0, Math.min(b.right, bounds.right) - Math.max(b.left, bounds.left));
  const ih = Math.max(0, Math.min(b.bottom, bounds.bottom) - Math.max(b.top, bounds.top));
  return w * h - iw * ih;
}

/** How far a label box cuts into a round dot (0 when it stays clear of it): a hidden dot hides data, so it costs
 * more than the overlap of two labels of a few px. */
function dotOverlap(b: LabelBox, cx: number, cy: number, r: number): number {
  const dx = Math.max(b.left - cx, 0, cx - b.right);
  const dy = Math.max(b.top - cy, 0, cy - b.bottom);
  const d = Math.hypot(dx, dy);
  return d < r ? 300 + 40 * (r - d) : 0;
}

export type PlacedSpot = LabelSpot & { short: boolean };

/**
 * Greedy label placement in the given order: each label takes its first spot that stays inside `bounds` and
 * touches neither a dot (radius `dotR`: every request's dot, and the unlabelled `others`) nor a label already placed; when none is clear
 * it takes the spot with the least overlap (outside the bounds counts double: a clipped label is worse).
 * A label with a `shortWidth` tries the short text only when no spot is clear at full width.
 */
export function placeLabels(
  requests: LabelRequest[],
  bounds: LabelBox,
  dotR = 7,
  others: readonly { x: number; y: number }[] = [],
): { spots: Record<string, PlacedSpot>; cost: number } {
  const dots = [...requests, ...others];
  const placed: LabelBox[] = [];
  const spots: Record<string, PlacedSpot> = {};
  let total = 0;
  for (const r of requests) {
    if (r.spots.length === 0) throw new Error(`label ${r.key} has no spots to try`);
    let best: { spot: LabelSpot; box: LabelBox; cost: number; short: boolean } | null = null;
    const widths: [number, boolean][] =
      r.shortWidth === undefined
        ? [[r.width, false]]
        : [
            [r.width, false],
            [r.shortWidth, true],
          ];
    for (const [width, short] of widths) {
      for (const spot of r.spots) {
        const box = labelBox({ ...r, width }, spot);
        const cost =
          2 * outside(box, bounds) +
          dots.reduce((sum, o) => sum + dotOverlap(box, o.x, o.y, dotR), 0) +
          placed.reduce((sum, o) => sum + overlapArea(box, o), 0);
        if (!best || cost < best.cost) best = { spot, box, cost, short };
        if (cost === 0) break;
      }
      if (best!.cost === 0) break;
    }
    spots[r.key] = { ...best!.spot, short: best!.short };
    placed.push(best!.box);
    total += best!.cost;
  }
  return { spots, cost: total };
}

/** Every order of `items` (for the handful of labels a scatter has). */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((it, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [it, ...rest]));
}

/**
 * Greedy placement tried in every order of the labels (at most 7, so at most 5,040 runs); keeps the first
 * order, starting from the one given, whose total overlap is least. Greedy in one fixed order can corner
 * itself: an early label takes the only spot a later one had.
 */
export function placeLabelsBest(
  requests: LabelRequest[],
  bounds: LabelBox,
  dotR = 7,
  others: readonly { x: number; y: number }[] = [],
): { spots: Record<string, PlacedSpot>; cost: number } {
  if (requests.length > 7) return placeLabels(requests, bounds, dotR, others);
  let best: { spots: Record<string, PlacedSpot>; cost: number } | null = null;
  for (const order of permutations(requests)) {
    const got = placeLabels(order, bounds, dotR, others);
    if (!best || got.cost < best.cost) best = got;
    if (best.cost === 0) break;
  }
  return best!;
}

/** Width of a scatter label at `size` px: the bold name, a space, the regular price (src/lib/textWidth.ts). */
export function pointLabelWidth(name: string, price: string, size = 12.5): number {
  return textWidth(name, size, true) + size * 0.3 + textWidth(price, size);
}
