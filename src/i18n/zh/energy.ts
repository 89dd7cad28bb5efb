// Chinese UI strings of the energy group (see src/i18n/index.ts): the energy-per-token calculator.
// Numbers are never written here: every {placeholder} is filled with a value from src/data, formatted by Intl.
// Years ({year}, {years}) arrive as bare numbers, so 年 is written here; {usd} arrives with its 美元 word.
import type { Messages } from '../index';

export const energy: Messages['energy'] = {
  title: '一个Token里有多少电？',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'energy-calculator': {
      reading: '每个Token的能耗 = GPU功率 × PUE ÷ 每秒Token数。调整设置，看看能耗和电费如何变化。',
    },
    'energy-gpu-hour': {
      reading: '一个GPU小时的成本，是芯片的损耗加上它消耗的电。调整设置，看看哪一项更贵。',
    },
  },
  /** Shown in the server HTML until the calculator has loaded (and for good if its code never does). */
  fixedView: '固定视图：示例计算。计算器加载完成后即可调整设置。',

  /** The results' labels carry the units, so a value never wraps (and the row never changes height). */
  outputs: {
    jPerToken: '每个Token的能耗（焦耳）',
    kwhPerMillion: '每百万Token（千瓦时）',
    usdPerMillion: '每百万Token的电费',
  },
  /** The one polite announcement after the reader stops changing a setting. */
  announce: '每个Token的能耗为{j}焦耳；每百万Token耗电{kwh}千瓦时，电费{usd}。',

  settingsLabel: '计算器设置',
  /** The GPU-hour step (and, on phones, the calculator step) opens on its answer alone; this shows the rest, and back. */
  openFull: '打开完整计算器',
  closeFull: '返回摘要',
  formula: '{watts}瓦 × {pue} ÷ {tps}个Token/秒 = {result}',
  formulaResult: '每个Token {j}焦耳',
  presetsLabel: '预设',
  presets: {
    'small-batched': {
      label: '小模型，充分批处理',
      why:
        '一块H100以{watts}瓦的功率每秒生成{tps}个Token，GPU上每个Token约耗{gpuJ}焦耳，与ML.ENERGY对Llama 3.1 8B在批大小为64时' +
        '测得的数值（{measured}焦耳）相当。PUE为{pue}，是超大规模数据中心的水平（谷歌报告的数值约为{googlePue}）。',
    },
    'large-moe': {
      label: '大型混合专家模型',
      why:
        '批处理规模适中的大模型，落在本站资料表给出的每个Token {range}焦耳区间内：这里每块GPU每秒生成{tps}个Token。' +
        'PUE为{pue}，是为东部算力枢纽设定的上限；每千瓦时{cents}美分，约为中卫的数据中心电价（{yuan}）。',
    },
    'one-at-a-time': {
      label: '一次只处理一个请求',
      why:
        '一次只处理一个请求（批大小为1）时，GPU大部分时间闲置，却仍在耗电：每秒{tps}个Token，每个Token约耗{j}焦耳。' +
        'PUE为{pue}，是Uptime调查得出的行业平均值。我们保留{watts}瓦的功率上限；批大小为1时GPU的实际功耗更低，所以这是偏高的估计。',
    },
  },
  workedExample:
    '示例计算：一块H100以{watts}瓦的功率上限运行，所在建筑的PUE为{pue}（接近{pueAverage}的行业平均值），' +
    '每秒{tps}个Token，电价每千瓦时{cents}美分（约为美国工业平均电价）。',
  ownSettings: '你自己的设置。',

  fields: {
    watts: { label: 'GPU功率（瓦）', hint: 'H100 SXM最高{sxm}瓦；PCIe版{pcie}瓦', valueText: '{value}瓦' },
    pue: { label: 'PUE', hint: '建筑的额外能耗：{none}表示没有；行业平均为{average}', valueText: '{value}' },
    tokensPerSecond: { label: '每块GPU每秒Token数', hint: '同时批处理多个请求可以提高这个数字', valueText: '每秒{value}个Token' },
    centsPerKwh: {
      label: '电价（美分/千瓦时）',
      hint: '美国工业平均{us}美分；中卫约{zhongwei}美分',
      valueText: '每千瓦时{value}美分',
    },
  },
  /** Before each field's hint: its allowed range. */
  fieldRange: '{range}。',
  slider: '{label}，滑块',
  sliderLog: '{label}，滑块（对数）',

  copy: '复制链接',
  copied: '链接已复制。打开它，计算器会带着这些设置。',
  copyBlocked: '浏览器阻止了复制；请复制下面的链接。',
  copyFallback: '这些设置的链接',

  scale: {
    heading: '你的设置与已公布的测量值',
    aria: '每个Token焦耳数的对数刻度。你的设置：{j}焦耳。{measurements}',
    ariaMeasurement: '{label}：{value}焦耳（{setting}）。',
    you: '你的设置{j}焦耳',
    value: '{value}焦耳',
    approx: '约{value}',
    note: '每个Token的焦耳数，对数刻度：每一格是前一格的十倍。',
  },
  queries: {
    heading: '每次典型查询的能耗（Token数未公布，因此无法按Token比较）：',
    value: '{value}瓦时',
  },
  /** The settings behind each published measurement, by measurement id (src/data/energy.ts). */
  measurementSettings: {
    'ml-energy': 'Llama 3.1 8B，单块H100，批大小64（GPU能耗）',
    samsi: 'LLaMA-65B，V100/A100，未经优化',
    google: 'Gemini应用文本提示的中位数，2025年',
    epoch: '典型GPT-4o查询，估算值，2025年',
    openai: 'ChatGPT查询平均值，非正式数据，2025年',
  },

  gpu: {
    heading: '一个GPU小时：芯片贵，还是电贵？',
    aria: '一个GPU小时：硬件折旧{dep}，电费{elec}，电费占总成本的{share}。租用一块H100每小时{rent}。',
    rent: '租金',
    depreciation: '硬件折旧{usd}',
    depreciationNote: '假设：一块H100以{price}购入（Raymond James估算区间{range}的中值），昼夜不停使用{years}年。' + '配套的服务器和建筑不计在内。',
    electricity: '电费{usd}',
    electricityNote: '{watts}瓦 × {pue} = {kwh}千瓦时，每千瓦时{cents}美分。',
    rental: '在交易平台上租用一整块H100一小时：{range}。',
    verdictChip: '电费占这个GPU小时的{share}：芯片比电贵。',
    verdictPower: '电费占这个GPU小时的{share}：在这些设置下，电比芯片贵。',
  },
  week: {
    heading: 'OpenRouter上中国模型的一周',
    body:
      '那一周，在OpenRouter前十名约{total}个Token中，中国模型占{share}，约{chinese}个Token。' +
      '按你的设置，这一周耗电{energy}，相当于持续{mw}兆瓦的功率，电费约{usd}。',
    energy: '{value}兆瓦时',
    caveat: '这个数字把模型成批读取的输入Token与它写出的输出Token混在一起，计算器对两者一视同仁，所以只能当作数量级来看。',
    when: '{date}前后报道的一周',
  },

  sourceLabel: '来源：',
  source:
    'H100规格与价格（英伟达；Raymond James，经TechSpot/Barron’s；交易平台）；PUE来自Uptime Institute、谷歌和《中国日报》；' +
    '测量值来自ML.ENERGY、Samsi等人、谷歌、Epoch AI和OpenAI；OpenRouter排行榜据WorkOS和富途报道；' +
    '电价来自美国能源信息署和《中国日报》。计算和折旧年限由我们设定。',
  allSources: '全部来源',

  table: {
    summary: '数据表',
    caption: '能耗计算器：设置、结果与参考值',
    quantity: '项目',
    value: '数值',
    source: '来源',
    input: '输入值',
    ours: '我们的计算',
    reported: 'OpenRouter，据报道；我们的计算',
    depreciationSource: '假设：{price}，分摊{years}年，全天候使用',
    rows: {
      watts: 'GPU功率（你的设置）',
      pue: 'PUE（你的设置）',
      tokensPerSecond: '每块GPU每秒Token数（你的设置）',
      centsPerKwh: '电价（你的设置）',
      jPerToken: '每个Token的能耗',
      kwhPerMillion: '每百万Token的能耗',
      usdPerMillion: '每百万Token的电费',
      weekTokens: '中国模型的Token，OpenRouter前十名，一周',
      weekEnergy: '按你的设置计算的能耗',
      weekCost: '按你的设置计算的电费',
      gpuDepreciation: 'GPU小时：硬件折旧',
      gpuElectricity: 'GPU小时：电费',
      rental: 'H100租金，每GPU小时',
      price: 'H100价格（Raymond James）',
      marketPrice: 'H100市场价格区间',
      measurement: '{label}：{setting}',
      pue_reference: 'PUE：{label}',
      price_reference: '电价：{label}',
    },
    values: {
      watts: '{value}瓦',
      centsPerKwh: '每千瓦时{value}美分',
      joules: '{value}焦耳',
      kwh: '{value}千瓦时',
      weekTokens: '{tokens}（约{total}中的{share}）',
      weekEnergy: '每周{mwh}兆瓦时（平均{mw}兆瓦）',
      weekCost: '每周{usd}',
      gpuElectricity: '{usd}（{kwh}千瓦时）',
      jPerToken: '每个Token {value}焦耳',
      whPerQuery: '每次查询{value}瓦时',
      about: '约{value}',
    },
  },
  /** Names of the reference points, by id (src/data/energy.ts pueReferences and priceReferences). */
  pueReferences: {
    google: '谷歌数据中心整体',
    zhongwei: '中卫（宁夏）',
    uptime: '行业平均（Uptime调查），{year}年',
    'china-2020': '中国全国平均，{year}年',
  },
  priceReferences: {
    'us-industrial': '美国工业平均电价，{year}年',
    zhongwei: '中卫数据中心电价（{yuan}，按约{rate}兑1美元换算）',
  },
  measurementNames: {
    'ml-energy': 'ML.ENERGY v3.0',
    samsi: 'Samsi等（2023）',
    google: '谷歌',
    epoch: 'Epoch AI',
    openai: 'OpenAI',
  },
};
