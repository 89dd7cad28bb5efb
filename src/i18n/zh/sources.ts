// Chinese strings of the /sources/ page: headings, table headers, source fields, confidence tags, the area
// titles of the source groups and the Methods prose (see src/i18n/index.ts). Numbers are filled in by the
// page from src/data ({placeholders}); none is typed here. {years} arrives from Intl with its unit ("3年").
import type { Messages } from '../index';

export const sources: Messages['sources'] = {
  pageTitle: '来源与方法 · Tokens Abroad',
  pageDescription: 'Tokens Abroad背后的每一个来源、各自的可信程度、正文中印出的每一个数字，以及地图和图表背后的方法与注意事项。',
  heading: '来源与方法',
  lede: '正文中的每一个数字都来自这里列出的来源。每个来源都带有可信度标签；每个数字都按正文印出的样子列出，并附上它背后的来源和用到它的步骤。我们所依据的那篇文章与证据不一致时，正文会明确指出。',
  tocTitle: '本页内容',
  tocMethods: '方法与注意事项',
  tocConfidence: '可信度标签的含义',
  tocFigures: '正文中的数字',
  tocSources: '全部来源',
  methodsHeading: '方法与注意事项',
  confidenceHeading: '可信度标签的含义',
  figuresHeading: '正文中的数字',
  figuresIntro:
    '正文中的数字都写成对这份清单的引用，在网站构建时才填入，因此没有来源的数字根本无法写进去。年份和日期除外。标有“约”的数字是估算值或经过四舍五入。在窄屏上，表格可以左右滚动。',
  sourcesHeading: '全部来源（{count}）',
  sourcesIntro:
    '按它们所支持的正文部分分组。每个来源都注明发布方，即数字背后的机构或数据集；如果我们是在别人的报告或转载中读到的，“转引自”一栏会注明出处。网址以文本形式给出，便于核对或复制；有些来源是书籍或报纸，没有网址。',
  back: '返回正文',

  // The figures table
  tableCaption: '正文中的数字（{count}个），按首次出现的顺序排列',
  colFigure: '数字',
  colValue: '正文写法',
  colSources: '来源',
  usedIn: '用于：',

  // One source's fields
  fieldPublisher: '发布方',
  fieldVia: '转引自',
  fieldDate: '日期',
  fieldConfidence: '可信度',
  fieldNote: '说明',
  fieldAddress: '网址',
  fieldCitedIn: '引用于',
  fieldId: '编号',

  confidence: {
    verified: '已核实',
    secondary: '经二手来源核实',
    'from-article': '来自文章，未核查',
    unverified: '未经证实',
    derived: '推算（我们的计算）',
  },
  confidenceMeaning: {
    verified: '数字读自发布方自己的文件、数据集或网页。',
    secondary: '数字读自一个注明出处的二手来源（新闻报道、摘要或原文的转载），而不是原始来源本身。新闻报道一律标为此类。',
    'from-article': '数字来自文章，我们没有找到独立的核查依据。本站只把它作为被核查的说法呈现。',
    unverified: '近似值、我们自己的假设，或无法证实的说法（例如论坛评论）。本站会如实标明。',
    derived: '由已核实的输入数据计算得出；公式与数字一并给出。',
  },

  areas: {
    article: '本解读所核查的文章',
    history: '1858年和1866年的大西洋电缆',
    telegraph: '电报的传输时间',
    mining: '中国的比特币挖矿',
    openrouter: 'OpenRouter的Token排行榜与路由',
    models: '模型、价格、基准测试得分与智能体',
    trade: '贸易统计',
    geo: '地点：海缆、数据中心枢纽与中国的电力',
    electricity: '电价',
    energy: '芯片、数据中心与每个Token的能耗',
  },

  // Methods and caveats
  sourceLink: '来源',
  methodsArticleTitle: '文章与证据',
  methodsArticle:
    '本文从一篇文章出发：Black Lobster所写、TechFlow刊发的“Token going abroad: selling China’s electricity to the world”（意即“Token出海：把中国的电卖给全世界”）。我们采用了它的论点，而没有沿用它的数字：每个数字都重新查证过。在电价差距、{ratio17}和{ratio36}这两个价格倍数、Anthropic禁止在第三方工具中使用Claude订阅的日期，以及哪个Claude模型在SWE-bench上得了多少分这几处，文章与证据有出入；正文写明证据所支持的内容，核查框则把两种说法都列出来。',
  methodsComputedTitle: '答案在哪里算出',
  methodsComputed:
    '中国的开放权重模型也由中国境外的公司托管运行，而OpenRouter会把每个请求发给几家托管服务商之一，默认主要依据价格选择。它的排行榜按模型统计Token，而不是按托管服务商或国家统计，我们也没有找到公开的拆分数据，所以“中国”Token中有多少是用中国的电算出来的，并不清楚。地图追踪的是由模型厂商自己在中国的服务器作答的请求，也就是文章描述的情形。',
  methodsShareTitle: '一个Token里有多少是电费',
  methodsShare:
    '按计算器的初始数值，电费占一个GPU小时成本的{share}；其余是芯片价格在其使用寿命内的分摊。建筑、网络、人员和训练都没有计入，若计入，电费所占的比例还会更小。',
  methodsPlacesTitle: '近似的地点',
  methodsPlaces:
    '标记的位置只按大洲的尺度来读。数据中心集群标在代表该集群的城市或县的中心；挖矿省份标在省会；1858年和1866年的电报站、贝德福德斯普林斯（Bedford Springs）和一些水坝标在近似位置。中国城市的坐标可能因来源所用的地图投影而偏移几百米，在这个尺度上看不出来。没有任何来源把某家模型厂商与某个枢纽或发电站联系起来；电力流向显示的是各地区的电源，而不是供电合同。每个地点都注明来源，并说明是否为近似位置。',
  methodsRoutesTitle: '简化的路线与流向',
  methodsRoutes:
    '太平洋海缆画成真实登陆点之间的大圆航线段，在日本分支；它们不是海缆的实测路线，也没有照搬TeleGeography的地图（该图采用CC BY-NC-SA 3.0许可）。1858年的路线是两座电报站之间的大圆航线。代表请求、答案、电力和迁移矿工的移动圆点，表示的是方向和相对强弱，而不是实测流量：没有人公布每条海缆上有多少AI请求经过。',
  methodsOpenRouterTitle: 'OpenRouter是样本，不是整个市场',
  methodsOpenRouterWeek:
    '{date}前后报道的那一周的数字来自新闻报道；我们没有看到OpenRouter当周的页面。所有中国模型和所有美国模型的每周合计来自其他报道，与前十名的数字对不上（它们比前十名中中国模型的份额还小），所以两者一定涵盖不同的周，或统计口径不同；正文把它们分开处理。',
  methodsMiningTitle: '比特币挖矿份额',
  methodsMiningCcaf:
    '这些份额来自剑桥比特币电力消耗指数（Cambridge Bitcoin Electricity Consumption Index），由剑桥大学嘉治商学院剑桥替代金融中心（CCAF）发布。正文和地图上的份额保留一位小数，这已是依据矿池地址得出的估算所能达到的精度。',
  methodsRateTitle: '汇率',
  methodsRate:
    '人民币价格按{rate}兑1美元换算成美元，这是一个近似汇率；换算后的数值是我们的计算，标为推算。中国的几个电价来自不同年份，因此这一比较只具参考意义。',
  methodsEnergyTitle: '一个Token的能耗与成本',
  methodsEnergy:
    '计算器把GPU功率乘以数据中心的额外能耗系数（PUE），再除以每秒Token数。它的初始吞吐量为每秒{tps}个Token，这是我们的假设，不是测量值；各项预设按已公布的测量值选定，测量值连同其设置一并列出。GPU小时的成本拆分，把{price}的购买价格分摊到{years}的全天候使用中：这是一个假设，我们也如实标明。',
  methodsTradeTitle: '贸易统计',
  methodsTrade:
    '服务不经过海关。各国在国际收支中记录服务贸易，数据主要来自企业调查；国际货币基金组织、经合组织、联合国贸发会议和世贸组织合编的数字贸易统计手册指出，这类统计仍不完整。我们没有找到任何关于AI Token贸易的公开数字。',
  methodsOpenRouterCaveats: {
    'routed-only': '只统计经OpenRouter发送的Token（请求、答案和模型的思考过程）；私密请求不计在内。',
    tokenizers: '每个模型用自己的分词器计数，因此不同模型之间的Token并不严格可比。',
    'not-users': '衡量的是Token，而不是用户数、支出或质量。',
    'byok-cap': '对于主要用客户自有密钥调用的模型，每天计入的BYOK Token最多为非BYOK Token的两倍。',
    'self-selected': '它的用户是自我选择的样本：许多美国模型的大用户直接向厂商购买，有些用户为了隐私通过OpenRouter使用中国模型，免费促销也会扭曲排名。',
  },
  methodsCbeci: 'CBECI依据少数合作矿池（占全部算力的{pools}）所见的IP地址来定位矿工；VPN会让结果失真。图表中没有公布数据的月份留空。',
};
