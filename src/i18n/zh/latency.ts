// Chinese UI strings of the latency group (see src/i18n/index.ts): "crossing an ocean", the latency race.
// Numbers are never written here: every {placeholder} is filled with a value from src/data/latency.ts, formatted by Intl.
import type { Messages } from '../index';

export const latency: Messages['latency'] = {
  title: '一条消息横跨大洋要多久？',
  /** The one-line reading under the title, by scene id. */
  scenes: {
    'latency-race': {
      reading: '时间轴为对数刻度：每条网格线都是前一条的许多倍。',
    },
  },
  /** Shown in the server HTML until the chart has loaded (and for good if its code never does). */
  fixedView: '固定视图：所有消息都已送达。图表加载完成后可以重放这场赛跑。',
  how: '消息送达时，它的跑道就到了终点。',
  howShort: '对数时间轴；送达即到终点。',
  race: '重放赛跑',
  racing: '赛跑中……',
  clock: '时钟：{time}',

  rows: {
    ship: {
      title: '乘船：一封信',
      note: '电缆铺通之前，新闻靠蒸汽船横渡大西洋。',
      value: '约{time}',
    },
    'cable-1858': {
      title: '1858年电缆：女王贺电的{words}个单词',
      note: '各方记载不一：{accounts}。',
      value: '约{time}（有争议）',
    },
    'cable-1866': {
      title: '1866年电缆：同样的{words}个单词',
      note: '每分钟{rate}个单词。',
      value: '{time}',
    },
    'pacific-light': {
      title: '今天：从俄勒冈到上海的光',
      note:
        '光在光纤中（约每秒{speed}公里）沿俄勒冈至上海{km}公里的大圆航线，单程需要{oneWay}，往返需要{roundTrip}。' +
        '这只是下限：海缆实际更长，中继器和路由还会增加时间。',
      value: '单程至少{time}',
    },
    'request-today': {
      title: '今天：一次请求，外加{words}个单词的答案',
      note: '海缆上的往返时间，加上模型写答案的时间。答案时间是我们的假设：约{tokens}个Token，' + '每秒{tps}个Token，共{time}；实际的模型和负载各不相同。',
      value: '约{time}',
    },
  },
  /** The other accounts of the 1858 message: its length when it differs from the Queen's, and lower bounds. */
  account: '{time}',
  accountWords: '{words}个单词，用时{time}',
  accountAtLeast: '超过{time}',
  accountsJoin: '；',
  roundTrip: '往返',
  key: '空心标记：其他记载，或行程的一部分（光的单程、往返）。',
  aria: '{rows}。',
  ariaRow: '{title}：{value}',
  ariaJoin: '。',

  sourceLabel: '来源：',
  source:
    '船：横渡时间据海军史作者的记述（二手来源；见来源页）。1858年的电报：亨利·福特博物馆（The Henry Ford），以及Potamian与Walsh合著的' +
    'Telegraph Pioneers（Fordham University Press，1909年）；各方记载不一。1866年的速度：狄金森学院House Divided项目，引自Hearn。' +
    '今天：TeleGeography列出的海缆登陆点之间的大圆航线；光在光纤中的速度由物理决定（c ÷ 约1.47）。答案时间是我们的假设。',
  allSources: '全部来源',

  table: {
    summary: '数据表',
    caption: '横跨大洋的时间：确切数值',
    message: '消息',
    time: '时间',
    seconds: '秒',
    source: '来源',
    ours: '我们的计算',
    assumption: '我们的假设',
    rows: {
      ship: '船',
      cable1858: '1858年电缆，{words}个单词（本文采用的数字）',
      cable1858Other: '1858年电缆，另一种记载：{words}个单词',
      cable1866: '1866年电缆，{words}个单词，每分钟{rate}个单词',
      lightOneWay: '光，单程，{name}（{km}公里）',
      lightRoundTrip: '光，往返，{name}',
      answer: '模型的答案（假设：{tokens}个Token，每秒{tps}个）',
      request: '今天的请求与答案（往返 + 答案）',
    },
    about: '约{value}',
    atLeast: '超过{value}',
    atLeastSeconds: '>{value}',
    cables: {
      tpe: '跨太平洋直达海缆（TPE）',
      ncp: '新跨太平洋海缆（NCP）',
    },
  },
};
