// English UI strings of the priceGap group (see src/i18n/index.ts): the price-gap chart
// (src/components/charts/price-gap/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; readings are keyed by the scene state's `panel`, buttons by the price `mode`.
export const priceGap = {
  title: 'Price against coding score',
  controls: 'Price of',
  modes: { input: 'Input tokens', output: 'Output tokens' },
  /** The price named inside a sentence ("Opus’s input price"). */
  modeWord: { input: 'input', output: 'output' },
  /** The price starting a label ("Input, vs M2.5 Lightning"). */
  modeLabel: { input: 'Input', output: 'Output' },
  readings: {
    none: '{opus} and {m25} score within a point of each other on SWE-bench Verified ({opusScore} vs {m25Score}, vendor-reported), while {opusShort}’s {mode} price is {ratio} {m25Short} Standard’s.',
    claim: 'The article says Claude Opus costs {claim} as much as MiniMax M2.5. On list prices it is {ratios}.',
  },
  /** One ratio in the claim reading: "16.7× (input, vs M2.5 Lightning)". */
  readingRatio: '{ratio} ({what})',
  /** Price tiers' names by tier id (src/data/models.ts), as the makers write them (MiniMax M2.5 Standard, Lightning). */
  tiers: { standard: 'Standard', lightning: 'Lightning' } as Record<string, string>,
  /** A point or a ratio's other side: "M2.5 Lightning". */
  tier: '{model} {tier}',
  ratioVs: '{mode}, vs {model}',
  claim: 'about {ratio}',
  yTitle: 'SWE-bench Verified (vendor-reported)',
  lane: 'No published score',
  xTitle: 'US$ per million {mode} tokens, log scale: each gridline is ten times the last',
  xTitleShort: 'US$ per million {mode} tokens, log scale',
  dimension: '{ratio} {model}’s price',
  ratioHead: 'The article’s {claim} (dashed line) beside what list prices give:',
  ratioRow: '{what} ({num} ÷ {den})',
  legend: {
    chinese: 'Chinese model',
    us: 'US model',
    unscored: 'no published SWE-bench Verified score',
  },
  aria: {
    plot: 'Scatter of {mode} price against SWE-bench Verified score; exact values in the data table.',
    ratios: '{ratios}; the article says {claim}.',
    ratio: '{what}: {ratio}',
  },
  source:
    'list prices and vendor-reported SWE-bench Verified scores from MiniMax, Moonshot AI, Zhipu, DeepSeek and Anthropic, as reported (see Sources). Ratios: our arithmetic. The {ratio} is the article’s.',
  table: {
    summary: 'Data table: prices, scores and ratios',
    pricesCaption: 'List prices (US$ per million tokens) and SWE-bench Verified scores',
    model: 'Model',
    input: 'Input',
    output: 'Output',
    swe: 'SWE-bench Verified',
    noScore: 'no published score',
    ratiosCaption: '{num} list price ÷ {den} list price',
    comparison: 'Comparison',
    calculation: 'Calculation',
    ratio: 'Ratio',
    division: '{num} ÷ {den}',
    article: 'The article’s figure',
    articleCalc: '{num} ÷ {den}, rounded',
  },
} as const;
