// Map scenes inside China: where the power comes from and stays (plants, hubs, the UHV line) and the
// Bitcoin mining era (provinces, the rainy-season migration, the 2021 ban), plus the exodus that followed.
import type { Camera, MapScene } from '../types';

const CHINA: Camera = { lon: 104, lat: 34, zoom: 5.2 };
const HUBS = [
  'hub-zhangjiakou',
  'hub-yrd-demo-zone',
  'hub-wuhu',
  'hub-shaoguan',
  'hub-tianfu',
  'hub-chongqing',
  'hub-horinger',
  'hub-guian',
  'hub-qingyang',
  'hub-zhongwei',
];

export const scenes: MapScene[] = [
  {
    id: 'china-grid-stays',
    figure: 'map',
    camera: CHINA,
    layers: ['power-plants', 'dc-hubs'],
    // China shaded: the power is made and used inside its borders.
    highlight: ['china', ...HUBS],
    dim: ['power-plants'],
    flows: [{ kind: 'power', particles: 600 }],
  },
  {
    id: 'china-power-plants',
    figure: 'map',
    camera: CHINA,
    layers: ['power-plants', 'dc-hubs'],
    highlight: ['china', 'three-gorges', 'baihetan', 'xiluodu', 'wudongde', 'kubuqi', 'jiuquan', 'xinjiang-wind-solar'],
    flows: [{ kind: 'power', particles: 700 }],
  },
  {
    id: 'china-uhv',
    figure: 'map',
    camera: CHINA,
    layers: ['uhv-lines', 'dc-hubs'],
    highlight: ['china', 'changji', 'xuancheng'],
    flows: [{ kind: 'power', particles: 300 }],
  },
  {
    id: 'china-mining-provinces',
    figure: 'map',
    camera: CHINA,
    layers: ['mining-provinces'],
    highlight: ['china'],
    flows: [],
  },
  {
    id: 'china-hydro-migration',
    figure: 'map',
    camera: CHINA,
    layers: ['mining-provinces', 'hydro-migration'],
    highlight: ['china', 'sichuan', 'yunnan'],
    flows: [{ kind: 'migration', particles: 320 }],
  },
  {
    id: 'china-mining-ban',
    figure: 'map',
    camera: CHINA,
    layers: ['mining-provinces'],
    dim: ['mining-provinces'],
    // China and its provinces, each province that acted against miners named with the date it did.
    highlight: ['china'],
    crackdown: true,
    flows: [],
  },
  {
    id: 'world-mining-exodus',
    figure: 'map',
    camera: { lon: 165, lat: 42, zoom: 1.5 },
    layers: ['mining-provinces', 'mining-exodus'],
    highlight: ['china', 'united-states', 'kazakhstan', 'russia', 'canada'],
    dim: ['mining-provinces'],
    flows: [{ kind: 'migration', particles: 400 }],
  },
];
