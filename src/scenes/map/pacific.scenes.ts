// Map scenes centred on the Pacific: the opening request, developers, cables, the busy present and the
// obstacles (sovereignty, chips). Cameras: lon -179 keeps San Francisco and Shanghai in one view with the
// map's edge far away in the Atlantic; lon -150 at zoom ~1 fits all eight developer cities.
import type { Camera, MapScene } from '../types';

const PACIFIC: Camera = { lon: -179, lat: 33, zoom: 2 };
const PACIFIC_WORLD: Camera = { lon: -150, lat: 22, zoom: 1.05 };

export const scenes: MapScene[] = [
  {
    id: 'pacific-request',
    figure: 'map',
    camera: PACIFIC,
    layers: ['pacific-cables'],
    highlight: ['san-francisco', 'minimax-shanghai'],
    // The opening: one request crosses, is answered in Shanghai and comes back, with its times; then many.
    journey: true,
    flows: [
      { kind: 'requests', particles: 40 },
      { kind: 'responses', particles: 40 },
    ],
  },
  {
    id: 'pacific-developers',
    figure: 'map',
    camera: PACIFIC_WORLD,
    layers: ['dev-cities'],
    highlight: ['san-francisco', 'seattle', 'new-york', 'london', 'berlin', 'bangalore', 'singapore', 'sao-paulo'],
    flows: [],
  },
  {
    id: 'pacific-cables',
    figure: 'map',
    camera: { lon: -176, lat: 38, zoom: 2.1 },
    layers: ['pacific-cables'],
    highlight: ['chongming', 'nanhui', 'pacific-city', 'nedonna-beach'],
    flows: [],
  },
  {
    id: 'pacific-requests',
    figure: 'map',
    camera: PACIFIC_WORLD,
    layers: ['dev-cities', 'pacific-cables', 'model-makers'],
    flows: [
      { kind: 'requests', particles: 1100 },
      { kind: 'responses', particles: 1000 },
    ],
  },
  {
    id: 'pacific-full',
    figure: 'map',
    // The climax: China fills the middle of the stage, shaded, with the power moving inside its borders and the
    // requests arriving from outside (across the Pacific from the right, by sea from India and Singapore).
    camera: { lon: 116, lat: 31, zoom: 3.4 },
    layers: ['dev-cities', 'pacific-cables', 'model-makers', 'dc-hubs', 'power-plants'],
    highlight: ['china'],
    flows: [
      { kind: 'requests', particles: 1000 },
      { kind: 'responses', particles: 800 },
      { kind: 'power', particles: 500 },
    ],
  },
  {
    id: 'pacific-sovereignty',
    figure: 'map',
    camera: { lon: -175, lat: 35, zoom: 2 },
    layers: ['pacific-cables', 'model-makers', 'dc-hubs'],
    // China shaded: past the landing, the request is inside Chinese jurisdiction.
    highlight: ['china', 'san-francisco', 'chongming', 'hub-zhangjiakou', 'hub-shaoguan'],
    flows: [{ kind: 'requests', particles: 500 }],
  },
  {
    id: 'world-chips',
    figure: 'map',
    camera: { lon: -150, lat: 28, zoom: 1.1 },
    layers: ['model-makers'],
    highlight: ['united-states', 'china'],
    flows: [
      { kind: 'requests', particles: 60 },
      { kind: 'responses', particles: 60 },
    ],
  },
  {
    id: 'world-closing',
    figure: 'map',
    camera: { lon: -150, lat: 20, zoom: 1 },
    layers: ['dev-cities', 'pacific-cables', 'model-makers', 'dc-hubs'],
    flows: [
      { kind: 'requests', particles: 300 },
      { kind: 'responses', particles: 300 },
      { kind: 'power', particles: 150 },
    ],
  },
];
