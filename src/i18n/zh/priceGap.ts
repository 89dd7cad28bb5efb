// Chinese UI strings of the priceGap group (see src/i18n/index.ts): the price-gap chart
// (src/components/charts/price-gap/). Every {placeholder} is a number or name the chart formats from
// src/data/models.ts; readings are keyed by the scene state's `panel`, buttons by the price `mode`.
// A {ratio} arrives as "17倍" (AFFIXES in src/lib/figures.ts), so "是…的{ratio}" reads as Chinese does.
import type { Messages } from '../index';

export const priceGap: Messages['priceGap'] = {
  title: '价格与编程得分',
  controls: '价格',
  modes: { input: '输入Token', output: '输出Token' },
  /** The price named inside a sentence ("Opus’s input price"). */
  modeWord: { input: '输入', output: '输出' },
  /** The price starting a label ("Input, vs M2.5 Lightning"). */
  modeLabel: { input: '输入', output: '输出' },
  readings: {
    none: '{opus}和{m25}在SWE-bench Verified上的得分相差不到一分（{opusScore}对{m25Score}，厂商自报），而{opusShort}的{mode}价格是{m25Short} Standard档的{ratio}。',
    claim: '文章说，Claude Opus的价格是MiniMax M2.5的{claim}。按标价计算，则是{ratios}。',
  },
  /** One ratio in the claim reading: "16.7× (input, vs M2.5 Lightning)". */
  readingRatio: '{ratio}（{what}）',
  /** A point or a ratio's other side: "M2.5 Lightning". */
  tier: '{model} {tier}档',
  ratioVs: '{mode}，对比{model}',
  claim: '约{ratio}',
  yTitle: 'SWE-bench Verified得分（厂商自报）',
  lane: '无公布得分',
  xTitle: '每百万{mode}Token的价格（美元），对数刻度：每条网格线是前一条的十倍',
  xTitleShort: '每百万{mode}Token的价格（美元），对数刻度',
  dimension: '{model}价格的{ratio}',
  ratioHead: '文章的{claim}（虚线）与按标价算出的结果：',
  ratioRow: '{what}（{num} ÷ {den}）',
  legend: {
    chinese: '中国模型',
    us: '美国模型',
    unscored: '无公布的SWE-bench Verified得分',
  },
  aria: {
    plot: '散点图：{mode}价格与SWE-bench Verified得分；确切数值见数据表。',
    ratios: '{ratios}；文章的说法是{claim}。',
    ratio: '{what}：{ratio}',
  },
  source:
    '标价和厂商自报的SWE-bench Verified得分来自MiniMax、Moonshot AI、智谱、DeepSeek和Anthropic，据报道整理（见来源页）。比值为我们的计算。{ratio}是文章的数字。',
  table: {
    summary: '数据表：价格、得分与比值',
    pricesCaption: '标价（每百万Token，美元）与SWE-bench Verified得分',
    model: '模型',
    input: '输入',
    output: '输出',
    swe: 'SWE-bench Verified',
    noScore: '无公布得分',
    ratiosCaption: '{num}标价 ÷ {den}标价',
    comparison: '比较',
    calculation: '算式',
    ratio: '比值',
    division: '{num} ÷ {den}',
    article: '文章的数字',
    articleCalc: '{num} ÷ {den}，四舍五入',
  },
  tiers: {
    standard: 'Standard',
    lightning: 'Lightning',
  },
};
