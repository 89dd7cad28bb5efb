// Chinese UI strings of the powerPrice group (see src/i18n/index.ts): the power-price chart
// (src/components/charts/power-price/). Every {placeholder} is a number or name the chart formats from
// src/data/electricity.ts; views are keyed by the scene state's `focus`, rows by price id or US state.
// Years ({cnYear}, {usYear}, {year}) arrive as bare numbers, so 年 is written here; a yuan value arrives with
// its ¥ sign, so its unit below is "/千瓦时" alone.
import type { Messages } from '../index';

export const powerPrice: Messages['powerPrice'] = {
  title: '一千瓦时电要多少钱（美分）',
  controls: '比较',
  views: {
    averages: {
      button: '全国平均',
      reading:
        '两国的全国工业平均电价相差无几：中国约为每千瓦时{cn}（{cnYear}年），美国为{us}（{usYear}年）。按平均电价比较，文章所说的“便宜{claim}”并不成立。',
    },
    western: {
      button: '西部电价',
      reading: '中国西部数据中心的电价约为{min}–{max}，比美国工业平均电价低{belowMin}–{belowMax}：文章所说的“便宜{claim}”只在这里成立。',
    },
  },
  legend: {
    us: '美国工业平均电价，{value}',
    claim: '比它低{claim}，{value}（文章的说法）',
  },
  groups: {
    'national-average': '全国工业平均电价',
    'cn-dc-tariff': '中国西部，数据中心园区',
    'us-dc-state': '美国数据中心集中的州，{year}年',
  },
  /** Row names by price id (src/data/electricity.ts). */
  rows: {
    'us-industrial': '美国工业平均电价',
    'cn-industrial': '中国工业平均电价',
    'cn-ulanqab': '乌兰察布（内蒙古）',
    'cn-zhongwei': '中卫（宁夏）',
    'cn-hohhot': '呼和浩特（内蒙古）',
  },
  /** Shorter row names for narrow drawings (the full names are in the data table). */
  rowsShort: {
    'us-industrial': '美国平均',
    'cn-industrial': '中国平均',
    'cn-ulanqab': '乌兰察布',
    'cn-zhongwei': '中卫',
    'cn-hohhot': '呼和浩特',
  },
  places: { virginia: '弗吉尼亚州', texas: '得克萨斯州', oregon: '俄勒冈州', california: '加利福尼亚州' },
  rowWithNote: '{label} · {note}',
  sectors: { industrial: '工业', commercial: '商业', 'data-centre': '数据中心电价' },
  sectorsShort: { industrial: '工业', commercial: '商业' },
  /** A place and a customer class: "Virginia, industrial". */
  placeSector: '{place}，{sector}',
  approx: '约{value}',
  withSector: '{value}（{sector}）',
  aria: {
    chart: '条形图：以每千瓦时美分计的电价，包括全国工业平均电价、中国西部数据中心电价和美国数据中心集中的州；确切数值见数据表。',
    converted: '（换算）',
  },
  source:
    '美国能源信息署（美国平均电价为2023年；各州数据出自Electric Power Annual 2023）、China Briefing（中国平均电价为2024年）、Pandaily、《中国日报》2020年和2015年的报道（电价）。人民币按约{rate}兑1美元换算（我们的计算）；各数据年份不同。{claim}是文章的数字。',
  table: {
    summary: '数据表：电价',
    caption: '公布的电价，以及换算成每千瓦时美分的数值（人民币按约{rate}兑1美元换算）',
    price: '电价',
    published: '公布值',
    cents: '美分/千瓦时',
    year: '年份',
    notStated: '未注明',
    publishedValue: '{value}{unit}',
    convertedValue: '{value}（换算）',
    units: { 'usc-per-kwh': '美分/千瓦时', 'usd-per-kwh': '美元/千瓦时', 'cny-per-kwh': '/千瓦时' },
  },
};
