// Sources for the electricity prices in src/data/electricity.ts (fact sheet, section 5).
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'eia-us-industrial-2023',
    title: 'Average US industrial electricity price, 2023',
    publisher: 'US Energy Information Administration (EIA)',
    via: 'Statista summary of EIA data',
    date: '2023',
    confidence: 'verified',
    note: '8.06 US cents per kWh in 2023, down from 8.3 cents in 2022.',
  },
  {
    id: 'eia-state-prices-2023',
    title: 'Electric Power Annual 2023: average price by state and sector',
    publisher: 'US Energy Information Administration (EIA)',
    date: '2023',
    url: 'https://www.eia.gov/electricity/annual/secrev-map.php',
    confidence: 'verified',
  },
  {
    id: 'china-briefing-industrial-power',
    title: "China's industrial power rates",
    publisher: 'China Briefing',
    date: '2024',
    confidence: 'verified',
    note: 'About US$0.088 per kWh in 2024, up from $0.084 in 2019. A year later than the US figure it is compared with.',
  },
  {
    id: 'pandaily-ulanqab-tariff',
    title: 'Data-centre electricity tariff in Ulanqab, Inner Mongolia',
    publisher: 'Pandaily',
    confidence: 'verified',
  },
  {
    id: 'china-daily-zhongwei-2020',
    title: "Zhongwei's 'western cloud base': data-centre electricity tariff",
    publisher: 'China Daily',
    via: 'cccweb.org, which reprints the article',
    date: '2020',
    confidence: 'verified',
  },
  {
    id: 'china-daily-hohhot-2015',
    title: 'Standard data-centre electricity tariff in Hohhot, Inner Mongolia',
    publisher: 'China Daily',
    date: '2015',
    confidence: 'verified',
  },
  {
    id: 'cny-usd-conversion',
    title: 'Yuan tariffs converted to US cents at about ¥7.2 per US dollar',
    publisher: 'Tokens Abroad (our arithmetic)',
    confidence: 'derived',
    note: 'One approximate rate is applied to tariffs from different years (2015–2020s); the converted values are estimates.',
  },
];
