// Pure logic for the token-share chart (no DOM): scene state and validation, bar geometry for the
// reported top-10 week and the two February weeks, and token formatting.
import { scaleLinear } from 'd3-scale';
import { crossoverWeeks, derivedChineseTop10Tokens, reportedWeek, T } from '../data/openrouter';

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
  if (!(TOKEN_SHARE_VIEWS as readonly unknown[]).includes(s.view))
    problems.push(`view must be one of ${TOKEN_SHARE_VIEWS.join(', ')}`);
  return problems;
}

/** Trillions with the decimals the source published (2.70 stays "2.70" when digits = 2). */
export function formatTrillions(tokens: number, lang: string, digits: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(tokens / T);
}

export function formatPct(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
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

/**
 * Splits a label into lines of at most `width` px, estimating text width as `charWidth` px per character
 * (SVG text does not wrap by itself). Words are never split; a single word longer than the width gets a
 * line of its own.
 */
export function wrapLines(text: string, width: number, charWidth: number): string[] {
  const max = Math.max(1, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
