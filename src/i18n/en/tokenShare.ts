// English UI strings of the tokenShare group (see src/i18n/index.ts): the token-share chart
// (src/components/charts/token-share/). Every {placeholder} is a number or name the chart formats from
// src/data/openrouter.ts; views are keyed by the scene state's `view`.
export const tokenShare = {
  title: 'Whose models answered: tokens on OpenRouter, February 2026',
  controls: 'Show',
  views: {
    week: {
      button: 'Top-10 week',
      reading:
        'In the week reported around {date}, OpenRouter’s top {size} models processed about {total} trillion tokens; Chinese models took {share}. {leader} alone had {leaderTokens} trillion, up {growth} on the week before.',
      aria: 'Bar chart of one week’s tokens among OpenRouter’s top {size} models: the Chinese share and {leader}’s tokens.',
    },
    crossover: {
      button: 'February weeks',
      reading:
        'Counting all Chinese and all US models, Chinese models passed US ones in the week of {week1} ({cn1} vs {us1} trillion tokens) and pulled further ahead the next week ({cn2} vs {us2}).',
      aria: 'Bar chart of tokens to all Chinese and all US models on OpenRouter in two February 2026 weeks.',
    },
  },
  week: {
    title: 'Top {size} models, week reported around {date}',
    wholeBar: 'Whole bar = ~{total} trillion tokens (reported)',
    chinese: 'Chinese models {share}',
    others: 'Others {share}',
    derived: '≈{tokens} T (derived: {share} × {total} T)',
    leaderAlone: '{leader} alone, same scale',
    leaderValue: '{tokens} T · {growth} week on week',
    leaders: 'Leaders that week (order as the article gives it)',
    leadersShort: 'Leaders that week (the article’s order)',
    leader: '{model} · {maker}',
    countNotPublished: 'count not published',
    ranksNotPublished: '#{ranks}: not published individually',
    inTop: 'Chinese models held {n} of the top {of} places.',
  },
  crossover: {
    title: 'All Chinese vs all US models, tokens per week',
    titleShort: 'All Chinese vs all US models',
    note: 'Trillions of tokens; a wider count than the top-{size} week',
    noteShort: 'Trillions of tokens a week; a wider count than the top-{size} week',
    firstLed: 'first week Chinese models led',
    weekRemark: '{week} · {remark}',
    chinese: 'Chinese',
    us: 'US',
  },
  /** The leaders' makers, by maker id (src/data/openrouter.ts), as each writes its name. */
  makers: { minimax: 'MiniMax', moonshot: 'Moonshot AI', zhipu: 'Zhipu / Z.ai' } as Record<string, string>,
  noteLead: 'What this counts:',
  /** The caveats the chart shows, by id in src/data/openrouter.ts (rankingCaveats). */
  caveats: {
    'routed-only': 'Counts only tokens sent through OpenRouter (prompts, answers and reasoning); private requests are left out.',
    tokenizers: 'Each model’s own tokenizer does the counting, so tokens are not strictly comparable between models.',
    'self-selected':
      'Its users are a self-selected sample: many big users of US models go to the vendors directly, some use Chinese models through OpenRouter for privacy, and free promotions skew the ranks.',
  },
  source:
    'OpenRouter rankings (openrouter.ai/rankings, CC BY 4.0). Top-10 week as reported by WorkOS, Futu and CryptoBriefing (secondary; order of leaders as the article gives it); February weeks as reported by chinaaidaily, greenint and wpnews.',
  table: {
    summary: 'Data: the published values',
    weekCaption: '{week}: OpenRouter top {size} models',
    item: 'Item',
    value: 'Value',
    confidence: 'Confidence',
    sourceId: 'Source id',
    top10Tokens: 'Tokens processed by the top {size}',
    chineseShare: 'Share to Chinese models',
    chineseTokens: 'Tokens to Chinese models ({share} × {total} T)',
    chineseInTop: 'Chinese models in the top {of}',
    leaderRow: '#{rank} {model} ({maker})',
    leaderValue: '{tokens} T, {growth} w/w',
    ranksRow: '#{ranks}',
    notPublishedIndividually: 'not published individually',
    snapshot: 'Another late-Feb snapshot: {model}',
    approx: '~{value}',
    derivedValue: '≈{value}',
    secondary: 'secondary',
    derived: 'derived',
    secondaryRank: 'secondary (rank: from the article)',
    rankOnly: 'rank from the article',
    otherWeek: 'verified (different week)',
    crossoverCaption: 'All Chinese vs all US models on OpenRouter, trillions of tokens per week',
    week: 'Week',
    chinese: 'Chinese models',
    us: 'US models',
    weekLabel: 'Week reported around {date}',
  },
} as const;
