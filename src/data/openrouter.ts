// OpenRouter token rankings around February 2026 (facts.md §6). Only published figures: token counts
// are given only for what the sources publish; the rest of the top 10 is "not published individually".
// Derived values carry their formula. Every value names a source id (src/data/sources/openrouter.ts).
// Consumer: the token-share chart.

export type Origin = 'china' | 'us';

export interface TokenValue {
  /** Tokens (not trillions). */
  tokens: number;
  approx?: boolean;
  source: string;
}

export interface NamedLeader {
  rank: number;
  model: string;
  /** The maker's id: pages name it from their strings (tokenShare.makers), as the maker writes itself in that language. */
  makerId: 'minimax' | 'moonshot' | 'zhipu';
  maker: string;
  origin: Origin;
  /** Weekly tokens when published; null when the sources give no individual count. */
  tokens: TokenValue | null;
  /** Week-on-week growth in %, when published. */
  wowPct?: { value: number; source: string };
  /** Source for the model's place in the ranking. */
  rankSource: string;
}

const WEEK = 'openrouter-week-feb-2026-reported';
const ORDER = 'openrouter-week-ranking-article';
const CROSS = 'openrouter-feb-2026-crossover-weeks';

export const T = 1e12;

/** The week the article reports (around 24 Feb 2026): OpenRouter's top 10 models. */
export const reportedWeek = {
  /** The day the sources report the week around (ISO); pages write it in the reader's language (src/lib/dates.ts). */
  reportedAround: '2026-02-24',
  /** How many models the ranking lists. */
  size: 10,
  top10Tokens: { tokens: 8.7 * T, approx: true, source: WEEK } satisfies TokenValue,
  chineseSharePct: { value: 61, source: WEEK },
  /** Chinese models among the top 5 that week (`of`: the 5). */
  chineseInTop5: { value: 4, of: 5, source: WEEK },
  leaders: [
    {
      rank: 1,
      model: 'MiniMax M2.5',
      makerId: 'minimax',
      maker: 'MiniMax',
      origin: 'china',
      tokens: { tokens: 2.45 * T, source: WEEK },
      wowPct: { value: 197, source: WEEK },
      rankSource: ORDER,
    },
    { rank: 2, model: 'Kimi K2.5', makerId: 'moonshot', maker: 'Moonshot AI', origin: 'china', tokens: null, rankSource: ORDER },
    { rank: 3, model: 'GLM-5', makerId: 'zhipu', maker: 'Zhipu / Z.ai', origin: 'china', tokens: null, rankSource: ORDER },
  ] satisfies NamedLeader[] as NamedLeader[],
  /** Ranks 4–10: neither names with counts nor counts are published in the sources. */
  notPublished: { fromRank: 4, toRank: 10 },
} as const;

/** Derived: Chinese tokens in the top 10 = 61% × ~8.7 T (facts.md gives ≈5.3 T). */
export function derivedChineseTop10Tokens(): number {
  return (reportedWeek.chineseSharePct.value / 100) * reportedWeek.top10Tokens.tokens;
}

export interface CrossoverWeek {
  id: 'feb-09-15' | 'feb-16-22';
  /** First and last day of the week, ISO; pages write the week with src/lib/dates.ts ("Feb 9 – 15, 2026"). */
  from: string;
  to: string;
  china: TokenValue;
  us: TokenValue;
}

/** All Chinese vs all US models on OpenRouter, two February weeks (a different definition from the top 10). */
export const crossoverWeeks: CrossoverWeek[] = [
  {
    id: 'feb-09-15',
    from: '2026-02-09',
    to: '2026-02-15',
    china: { tokens: 4.12 * T, source: CROSS },
    us: { tokens: 2.94 * T, source: CROSS },
  },
  {
    id: 'feb-16-22',
    from: '2026-02-16',
    to: '2026-02-22',
    china: { tokens: 5.16 * T, source: CROSS },
    us: { tokens: 2.7 * T, source: CROSS },
  },
];

/** A conflicting late-Feb weekly snapshot (different ordering), kept so the chart can say the week matters. */
export const conflictingSnapshot = {
  /* Another late-February weekly snapshot had M2.5 at about 1.7 T and Gemini 3 Flash and DeepSeek V3.2 ahead of
     Kimi K2.5 and GLM-5 (the token-share table says so in each language). */
  m25Tokens: { tokens: 1.7 * T, approx: true, source: 'openrouter-late-feb-snapshot' } satisfies TokenValue,
  source: 'openrouter-late-feb-snapshot',
} as const;

/**
 * What the rankings count and what they do not, by id and source. The words are each language's: the chart's note
 * (tokenShare.caveats) and /sources/ Methods (sources.methodsOpenRouterCaveats), keyed by these ids:
 *   routed-only    only tokens sent through OpenRouter (prompts, answers, reasoning); private requests left out
 *   tokenizers     each model's own tokenizer counts, so tokens are not strictly comparable
 *   not-users      tokens, not users, spending or quality
 *   byok-cap       daily BYOK tokens capped at twice the non-BYOK tokens for models mostly used with own keys
 *   self-selected  a self-selected sample (direct vendor users, privacy routing, free promotions)
 */
export const rankingCaveats = [
  {
    id: 'routed-only',
    source: 'openrouter-rankings-methodology',
  },
  {
    id: 'tokenizers',
    source: 'openrouter-rankings-methodology',
  },
  {
    id: 'not-users',
    source: 'openrouter-rankings-methodology',
  },
  {
    id: 'byok-cap',
    source: 'openrouter-rankings-methodology',
  },
  {
    id: 'self-selected',
    source: 'openrouter-sample-caveats',
  },
] as const;
