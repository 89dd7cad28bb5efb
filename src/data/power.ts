// Power on the map: generation sites (fact sheet section 3, "Power sources for the map"), the
// Changji-Guquan UHV line, and schematic links from sites to data-centre hubs.
// Capacities are given only where the fact sheet marks them verified; otherwise `capacityMw` is absent.

export interface PowerSite {
  id: string;
  name: string;
  short?: string;
  kind: 'hydro' | 'wind-solar' | 'wind' | 'desert-base';
  lat: number;
  lon: number;
  /** Installed (or, where `planned`, planned) capacity in MW, when verified. */
  capacityMw?: number;
  planned?: boolean;
  /** One line for the data table. */
  note: string;
  /** True when the position is approximate. */
  approx: boolean;
  source: string;
}

export const powerSites: PowerSite[] = [
  { id: 'three-gorges', name: 'Three Gorges Dam', short: 'Three Gorges', kind: 'hydro', lat: 30.823, lon: 111.003, capacityMw: 22_500, note: 'all units running from 4 Jul 2012', approx: false, source: 'three-gorges-dam' },
  { id: 'baihetan', name: 'Baihetan', kind: 'hydro', lat: 27.22, lon: 102.9, capacityMw: 16_000, note: '16 x 1,000 MW units from 2021', approx: true, source: 'baihetan-hydro' },
  { id: 'xiluodu', name: 'Xiluodu', kind: 'hydro', lat: 28.26, lon: 103.65, capacityMw: 13_860, note: '18 x 770 MW, completed 2014', approx: false, source: 'xiluodu-hydro' },
  { id: 'wudongde', name: 'Wudongde', kind: 'hydro', lat: 26.3, lon: 102.6, note: '12 units, 38.9 TWh a year; capacity unverified', approx: true, source: 'wudongde-hydro' },
  {
    id: 'kubuqi',
    name: 'Kubuqi desert base',
    short: 'Kubuqi',
    kind: 'desert-base',
    lat: 40.4,
    lon: 110.03,
    capacityMw: 16_000,
    planned: true,
    note: 'solar, wind and coal; power for Beijing-Tianjin-Hebei',
    approx: false,
    source: 'kubuqi-desert-base',
  },
  { id: 'jiuquan', name: 'Jiuquan wind base', short: 'Jiuquan', kind: 'wind', lat: 39.75, lon: 98.52, capacityMw: 5_360, note: 'operating by 2012', approx: false, source: 'jiuquan-wind-base' },
  {
    id: 'xinjiang-wind-solar',
    name: 'Xinjiang wind and solar',
    short: 'Xinjiang',
    kind: 'wind-solar',
    lat: 43.82,
    lon: 87.62,
    capacityMw: 40_700,
    note: 'province-wide, Jan 2023; marked at Urumqi',
    approx: true,
    source: 'xinjiang-new-energy-2023',
  },
];

/**
 * Sites so close together that the map names them with one label unless the view is close enough to name each
 * (the three Jinsha River dams sit within two degrees of each other). The label sits at the anchor site.
 */
export const powerClusters: { id: string; name: string; short: string; members: string[]; anchor: string }[] = [
  { id: 'jinsha-dams', name: 'Jinsha River dams', short: 'Jinsha dams', members: ['baihetan', 'xiluodu', 'wudongde'], anchor: 'xiluodu' },
];

export interface UhvLine {
  id: string;
  name: string;
  /** Place ids of the two converter-station ends (src/data/places.ts, uhvEnds). */
  ends: [string, string];
  kv: number;
  ratingMw: number;
  /** The two published lengths. */
  lengthKm: [number, number];
  source: string;
}

export const uhvLines: UhvLine[] = [{ id: 'changji-guquan', name: 'Changji-Guquan ±1,100 kV', ends: ['changji', 'xuancheng'], kv: 1_100, ratingMw: 12_000, lengthKm: [3_293, 3_324], source: 'changji-guquan-uhvdc' }];

/**
 * Where each site's power is drawn going on the map. Kubuqi -> Beijing-Tianjin-Hebei and Xinjiang -> Anhui
 * (via the UHV line) follow the sources; the other pairs are schematic (a site to the nearest hubs) and
 * the map labels the power flows as schematic.
 */
export const powerLinks: { from: string; to: string; via?: string; schematic: boolean; source: string }[] = [
  { from: 'xinjiang-wind-solar', to: 'hub-wuhu', via: 'changji-guquan', schematic: false, source: 'changji-guquan-uhvdc' },
  { from: 'kubuqi', to: 'hub-zhangjiakou', schematic: false, source: 'kubuqi-desert-base' },
  { from: 'kubuqi', to: 'hub-horinger', schematic: true, source: 'kubuqi-desert-base' },
  { from: 'three-gorges', to: 'hub-wuhu', schematic: true, source: 'three-gorges-dam' },
  { from: 'three-gorges', to: 'hub-yrd-demo-zone', schematic: true, source: 'three-gorges-dam' },
  { from: 'baihetan', to: 'hub-tianfu', schematic: true, source: 'baihetan-hydro' },
  { from: 'xiluodu', to: 'hub-chongqing', schematic: true, source: 'xiluodu-hydro' },
  { from: 'wudongde', to: 'hub-guian', schematic: true, source: 'wudongde-hydro' },
  { from: 'three-gorges', to: 'hub-shaoguan', schematic: true, source: 'three-gorges-dam' },
  { from: 'jiuquan', to: 'hub-zhongwei', schematic: true, source: 'jiuquan-wind-base' },
  { from: 'jiuquan', to: 'hub-qingyang', schematic: true, source: 'jiuquan-wind-base' },
];
