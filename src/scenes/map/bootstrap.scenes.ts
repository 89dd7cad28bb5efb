// TEMPORARY bootstrap scene so the skeleton builds; replaced by the real map scenes.
import type { MapScene } from '../types';
export const scenes: MapScene[] = [
  { id: 'bootstrap-world', figure: 'map', camera: { lon: -150, lat: 20, zoom: 1 }, layers: [], flows: [] },
];
