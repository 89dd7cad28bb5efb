// Every point the world map can mark, with where its coordinates come from (fact sheet sections 1-4).
// `approx: true` means the position stands for a place (a city centre for a company, a country point
// for miners' destinations) or is itself unverified; the map's data table says so.
// Mining provinces are keyed by the ids of `provinceShares` in src/data/hashrate.ts, which owns the shares.

export type PlaceKind = 'dev-city' | 'model-maker' | 'dc-hub' | 'province' | 'landing' | 'inland-hub' | 'telegraph' | 'uhv-end' | 'country';

export interface Place {
  id: string;
  /** Full label, shown on wide screens and in the data table. */
  name: string;
  /** Short label for narrow screens (defaults to name). */
  short?: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** True when the position is approximate or stands in for a wider area. */
  approx: boolean;
  /** What happens here, in a few words (data table). */
  note?: string;
  /** ISO 3166 numeric code, for countries the map can shade (world-atlas ids). */
  iso?: string;
  source: string;
}

const CITY = 'world-city-centres-approx';
const CN = 'cn-city-coordinates';
const TG = 'telegeography-cable-map-2021';
const EDWC = 'east-data-west-computing-2022';

export const devCities: Place[] = [
  { id: 'san-francisco', name: 'San Francisco', short: 'SF', kind: 'dev-city', lat: 37.77, lon: -122.42, approx: true, source: CITY },
  { id: 'seattle', name: 'Seattle', kind: 'dev-city', lat: 47.61, lon: -122.33, approx: true, source: CITY },
  { id: 'new-york', name: 'New York', short: 'NYC', kind: 'dev-city', lat: 40.71, lon: -74.01, approx: true, source: CITY },
  { id: 'london', name: 'London', kind: 'dev-city', lat: 51.51, lon: -0.13, approx: true, source: CITY },
  { id: 'berlin', name: 'Berlin', kind: 'dev-city', lat: 52.52, lon: 13.4, approx: true, source: CITY },
  { id: 'bangalore', name: 'Bangalore', short: 'Bangalore', kind: 'dev-city', lat: 12.97, lon: 77.59, approx: true, source: CITY },
  { id: 'singapore', name: 'Singapore', kind: 'dev-city', lat: 1.35, lon: 103.82, approx: true, source: CITY },
  { id: 'sao-paulo', name: 'São Paulo', kind: 'dev-city', lat: -23.55, lon: -46.63, approx: true, source: CITY },
];

export const modelMakers: Place[] = [
  { id: 'minimax-shanghai', name: 'Shanghai · MiniMax', short: 'Shanghai', kind: 'model-maker', lat: 31.23, lon: 121.47, approx: true, note: 'MiniMax headquarters (city centre shown)', source: 'scmp-ai-lab-headquarters' },
  {
    id: 'moonshot-zhipu-beijing',
    name: 'Beijing · Moonshot, Zhipu',
    short: 'Beijing',
    kind: 'model-maker',
    lat: 39.9,
    lon: 116.4,
    approx: true,
    note: 'Moonshot headquarters; Zhipu also in Beijing (unverified here)',
    source: 'scmp-ai-lab-headquarters',
  },
  { id: 'deepseek-hangzhou', name: 'Hangzhou · DeepSeek', short: 'Hangzhou', kind: 'model-maker', lat: 30.28, lon: 120.15, approx: true, note: 'DeepSeek headquarters (city centre shown)', source: 'scmp-ai-lab-headquarters' },
];

/** The ten national data-centre clusters of "East Data, West Computing", each at a representative town. */
export const dcHubs: Place[] = [
  { id: 'hub-zhangjiakou', name: 'Zhangjiakou', kind: 'dc-hub', lat: 40.82, lon: 114.88, approx: true, note: 'Beijing-Tianjin-Hebei hub', source: EDWC },
  { id: 'hub-yrd-demo-zone', name: 'YRD demo zone (Qingpu)', short: 'Qingpu', kind: 'dc-hub', lat: 31.15, lon: 121.12, approx: true, note: 'Yangtze River Delta hub', source: EDWC },
  { id: 'hub-wuhu', name: 'Wuhu', kind: 'dc-hub', lat: 31.37, lon: 118.38, approx: true, note: 'Yangtze River Delta hub', source: EDWC },
  { id: 'hub-shaoguan', name: 'Shaoguan', kind: 'dc-hub', lat: 24.82, lon: 113.6, approx: true, note: 'Guangdong-Hong Kong-Macao hub', source: EDWC },
  { id: 'hub-tianfu', name: 'Tianfu (Chengdu)', short: 'Chengdu', kind: 'dc-hub', lat: 30.67, lon: 104.07, approx: true, note: 'Chengdu-Chongqing hub', source: EDWC },
  { id: 'hub-chongqing', name: 'Chongqing', kind: 'dc-hub', lat: 29.57, lon: 106.55, approx: true, note: 'Chengdu-Chongqing hub', source: EDWC },
  { id: 'hub-horinger', name: 'Horinger (Hohhot)', short: 'Horinger', kind: 'dc-hub', lat: 40.38, lon: 111.82, approx: true, note: 'Inner Mongolia hub', source: EDWC },
  { id: 'hub-guian', name: "Gui'an (Guiyang)", short: "Gui'an", kind: 'dc-hub', lat: 26.55, lon: 106.47, approx: true, note: 'Guizhou hub; position approximate', source: EDWC },
  { id: 'hub-qingyang', name: 'Qingyang', kind: 'dc-hub', lat: 35.73, lon: 107.63, approx: true, note: 'Gansu hub', source: EDWC },
  { id: 'hub-zhongwei', name: 'Zhongwei', kind: 'dc-hub', lat: 37.52, lon: 105.18, approx: true, note: 'Ningxia hub', source: EDWC },
];

