// Pure logic for the token-share chart (no DOM): scene state and validation, bar geometry for the
// reported top-10 week and the two February weeks, and the formats of tokens, shares, dates and ranks.
import { scaleLinear } from 'd3-scale';
import { crossoverWeeks, derivedChineseTop10Tokens, reportedWeek, T } from '../data/openrouter';
import type { ChartScene } from '../scenes/types';
import { formatDay as day, formatDayRange } from './dates';
import { numberFormat } from './intl';

export const TOKEN_SHARE_VIEWS = ['week', 'crossover'] as const;
export type TokenShareView = (typeof TOKEN_SHARE_VIEWS)[number];

/** The state a token-share scene carries (src/scenes/charts/token-share.scenes.ts). */
export interface TokenShareState {
  view: TokenShareView;
}

export function validateTokenShareState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) return ['state is not an object'];
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  for (const k of Object.keys(s)) if (k !== 'view') problems.push(`unknown key "${k}"`);
  if (!(TOKEN_SHARE_VIEWS as readonly unknown[]).includes(s.view)) problems.push(`view must be one of ${TOKEN_SHARE_VIEWS.join(', ')}`);
  return problems;
}

/**
 * The scenes a token-share chart is given, checked: every one must be a token-share scene with a valid state.
 * Throws (so the build fails) instead of leaving a broken scene out.
 */
export function assertTokenShareScenes(scenes: readonly { id: string; figure: string; state?: unknown }[]): ChartScene<TokenShareState>[] {
  const problems = scenes.flatMap((s) =>
    s.figure !== 'token-share' ? [`${s.id}: not a token-share scene`] : validateTokenShareState(s.state).map((p) => `${s.id}: ${p}`),
  );
  if (scenes.length === 0) problems.push('no scenes');
  if (problems.length) throw new Error(`token-share chart: ${problems.join('; ')}`);
  return scenes as ChartScene<TokenShareState>[];
}

/** Trillions with the decimals the source published (2.70 stays "2.70" when digits = 2). */
export function formatTrillions(tokens: number, lang: string, digits: number): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(tokens / T);
}

export function formatPct(value: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/**
 * The reported week on one scale (0 .. the ~8.7 T top-10 total): the Chinese share of the total, the
 * rest, and MiniMax M2.5 alone. Widths are in px for a plot `width` wide.
 */
export function weekBars(width: number) {
  const total = reportedWeek.top10Tokens.tokens;
  const x = scaleLinear().domain([0, total]).range([0, width]);
  const chinese = derivedChineseTop10Tokens();
  const m25 = reportedWeek.leaders[0].tokens!.tokens;
  return {
    total: { tokens: total, w: x(total) },
    chinese: { tokens: chinese, w: x(chinese) },
    other: { tokens: total - chinese, x: x(chinese), w: x(total) - x(chinese) },
    m25: { tokens: m25, w: x(m25) },
  };
}

/** Grouped bars for the two February weeks, on a shared scale with "nice" ticks. */
export function crossoverBars(width: number, tickCount: number) {
  const max = Math.max(...crossoverWeeks.flatMap((w) => [w.china.tokens, w.us.tokens]));
  const x = scaleLinear().domain([0, max]).nice(tickCount).range([0, width]);
  return {
    ticks: x.ticks(tickCount).map((t) => ({ value: t, x: x(t) })),
    weeks: crossoverWeeks.map((w) => ({
      ...w,
      chinaW: x(w.china.tokens),
      usW: x(w.us.tokens),
      ratio: w.china.tokens / w.us.tokens,
    })),
  };
}

/** "+197%": a week-on-week change with its sign. */
export function formatGrowth(value: number, lang: string): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value / 100);
}

/** A day given as an ISO date, in the reader's language ("February 24, 2026"; month 'short': "Feb 24, 2026"). */
export function formatDay(iso: string, lang: string, month: 'long' | 'short' = 'long'): string {
  return day(iso, lang, month);
}

/** A week as a range of ISO dates, in the reader's language ("Feb 9 – 15, 2026"). */
export function formatWeek(from: string, to: string, lang: string): string {
  return formatDayRange(from, to, lang);
}

/** A range of ranks ("4–10"). */
export function formatRanks(from: number, to: number, lang: string): string {
  return numberFormat(lang).formatRange(from, to);
}
