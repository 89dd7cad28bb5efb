// Power-price logic: every electricity price in US cents/kWh (yuan tariffs converted at the stated
// rate), and the two comparisons the story makes: national averages, and western data-centre tariffs.
import { ARTICLE_POWER_CLAIM, CNY_PER_USD, powerPrices, type PowerPrice } from '../data/electricity';
import type { ChartScene } from '../scenes/types';
import { isConverted, toUsCentsPerKwh } from './currency';
import { numberFormat } from './intl';

export interface PowerRow {
  id: string;
  place?: PowerPrice['place'];
  group: PowerPrice['group'];
  country: PowerPrice['country'];
  sector: PowerPrice['sector'];
  year: number | null;
  /** US cents per kWh. */
  cents: number;
  /** The value as published, for the data table. */
  original: { value: number; unit: PowerPrice['unit'] };
  /** Converted through the exchange rate, or published as an approximation. */
  derived: boolean;
  approx: boolean;
  source: string;
}

function toRow(p: PowerPrice, cnyPerUsd: number = CNY_PER_USD.value): PowerRow {
  return {
    id: p.id,
    place: p.place,
    group: p.group,
    country: p.country,
    sector: p.sector,
    year: p.year,
    cents: toUsCentsPerKwh(p.value, p.unit, cnyPerUsd),
    original: { value: p.value, unit: p.unit },
    derived: isConverted(p.unit),
    approx: p.approx || isConverted(p.unit),
    source: p.source,
  };
}

export function allRows(cnyPerUsd: number = CNY_PER_USD.value): PowerRow[] {
  return powerPrices.map((p) => toRow(p, cnyPerUsd));
}

/** How far `price` is below `reference`, as a fraction (0.4 = 40% cheaper; negative = dearer). */
export function fractionBelow(price: number, reference: number): number {
  if (!(reference > 0)) throw new Error(`reference price must be positive, got ${reference}`);
  return 1 - price / reference;
}

export interface PowerComparison {
  usIndustrial: number;
  cnIndustrial: number;
  /** China's industrial average relative to the US one (negative: China is dearer). */
  averagesBelow: number;
  westernMin: number;
  westernMax: number;
  /** The cheapest western tariff's distance below the US industrial average. */
  westernBelowMax: number;
  /** The dearest western tariff's distance below the US industrial average. */
  westernBelowMin: number;
  /** The article's claim, for reference. */
  claimedBelow: number;
}

export function powerComparison(cnyPerUsd: number = CNY_PER_USD.value): PowerComparison {
  const rows = allRows(cnyPerUsd);
  const us = rows.find((r) => r.id === 'us-industrial')!.cents;
  const cn = rows.find((r) => r.id === 'cn-industrial')!.cents;
  const western = rows.filter((r) => r.group === 'cn-dc-tariff').map((r) => r.cents);
  const wMin = Math.min(...western);
  const wMax = Math.max(...western);
  return {
    usIndustrial: us,
    cnIndustrial: cn,
    averagesBelow: fractionBelow(cn, us),
    westernMin: wMin,
    westernMax: wMax,
    westernBelowMax: fractionBelow(wMin, us),
    westernBelowMin: fractionBelow(wMax, us),
    claimedBelow: ARTICLE_POWER_CLAIM.fractionBelow,
  };
}

/** "8.06¢" with two decimals, for labels and the table. */
export function formatCents(cents: number, locale = 'en', digits = 2): string {
  return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents)}¢`;
}

export function formatPercent(fraction: number, locale = 'en'): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

// ---- scene state --------------------------------------------------------------------------------

export const POWER_GROUPS = ['national-average', 'cn-dc-tariff', 'us-dc-state'] as const;
export type PowerGroup = (typeof POWER_GROUPS)[number];
export const POWER_FOCUS = ['averages', 'western'] as const;
export type PowerFocus = (typeof POWER_FOCUS)[number];

export interface PowerPriceState {
  /** Which comparison the scene makes. */
  focus: PowerFocus;
}

/** What each comparison shows: the groups drawn in full colour, and whether the article's 40% line is drawn. */
export const FOCUS_SHOWS: Readonly<Record<PowerFocus, { emphasis: readonly PowerGroup[]; claimLine: boolean }>> = {
  averages: { emphasis: ['national-average'], claimLine: false },
  western: { emphasis: ['national-average', 'cn-dc-tariff'], claimLine: true },
};

/** One row of the chart: a price, or a US state's industrial and commercial prices side by side. */
export interface PowerChartRow {
  key: string;
  group: PowerGroup;
  bars: PowerRow[];
}

/** The chart's rows by group, in data order; a state's prices share one row. */
export function chartRows(rows: PowerRow[] = allRows()): { group: PowerGroup; rows: PowerChartRow[] }[] {
  return POWER_GROUPS.map((group) => {
    const out: PowerChartRow[] = [];
    for (const r of rows.filter((x) => x.group === group)) {
      const same = r.place ? out.find((o) => o.key === r.place) : undefined;
      if (same) same.bars.push(r);
      else out.push({ key: r.place ?? r.id, group, bars: [r] });
    }
    return { group, rows: out };
  });
}

/**
 * The scenes a power-price chart is given, checked: every one a power-price scene with a valid state. Throws (the
 * build fails) instead of leaving a broken scene out.
 */
export function assertPowerPriceScenes(scenes: readonly { id: string; figure: string; state?: unknown }[]): ChartScene<PowerPriceState>[] {
  const problems = scenes.flatMap((s) =>
    s.figure !== 'power-price' ? [`${s.id}: not a power-price scene`] : validatePowerPriceState(s.state).map((p) => `${s.id}: ${p}`),
  );
  if (scenes.length === 0) problems.push('no scenes');
  if (problems.length) throw new Error(`power-price chart: ${problems.join('; ')}`);
  return scenes as ChartScene<PowerPriceState>[];
}

export function validatePowerPriceState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) return ['power-price state must be an object'];
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  if (s.focus !== 'averages' && s.focus !== 'western') problems.push(`power-price focus must be "averages" or "western", got ${JSON.stringify(s.focus)}`);
  for (const k of Object.keys(s)) if (k !== 'focus') problems.push(`power-price state has unknown key "${k}"`);
  return problems;
}
