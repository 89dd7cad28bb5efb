// English UI strings of the powerPrice group (see src/i18n/index.ts): the power-price chart
// (src/components/charts/power-price/). Every {placeholder} is a number or name the chart formats from
// src/data/electricity.ts; views are keyed by the scene state's `focus`, rows by price id or US state.
export const powerPrice = {
  title: 'What a kilowatt-hour costs, in US cents',
  controls: 'Compare',
  views: {
    averages: {
      button: 'Averages',
      reading:
        'National industrial averages are about the same: China about {cn} per kWh ({cnYear}), the US {us} ({usYear}). On averages, the article’s “{claim} cheaper” does not hold.',
    },
    western: {
      button: 'Western tariffs',
      reading:
        'Western Chinese data-centre tariffs, about {min}–{max}, are {belowMin}–{belowMax} below the US industrial average: the article’s “{claim} cheaper” holds only here.',
    },
  },
  legend: {
    us: 'US industrial average, {value}',
    claim: '{claim} below it, {value} (the article’s claim)',
  },
  groups: {
    'national-average': 'National industrial averages',
    'cn-dc-tariff': 'Western China, data-centre parks',
    'us-dc-state': 'US data-centre states, {year}',
  },
  /** Row names by price id (src/data/electricity.ts). */
  rows: {
    'us-industrial': 'US industrial average',
    'cn-industrial': 'China industrial average',
    'cn-ulanqab': 'Ulanqab, Inner Mongolia',
    'cn-zhongwei': 'Zhongwei, Ningxia',
    'cn-hohhot': 'Hohhot, Inner Mongolia',
  },
  /** Shorter row names for narrow drawings (the full names are in the data table). */
  rowsShort: {
    'us-industrial': 'US average',
    'cn-industrial': 'China average',
    'cn-ulanqab': 'Ulanqab',
    'cn-zhongwei': 'Zhongwei',
    'cn-hohhot': 'Hohhot',
  },
  places: { virginia: 'Virginia', texas: 'Texas', oregon: 'Oregon', california: 'California' },
  rowWithNote: '{label} · {note}',
  sectors: { industrial: 'industrial', commercial: 'commercial', 'data-centre': 'data-centre tariff' },
  sectorsShort: { industrial: 'ind.', commercial: 'com.' },
  /** A place and a customer class: "Virginia, industrial". */
  placeSector: '{place}, {sector}',
  approx: '~{value}',
  withSector: '{value} {sector}',
  aria: {
    chart:
      'Bars of electricity prices in US cents per kWh: national industrial averages, western Chinese data-centre tariffs and US data-centre states; exact values in the data table.',
    converted: '(converted)',
  },
  source:
    'EIA (US average 2023; states, Electric Power Annual 2023), China Briefing (China average 2024), Pandaily, China Daily 2020 and 2015 (tariffs). Yuan converted at about {rate} per US$ (our arithmetic); the years differ. The {claim} is the article’s.',
  table: {
    summary: 'Data table: electricity prices',
    caption: 'Electricity prices as published, and in US cents per kWh (yuan converted at ~{rate} per US$)',
    price: 'Price',
    published: 'As published',
    cents: '¢/kWh',
    year: 'Year',
    notStated: 'not stated',
    publishedValue: '{value} {unit}',
    convertedValue: '{value} (converted)',
    units: { 'usc-per-kwh': '¢/kWh', 'usd-per-kwh': 'US$/kWh', 'cny-per-kwh': '¥/kWh' },
  },
} as const;
