// Portuguese UI strings of the priceGap group (see src/i18n/index.ts): the price-gap chart
// (src/components/charts/price-gap/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; readings are keyed by the scene state's `panel`, buttons by the price `mode`.
import type { Messages } from '../index';

export const priceGap: Messages['priceGap'] = {
  title: 'Preço contra nota em programação',
  controls: 'Preço de',
  modes: { input: 'Tokens de entrada', output: 'Tokens de saída' },
  /** The price named inside a sentence ("Opus’s input price"). */
  modeWord: { input: 'entrada', output: 'saída' },
  /** The price starting a label ("Input, vs M2.5 Lightning"). */
  modeLabel: { input: 'Entrada', output: 'Saída' },
  readings: {
    none: 'O {opus} e o {m25} ficam a menos de um ponto de distância no SWE-bench Verified ({opusScore} contra {m25Score}, segundo os fabricantes), enquanto o preço de {mode} do {opusShort} é {ratio} o do {m25Short} Standard.',
    claim: 'O artigo diz que o Claude Opus custa {claim} o preço do MiniMax M2.5. Pelos preços de tabela, são {ratios}.',
  },
  /** One ratio in the claim reading: "16.7× (input, vs M2.5 Lightning)". */
  readingRatio: '{ratio} ({what})',
  /** A point or a ratio's other side: "M2.5 Lightning". */
  tier: '{model} {tier}',
  ratioVs: '{mode}, contra {model}',
  claim: 'cerca de {ratio}',
  yTitle: 'SWE-bench Verified (segundo os fabricantes)',
  lane: 'Sem nota publicada',
  xTitle: 'US$ por milhão de tokens de {mode}, escala logarítmica: cada linha de grade vale dez vezes a anterior',
  xTitleShort: 'US$ por milhão de tokens de {mode}, escala log.',
  dimension: '{ratio} o preço do {model}',
  ratioHead: 'O número do artigo, {claim} (linha tracejada), ao lado do que dão os preços de tabela:',
  ratioRow: '{what} ({num} ÷ {den})',
  legend: {
    chinese: 'Modelo chinês',
    us: 'Modelo americano',
    unscored: 'sem nota publicada no SWE-bench Verified',
  },
  aria: {
    plot: 'Dispersão do preço de {mode} contra a nota no SWE-bench Verified; valores exatos na tabela de dados.',
    ratios: '{ratios}; o artigo diz {claim}.',
    ratio: '{what}: {ratio}',
  },
  source:
    'preços de tabela e notas no SWE-bench Verified divulgadas por MiniMax, Moonshot AI, Zhipu, DeepSeek e Anthropic, segundo as reportagens (ver Fontes). Razões: conta nossa. A razão de {ratio} é do artigo.',
  table: {
    summary: 'Tabela de dados: preços, notas e razões',
    pricesCaption: 'Preços de tabela (US$ por milhão de tokens) e notas no SWE-bench Verified',
    model: 'Modelo',
    input: 'Entrada',
    output: 'Saída',
    swe: 'SWE-bench Verified',
    noScore: 'sem nota publicada',
    ratiosCaption: 'preço de tabela do {num} ÷ preço de tabela do {den}',
    comparison: 'Comparação',
    calculation: 'Cálculo',
    ratio: 'Razão',
    division: '{num} ÷ {den}',
    article: 'O número do artigo',
    articleCalc: '{num} ÷ {den}, arredondado',
  },
  tiers: {
    standard: 'Standard',
    lightning: 'Lightning',
  },
};
