// Portuguese UI strings of the powerPrice group (see src/i18n/index.ts): the power-price chart
// (src/components/charts/power-price/). Every {placeholder} is a number or name the chart formats from
// src/data/electricity.ts; views are keyed by the scene state's `focus`, rows by price id or US state.
import type { Messages } from '../index';

export const powerPrice: Messages['powerPrice'] = {
  title: 'Quanto custa um quilowatt-hora, em centavos de dólar',
  controls: 'Comparar',
  views: {
    averages: {
      button: 'Médias',
      reading:
        'As médias industriais nacionais são quase iguais: cerca de {cn} por kWh na China ({cnYear}) e {us} nos EUA ({usYear}). Pelas médias, a eletricidade “{claim} mais barata” de que fala o artigo não existe.',
    },
    western: {
      button: 'Tarifas do oeste',
      reading:
        'As tarifas para data centers no oeste da China, de cerca de {min} a {max}, ficam {belowMin} a {belowMax} abaixo da média industrial dos EUA: só aqui vale a eletricidade “{claim} mais barata” de que fala o artigo.',
    },
  },
  legend: {
    us: 'Média industrial dos EUA, {value}',
    claim: '{claim} abaixo dela, {value} (a afirmação do artigo)',
  },
  groups: {
    'national-average': 'Médias industriais nacionais',
    'cn-dc-tariff': 'Oeste da China, parques de data centers',
    'us-dc-state': 'Estados americanos com data centers, {year}',
  },
  /** Row names by price id (src/data/electricity.ts). */
  rows: {
    'us-industrial': 'Média industrial dos EUA',
    'cn-industrial': 'Média industrial da China',
    'cn-ulanqab': 'Ulanqab, Mongólia Interior',
    'cn-zhongwei': 'Zhongwei, Ningxia',
    'cn-hohhot': 'Hohhot, Mongólia Interior',
  },
  /** Shorter row names for narrow drawings (the full names are in the data table). */
  rowsShort: {
    'us-industrial': 'Média dos EUA',
    'cn-industrial': 'Média da China',
    'cn-ulanqab': 'Ulanqab',
    'cn-zhongwei': 'Zhongwei',
    'cn-hohhot': 'Hohhot',
  },
  places: { virginia: 'Virgínia', texas: 'Texas', oregon: 'Oregon', california: 'Califórnia' },
  rowWithNote: '{label} · {note}',
  sectors: { industrial: 'industrial', commercial: 'comercial', 'data-centre': 'tarifa para data centers' },
  sectorsShort: { industrial: 'ind.', commercial: 'com.' },
  /** A place and a customer class: "Virginia, industrial". */
  placeSector: '{place}, {sector}',
  approx: '~{value}',
  withSector: '{value} {sector}',
  aria: {
    chart:
      'Barras de preços da eletricidade em centavos de dólar por kWh: médias industriais nacionais, tarifas para data centers no oeste da China e estados americanos com data centers; valores exatos na tabela de dados.',
    converted: '(convertido)',
  },
  source:
    'EIA (média dos EUA em 2023; estados, Electric Power Annual 2023), China Briefing (média da China em 2024), Pandaily, China Daily 2020 e 2015 (tarifas). Yuans convertidos a cerca de {rate} por dólar (conta nossa); os anos diferem. O número de {claim} é do artigo.',
  table: {
    summary: 'Tabela de dados: preços da eletricidade',
    caption: 'Preços da eletricidade como publicados, e em centavos de dólar por kWh (yuans convertidos a ~{rate} por dólar)',
    price: 'Preço',
    published: 'Como publicado',
    cents: '¢/kWh',
    year: 'Ano',
    notStated: 'não informado',
    publishedValue: '{value} {unit}',
    convertedValue: '{value} (convertido)',
    units: { 'usc-per-kwh': '¢/kWh', 'usd-per-kwh': 'US$/kWh', 'cny-per-kwh': '¥/kWh' },
  },
};
