// Chinese UI strings of the tokenShare group (see src/i18n/index.ts): the token-share chart
// (src/components/charts/token-share/). Every {placeholder} is a number or name the chart formats from
// src/data/openrouter.ts; views are keyed by the scene state's `view`.
import type { Messages } from '../index';

export const tokenShare: Messages['tokenShare'] = {
  title: '谁的模型在作答：OpenRouter上的Token，2026年2月',
  controls: '显示',
  views: {
    week: {
      button: '前十名的一周',
      reading:
        '在{date}前后报道的那一周，OpenRouter排名前{size}的模型共处理了约{total}万亿个Token，其中中国模型占{share}。仅{leader}一家就有{leaderTokens}万亿个，比前一周增长{growth}。',
      aria: '条形图：一周内OpenRouter排名前{size}的模型处理的Token，显示中国模型的份额和{leader}的Token数。',
    },
    crossover: {
      button: '2月的两周',
      reading:
        '把所有中国模型和所有美国模型分别合计，中国模型在{week1}那一周超过了美国模型（{cn1}万亿对{us1}万亿个Token），下一周差距进一步拉大（{cn2}万亿对{us2}万亿）。',
      aria: '条形图：2026年2月的两周里，OpenRouter上所有中国模型和所有美国模型处理的Token。',
    },
  },
  week: {
    title: '排名前{size}的模型，{date}前后报道的一周',
    wholeBar: '整条 = 约{total}万亿个Token（据报道）',
    chinese: '中国模型{share}',
    others: '其他{share}',
    derived: '≈{tokens}万亿（推算：{share} × {total}万亿）',
    leaderAlone: '仅{leader}一家，同一比例尺',
    leaderValue: '{tokens}万亿 · 周环比{growth}',
    leaders: '当周领先的模型（按文章给出的顺序）',
    leadersShort: '当周领先的模型（文章的顺序）',
    leader: '{model} · {maker}',
    countNotPublished: '数量未公布',
    ranksNotPublished: '第{ranks}名：未单独公布',
    inTop: '在前{of}名中，中国模型占了{n}席。',
  },
  crossover: {
    title: '所有中国模型与所有美国模型，每周Token数',
    titleShort: '所有中国模型与所有美国模型',
    note: '单位为万亿Token；统计范围比前{size}名那一周更宽',
    noteShort: '每周万亿Token；统计范围比前{size}名那一周更宽',
    firstLed: '中国模型首次领先的一周',
    weekRemark: '{week} · {remark}',
    chinese: '中国',
    us: '美国',
  },
  noteLead: '统计口径：',
  /** The caveats the chart shows, by id in src/data/openrouter.ts (rankingCaveats). */
  caveats: {
    'routed-only': '只统计经OpenRouter发送的Token（请求、答案和模型的思考过程）；私密请求不计在内。',
    tokenizers: '每个模型用自己的分词器计数，因此不同模型之间的Token并不严格可比。',
    'self-selected': '它的用户是自我选择的样本：许多美国模型的大用户直接向厂商购买，有些用户为了隐私通过OpenRouter使用中国模型，免费促销也会扭曲排名。',
  },
  source:
    'OpenRouter排行榜（openrouter.ai/rankings，CC BY 4.0）。前十名那一周的数据据WorkOS、富途和CryptoBriefing报道（二手来源；领先模型的顺序按文章给出）；2月各周的数据据chinaaidaily、greenint和wpnews报道。',
  table: {
    summary: '数据：公布的数值',
    weekCaption: '{week}：OpenRouter排名前{size}的模型',
    item: '项目',
    value: '数值',
    confidence: '可信度',
    sourceId: '来源编号',
    top10Tokens: '前{size}名处理的Token',
    chineseShare: '中国模型所占份额',
    chineseTokens: '中国模型的Token（{share} × {total}万亿）',
    chineseInTop: '前{of}名中的中国模型',
    leaderRow: '第{rank}名：{model}（{maker}）',
    leaderValue: '{tokens}万亿，周环比{growth}',
    ranksRow: '第{ranks}名',
    notPublishedIndividually: '未单独公布',
    snapshot: '2月下旬的另一份榜单：{model}',
    approx: '约{value}',
    derivedValue: '≈{value}',
    secondary: '二手来源',
    derived: '推算',
    secondaryRank: '二手来源（排名来自文章）',
    rankOnly: '排名来自文章',
    otherWeek: '已核实（另一周）',
    crossoverCaption: 'OpenRouter上所有中国模型与所有美国模型，每周万亿Token',
    week: '周',
    chinese: '中国模型',
    us: '美国模型',
    weekLabel: '{date}前后报道的一周',
  },
  makers: {
    minimax: 'MiniMax',
    moonshot: '月之暗面',
    zhipu: '智谱',
  },
};
