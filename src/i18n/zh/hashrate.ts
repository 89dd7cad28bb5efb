// Chinese UI strings of the hashrate group (see src/i18n/index.ts): where Bitcoin was mined, as CBECI published it.
// Numbers are never written here. A scene's reading names the published values it cites by placeholder
// (shareValues in src/lib/hashrate.ts: {china_sep_2019}, {month_apr_2021}, {xinjiang}, {event_zero}, ...).
// {year_<point>} and {month_<point>} arrive as Intl dates ("2019年", "2021年4月"); {wet_year} and the {year} of
// wetTitle, provincesAria and the table captions arrive as bare numbers, so 年 is written here.
import type { Messages } from '../index';

export const hashrate: Messages['hashrate'] = {
  title: '比特币在哪里挖出：各地占全球算力的份额',
  /** The view buttons' group label (visible on wide screens). */
  controlsLabel: '显示',
  /** Each scene's view button and its one-line reading, by scene id (src/scenes/charts/hashrate.scenes.ts);
      both are filled with shareValues(). */
  scenes: {
    'hashrate-before': {
      view: '{year_sep_2019}',
      reading: '{month_sep_2019}，中国占全球比特币算力的{china_sep_2019}；美国占{us_sep_2019}，哈萨克斯坦占{kazakhstan_sep_2019}。',
    },
    'hashrate-provinces': {
      view: '各省',
      reading:
        '仅新疆一地就平均占全球算力的{xinjiang}（{period_avg_sep_2019_apr_2020}）。{wet_year}年丰水期，' +
        '四川在中国算力中的份额从{sichuan_wet_start}升至{sichuan_wet_peak}。',
    },
    'hashrate-ban': {
      view: '{year_apr_2021}禁令',
      reading:
        '在各省下达关停令、国务院金融稳定发展委员会于{event_state_council}表态之后，中国的份额从{month_apr_2021}的{china_apr_2021}' +
        '跌至{event_zero}的{china_jul_2021}。',
    },
    'hashrate-migration': {
      view: '禁令之后',
      reading: '到{month_jan_2022}，美国占{us_jan_2022}，哈萨克斯坦占{kazakhstan_jan_2022}。中国又回到了{china_jan_2022}，' + '据报道来自地下挖矿。',
    },
  },
  /** Shown over the drawing in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: '固定视图：图表加载完成后，按钮即可使用。',
  approx: '约{value}',

  countries: {
    china: '中国',
    us: '美国',
    kazakhstan: '哈萨克斯坦',
    russia: '俄罗斯',
    canada: '加拿大',
    malaysia: '马来西亚',
    iran: '伊朗',
    ireland: '爱尔兰',
    germany: '德国',
    norway: '挪威',
    unattributed: '无法归属',
  },
  /** Names on the drawing itself (the legend gives the full ones): short where a phone needs it. */
  countriesOnChart: { china: '中国', us: '美国', kazakhstan: '哈萨克斯坦', russia: '俄罗斯', canada: '加拿大' },
  countriesOnNarrowChart: { china: '中国', us: '美国', kazakhstan: '哈国', russia: '俄罗斯', canada: '加拿大' },
  label: '{country}{share}',
  /** What a labelled point means in the story, after its value on the drawing ('China 75.53%: the high'). */
  labelNotes: { peak: '{label}，公布的最高值', exodus: '{label}：矿工撤离', rebound: '{label}：地下挖矿反弹' },
  labelAverage: '{country}平均{share}',
  legendAverage: '{period}平均',
  legendProvinces: '各省占全球算力的份额',
  legendChina: '中国整体份额',
  crackdownBand: '{year}整治',
  timelineAria: '折线图：在CBECI公布的各个数据点上，各国占全球比特币算力的份额，{from}至{to}。{reading}',

  provincesAria: '条形图：{period}期间中国各省占全球比特币算力的平均份额，以及{year}年丰水期四川和新疆的份额变化。{reading}',
  provincesTitle: '占全球算力的份额，{period}平均',
  wetTitle: '{year}年丰水期，占中国算力的份额：○为初期 → ●为高峰（四川上升，新疆下降）',
  wetTitleShort: '{year}年丰水期，占中国算力的份额：○初期 → ●高峰',
  allChina: '中国整体',
  provinces: {
    xinjiang: '新疆',
    sichuan: '四川',
    'inner-mongolia': '内蒙古',
    yunnan: '云南',
    beijing: '北京',
    zhejiang: '浙江',
    shanxi: '山西',
    gansu: '甘肃',
    qinghai: '青海',
    ningxia: '宁夏',
  },

  /** The 2021 crackdown, by event id (src/data/hashrate.ts): a few words for the chart, a sentence for the table. */
  events: {
    'inner-mongolia': { short: '内蒙古对矿工出手', event: '内蒙古着手清理虚拟货币挖矿' },
    'state-council': {
      short: '国务院表态打击',
      event: '国务院金融稳定发展委员会表示要打击比特币挖矿和交易行为',
    },
    'xinjiang-qinghai': { short: '新疆、青海下令', event: '新疆责令部分矿场关停；青海禁止挖矿' },
    yunnan: { short: '云南整治', event: '云南开展整治' },
    sichuan: { short: '四川下令关停', event: '四川要求在{by}前关停{count}个疑似挖矿项目' },
    'hashrate-low': { short: '全网算力探底，{ehs} EH/s', event: '全网算力探底至{ehs} EH/s' },
    zero: { short: '中国为{share}', event: 'CBECI显示中国的份额为{share}' },
    ban: { short: '挖矿被定为非法', event: '虚拟货币相关业务被定为非法；挖矿被列为淘汰类产业' },
  },
  partOfMonth: { early: '{month}初', mid: '{month}中旬', late: '{month}下旬' },
  /** Marks an event whose month is verified but not its day. */
  dayUnverified: '*',
  eventsFoot: '* 月份已核实，具体日期未核实。空白月份：此处没有公布的数据。',
  caveat: 'CBECI依据少数合作矿池（占全部算力的{pools}）所见的IP地址来定位矿工；VPN会让结果失真。此处没有公布数据的月份留空。',
  provincesNote: 'CBECI的各省数据来自同一批矿池数据（浙江的份额被重新分配给邻近省份）。丰水期数据是占中国算力的份额，而不是占全球算力的份额。',
  source: '剑桥替代金融中心，CBECI挖矿地图（公布的数据点为{from}至{to}，依其发布和报道）；整治日期来自路透社、《中国日报》等。',

  table: {
    summary: '数据：公布的数值',
    sharesCaption: '占全球算力的份额（%），CBECI；{missing}表示该数据点未公布',
    missing: '—',
    point: '公布的数据点',
    others: '其他',
    otherShare: '{country}{share}',
    sourceId: '来源编号',
    provincesCaption: '中国各省占全球算力的份额（%），{period}',
    province: '省份',
    share: '份额',
    eachBelow: '均低于{pct}',
    wetCaption: '{year}年丰水期，占中国算力的份额（%）',
    wetStart: '丰水期初',
    wetPeak: '高峰',
    eventsCaption: '中国的整治行动，{year}年',
    date: '日期',
    event: '事件',
    confidence: '可信度',
    verified: '已核实',
    dateUnverified: '事件已核实；具体日期未核实',
  },
};