/** Mining provinces at their capitals; ids match provinceShares in src/data/hashrate.ts. */
export const provinceCapitals: Place[] = [
  { id: 'xinjiang', name: 'Xinjiang', kind: 'province', lat: 43.82, lon: 87.62, approx: true, note: 'marked at Urumqi', source: CN },
  { id: 'sichuan', name: 'Sichuan', kind: 'province', lat: 30.67, lon: 104.07, approx: true, note: 'marked at Chengdu', source: CN },
  { id: 'inner-mongolia', name: 'Inner Mongolia', short: 'Inner Mong.', kind: 'province', lat: 40.83, lon: 111.73, approx: true, note: 'marked at Hohhot', source: CN },
  { id: 'yunnan', name: 'Yunnan', kind: 'province', lat: 25.05, lon: 102.71, approx: true, note: 'marked at Kunming', source: CN },
  { id: 'beijing', name: 'Beijing', kind: 'province', lat: 39.9, lon: 116.4, approx: true, note: 'marked at the city centre', source: CN },
  // No published hashrate share of its own (below 1%), but it banned mining in June 2021.
  { id: 'qinghai', name: 'Qinghai', kind: 'province', lat: 36.62, lon: 101.78, approx: true, note: 'marked at Xining', source: CN },
];

/**
 * The provinces that acted against miners in 2021, in the order they did: each with its Natural Earth admin-1
 * code (public/data/china-provinces.json) and the id of its event in src/data/hashrate.ts (crackdownEvents),
 * which owns the dates and their sources.
 */
export const crackdownProvinces = [
  { id: 'inner-mongolia', admin1: 'CN.NM', event: 'inner-mongolia' },
  { id: 'xinjiang', admin1: 'CN.XJ', event: 'xinjiang-qinghai' },
  { id: 'qinghai', admin1: 'CN.QH', event: 'xinjiang-qinghai' },
  { id: 'yunnan', admin1: 'CN.YN', event: 'yunnan' },
  { id: 'sichuan', admin1: 'CN.SC', event: 'sichuan' },
] as const;

export const cableLandings: Place[] = [
  { id: 'chongming', name: 'Chongming, Shanghai', short: 'Chongming', kind: 'landing', lat: 31.619883, lon: 121.395203, approx: false, source: TG },
  { id: 'nanhui', name: 'Nanhui, Shanghai', short: 'Nanhui', kind: 'landing', lat: 30.864714, lon: 121.925069, approx: false, source: TG },
  { id: 'lingang', name: 'Lingang, Shanghai', short: 'Lingang', kind: 'landing', lat: 30.935662, lon: 121.896082, approx: false, note: 'terrestrial link', source: TG },
  { id: 'qingdao', name: 'Qingdao', kind: 'landing', lat: 36.087073, lon: 120.342567, approx: false, source: TG },
  { id: 'nedonna-beach', name: 'Nedonna Beach, OR', short: 'Nedonna B.', kind: 'landing', lat: 45.643734, lon: -123.940072, approx: false, source: TG },
  { id: 'pacific-city', name: 'Pacific City, OR', short: 'Pacific City', kind: 'landing', lat: 45.201925, lon: -123.962631, approx: false, source: TG },
  { id: 'maruyama', name: 'Maruyama, Japan', short: 'Maruyama', kind: 'landing', lat: 35.037519, lon: 139.816967, approx: false, source: TG },
  { id: 'geoje', name: 'Geoje, S. Korea', short: 'Geoje', kind: 'landing', lat: 34.894322, lon: 128.621167, approx: false, source: TG },
  { id: 'busan', name: 'Busan, S. Korea', short: 'Busan', kind: 'landing', lat: 35.170142, lon: 128.999299, approx: false, source: TG },
  { id: 'tanshui', name: 'Tanshui, Taiwan', short: 'Tanshui', kind: 'landing', lat: 25.181361, lon: 121.462586, approx: false, source: TG },
  { id: 'toucheng', name: 'Toucheng, Taiwan', short: 'Toucheng', kind: 'landing', lat: 24.863593, lon: 121.801453, approx: false, source: TG },
  { id: 'hillsboro', name: 'Hillsboro, OR', short: 'Hillsboro', kind: 'inland-hub', lat: 45.52, lon: -122.99, approx: true, note: 'inland cable hub', source: 'hillsboro-tpe-hub' },
];

