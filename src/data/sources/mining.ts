// Sources for the Bitcoin-mining chapter: CBECI (Cambridge Centre for Alternative Finance) country and
// province shares of hashrate, the Sichuan wet-season swing, and the 2021 crackdown timeline.
// Ids are referenced by src/data/hashrate.ts and by the map's mining layers. Confidence follows facts.md §4.
import type { Source } from '../sources';

export const sources: Source[] = [
  {
    id: 'cbeci-methodology',
    title: 'Cambridge Bitcoin Electricity Consumption Index (CBECI): mining map methodology',
    publisher: 'Cambridge Centre for Alternative Finance (CCAF)',
    url: 'https://github.com/dektox/mining_energy_consumption',
    confidence: 'verified',
    note:
      'Monthly country shares Sep 2019 to Jan 2022, from IP geolocation of hashers on partner pools (BTC.com, Poolin, ViaBTC, later Foundry), ' +
      'which covered about 35-37% of hashrate at first and about 44% by the Aug 2021 update. VPNs and proxies distort the picture. Licence of the data: not verified.',
  },
  {
    id: 'cbeci-sep-2019-apr-2021',
    title: 'CBECI country shares for Sep 2019 and Apr 2021',
    publisher: 'CCAF, as quoted by cryptolaw.one and The Morning Call (mcall.com)',
    confidence: 'verified',
  },
  {
    id: 'cbeci-first-release-2020',
    title: 'CBECI mining map, first release: country and province averages Sep 2019 - Apr 2020',
    publisher: 'CCAF, reported by CoinDesk (7 May 2020), askrypto, fintechzoom and currencytimes',
    date: 'May 2020',
    confidence: 'verified',
  },
  {
    id: 'cbeci-may-2021',
    title: 'CBECI country shares for May 2021',
    publisher: 'CCAF, via chubk',
    confidence: 'verified',
  },
  {
    id: 'cbeci-update-aug-2021',
    title: 'CBECI mining map update with data to Aug 2021 (China at 0% in Jul and Aug 2021)',
    publisher: 'CCAF, reported by Cambridge Judge Business School (FT item), GoBankingRates and chinatechnews',
    date: '2021',
    url: 'https://www.jbs.cam.ac.uk/',
    confidence: 'verified',
    note: 'Russia in Aug 2021 is given as 11.0% in some reports and 11.23% in others; both are shown.',
  },
  {
    id: 'cbeci-sep-2021-rebound',
    title: "China's share rebounds to 22.3% in Sep 2021 (covert mining, partly via overseas proxies)",
    publisher: 'CCAF data, reported by Cointelegraph-derived coverage and Cambridge Judge Business School',
    confidence: 'verified',
  },
  {
    id: 'cbeci-jan-2022',
    title: 'CBECI mining map release of 17 May 2022 (data to Jan 2022)',
    publisher: 'Cambridge Judge Business School / CCAF',
    date: '2022-05-17',
    url: 'https://www.jbs.cam.ac.uk/',
    confidence: 'verified',
    note: 'Also the source of the network hashrate low of 57.47 EH/s on 27 Jun 2021.',
  },
  {
    id: 'ccaf-sichuan-wet-season-2020',
    title: "Sichuan's share of China's hashrate across the 2020 wet season",
    publisher: 'CCAF, quoted on cryptolaw.one',
    date: '2020',
    confidence: 'verified',
    note: "Shares of China's hashrate, not of global hashrate.",
  },
  {
    id: 'inner-mongolia-mining-exit-2021',
    title: 'Inner Mongolia moves to clear out cryptocurrency mining',
    publisher: 'news.bitcoin.com; clublaura',
    date: 'Mar 2021',
    confidence: 'verified',
  },
  {
    id: 'fsdc-crackdown-may-2021',
    title: 'State Council Financial Stability and Development Committee (51st meeting) vows to crack down on Bitcoin mining and trading',
    publisher: 'Reuters; referenced by the Sichuan June 2021 notice',
    date: 'May 2021',
    confidence: 'verified',
    note: 'The meeting is verified; the exact day (21 May) is not, so the site says "May 2021".',
  },
  {
    id: 'xinjiang-qinghai-mining-ban-2021',
    title: 'Xinjiang orders some miners shut; Qinghai bans mining',
    publisher: 'forexlive; clublaura',
    date: '9 Jun 2021',
    confidence: 'verified',
  },
  {
    id: 'yunnan-mining-crackdown-2021',
    title: 'Yunnan cracks down on Bitcoin mining',
    publisher: 'Reuters; clublaura',
    date: 'mid-Jun 2021',
    confidence: 'verified',
  },
  {
    id: 'sichuan-mining-shutdown-2021',
    title: 'Sichuan DRC and Energy Bureau order 26 suspected mining projects shut by 20 Jun 2021',
    publisher: 'Reuters via The Straits Times; chinaeconomicreview; fr24news',
    date: '18 Jun 2021',
    confidence: 'verified',
  },
  {
    id: 'china-crypto-ban-sep-2021',
    title: 'PBoC and other agencies declare crypto business illegal; NDRC and 10 departments (FGYX [2021] No. 1283) list mining for elimination',
    publisher: 'China Daily; chinaiplawyer; Global Times via IANS',
    date: '24 Sep 2021',
    confidence: 'verified',
  },
  {
    id: 'hydro-overcapacity-2016',
    title: 'Hydro over-capacity in Sichuan and Yunnan: 45.6 TWh in 2016',
    publisher: 'Eva Xiao, via financemagnates',
    date: '2016',
    confidence: 'verified',
  },
  {
    id: 'hashrate-china-2015-2016',
    title: 'More than 70% of SHA-256 hashrate estimated to come from China in 2015-16 (before CBECI data)',
    publisher: 'cointrellis; bitcoin.com',
    confidence: 'secondary',
  },
  {
    id: 'hashrate-absolute-jan-2022',
    title: 'Absolute hashrate, Jan 2022: US 71 EH/s, China 39.6 EH/s, Kazakhstan 24.8 EH/s',
    publisher: 'cryptonews.lk',
    date: '2022',
    confidence: 'secondary',
  },
  {
    id: 'hashrate-wet-season-end-2020',
    title: 'About 20-22 EH/s dropped off the network around 25-26 Oct 2020, at the end of the wet season',
    publisher: 'btcexpanse; insidebitcoins',
    date: 'Oct 2020',
    confidence: 'verified',
  },
];
