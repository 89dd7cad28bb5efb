// Chinese UI strings of the map group (see src/i18n/index.ts): the legend, notes, labels that are not place
// names, the data table, the source line and the map's text alternative. Place names are data (src/data).
// Placeholders are {name}; numbers arrive already formatted by Intl for the page's language.
import type { Messages } from '../index';

export const map: Messages['map'] = {
  /** Legend: one entry per moving flow. */
  legend: {
    requests: '请求',
    responses: '答案',
    power: '电力（示意）',
    migration: '矿工迁移',
    'message-1858': '1858年的电报（极慢）',
    'message-1866': '1866年的电报',
  },
  /** Notes under the legend while a layer is on. */
  notes: {
    cables: '电缆和海缆的路线经过简化：画成登陆点之间的大圆航线段。',
    power: '从发电站到枢纽的输电路线为示意。',
  },
  /** The opening's one request: its times (the cable's round trip, the answer's writing time, an assumption). */
  journey: '一次请求：经太平洋海缆往返至少{cable}，在中国写出答案约需{answer}。',
  landFailed: '海岸线未能加载；地点和路线仍按比例绘制。',
  /** Map labels that are not place names. */
  labels: {
    cableYear: '{year}年电缆',
    uhvLine: '±{kv}千伏线路',
    /** A province that acted against miners in 2021, with the date it did. */
    crackdown: '{name}，{date}',
    /** Where the 1858 ships met and joined their cable ends. */
    shipsMet: '两船在此会合，{date}',
  },
  /** The "What" and "Value" cells of the data table. */
  rows: {
    cableRoute: '电缆路线',
    cableEnd: '{year}年电缆端点',
    pacificCable: '海缆，{date}投入使用',
    km: '{km}公里',
    landing: '海缆登陆点',
    inlandHub: '内陆海缆枢纽',
    devCity: '开发者城市',
    modelMaker: '模型厂商',
    dcHub: '数据中心集群（{note}）',
    hashrateShare: '占全球算力的份额，2019年9月至2020年4月',
    percent: '{value}%',
    provinceLabel: '{name}{value}',
    miningProvince: '挖矿省份',
    crackdown: '2021年对矿工出手的省份',
    actedOn: '{date}出手',
    minerDestination: '2021年禁令后矿工的去向（示意点）',
    minerOrigin: '矿工的出发地（国家代表点）',
    power: '电源：{kind}；{note}',
    capacity: '{mw}兆瓦',
    capacityPlanned: '规划{mw}兆瓦',
    uhvLine: '特高压直流线路（画为直线）',
    uhvValue: '{mw}兆瓦；{km1}或{km2}公里',
    uhvEnd: '特高压换流站端点',
    country: '国家（着色）',
    highlighted: '突出显示的地点',
  },
  powerKinds: {
    hydro: '水电',
    'wind-solar': '风电和光伏',
    wind: '风电',
    'desert-base': '沙漠基地',
  },
  /** The source line under the map, for the scene on stage. */
  source: {
    one: '来源：{names}',
    many: '来源：{names}',
    more: '来源：{names}及另外{count}项（见地图数据）',
    none: '来源：见来源页',
    /** The source line and the layers' caveats after it are sentences: `end` closes the source line, `join` puts two sentences together. */
    end: '{text}。',
    join: '{a}{b}',
    separator: '；',
    /** Stands for every publisher whose name starts with "Tokens Abroad" (our own fact sheet and arithmetic). */
    ownWork: 'Tokens Abroad（推算或近似位置）',
  },
  table: {
    summary: '地图数据',
    caption: '地图上的地点和路线（≈表示近似位置）',
    name: '名称',
    what: '类别',
    latLon: '纬度，经度',
    value: '数值',
    source: '来源',
    scenes: '出现于',
    approx: '≈{coords}',
    coords: '{lat}，{lon}',
    none: '–',
  },
  /** The map's text alternative, one sentence per scene. */
  describe: {
    sentence: '{region}地图{layers}{highlights}{flows}。',
    layers: '，显示{list}',
    highlights: '；突出显示：{list}',
    flows: '；动态显示：{list}',
    faded: '{layer}（淡化）',
    regions: {
      china: '中国',
      atlantic: '北大西洋',
      pacific: '太平洋',
    },
    layerNames: {
      'cable-1858': '1858年大西洋电缆',
      'cable-1866': '1866年大西洋电缆',
      'pacific-cables': '跨太平洋直达海缆（TPE）和新跨太平洋海缆（NCP）',
      'dev-cities': '开发者城市',
      'model-makers': '中国模型厂商',
      'dc-hubs': '数据中心枢纽',
      'mining-provinces': '比特币挖矿省份',
      'hydro-migration': '矿工在丰水期的迁移',
      'mining-exodus': '矿工撤离中国',
      'power-plants': '发电站',
      'uhv-lines': '昌吉—古泉特高压线路',
    },
    flowNames: {
      requests: '请求',
      responses: '答案',
      power: '电力（示意）',
      migration: '矿工迁移',
      'message-1858': '1858年的电报（极慢）',
      'message-1866': '1866年的电报',
    },
  },
};