export const telegraphStations: Place[] = [
  { id: 'knightstown', name: 'Valentia (Knightstown)', short: 'Valentia', kind: 'telegraph', lat: 51.93, lon: -10.29, approx: true, note: '1858 telegraph house', source: 'atlantic-cable-landings-approx' },
  { id: 'foilhommerum', name: 'Foilhommerum Bay, Valentia', short: 'Foilhommerum', kind: 'telegraph', lat: 51.88, lon: -10.37, approx: true, note: '1865/66 shore end', source: 'atlantic-cable-landings-approx' },
  { id: 'bull-arm', name: 'Bull Arm, Trinity Bay', short: 'Bull Arm', kind: 'telegraph', lat: 47.85, lon: -53.9, approx: true, note: '1858 telegraph house', source: 'atlantic-cable-landings-approx' },
  { id: 'hearts-content', name: "Heart's Content", kind: 'telegraph', lat: 47.8725, lon: -53.3686, approx: false, note: '1866 cable station', source: 'hearts-content-station' },
];

export const uhvEnds: Place[] = [
  { id: 'changji', name: 'Changji (Xinjiang)', short: 'Changji', kind: 'uhv-end', lat: 44.02, lon: 87.3, approx: true, note: 'converter station position unverified; prefecture seat shown', source: CN },
  { id: 'xuancheng', name: 'Guquan (Xuancheng, Anhui)', short: 'Guquan', kind: 'uhv-end', lat: 30.95, lon: 118.75, approx: true, note: 'city centre shown', source: CN },
];

/** Symbolic points inside the countries where miners went in 2021 (not mining sites). */
export const minerDestinations: Place[] = [
  { id: 'united-states', name: 'United States', short: 'US', kind: 'country', lat: 39.0, lon: -98.0, approx: true, iso: '840', source: CITY },
  { id: 'canada', name: 'Canada', kind: 'country', lat: 54.0, lon: -106.0, approx: true, iso: '124', source: CITY },
  { id: 'kazakhstan', name: 'Kazakhstan', kind: 'country', lat: 48.0, lon: 67.0, approx: true, iso: '398', source: CITY },
  { id: 'russia', name: 'Russia', kind: 'country', lat: 58.0, lon: 92.0, approx: true, iso: '643', source: CITY },
];

/** Symbolic country points for scenes about whole countries (chip export rules). */
export const countryPoints: Place[] = [{ id: 'china', name: 'China', kind: 'country', lat: 35.0, lon: 103.0, approx: true, iso: '156', source: CITY }];

/** Rainy-season moves of miners: coal provinces in the north to hydro provinces in the south-west. */
export const hydroMigration = {
  pairs: [
    ['xinjiang', 'sichuan'],
    ['xinjiang', 'yunnan'],
    ['inner-mongolia', 'sichuan'],
    ['inner-mongolia', 'yunnan'],
  ] as const,
  source: 'ccaf-sichuan-wet-season-2020',
};

/** Where China's hashrate reappeared after the 2021 ban (CBECI, Aug 2021): from China as a whole. */
export const miningExodus = {
  from: ['china'] as const,
  to: ['united-states', 'kazakhstan', 'russia', 'canada'] as const,
  source: 'cbeci-update-aug-2021',
};

/**
 * Sea lanes for drawing request routes that do not cross the Pacific, as [lon, lat] points (drawing points, not
 * cable geometry or landing stations): from India round the Bay of Bengal and through the Strait of Malacca, from
 * Singapore up the South China Sea and the coast to the Shanghai landings, from Brazil up the western Atlantic
 * to Florida. Each lane ends at the landing it leads to.
 */
export const seaLanes = {
  /** Bangalore's coast (Chennai) to Singapore. */
  bengal: [
    [80.3, 13.1],
    [86, 10],
    [94.5, 6.5],
    [98.5, 4.6],
    [101.5, 2.4],
    [103.9, 1.25],
  ] as [number, number][],
  /** Singapore to the Nanhui landing, Shanghai: the South China Sea, the Taiwan Strait, the Zhejiang coast. */
  southChinaSea: [
    [104.4, 1.4],
    [108.5, 6.5],
    [113.5, 15],
    [117.5, 21.8],
    [120.2, 24.6],
    [122.6, 28.6],
    [121.925069, 30.864714],
  ] as [number, number][],
  /** São Paulo's coast (Santos) to Florida: round Brazil's eastern tip, past the Antilles. */
  westAtlantic: [
    [-46.3, -24.1],
    [-40.5, -21],
    [-34.5, -8],
    [-38.5, -2],
    [-50, 8],
    [-62, 16],
    [-72, 22.5],
    [-80.1, 26.4],
  ] as [number, number][],
  source: 'sea-lane-waypoints',
};
