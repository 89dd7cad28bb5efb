// Map scenes of the Atlantic telegraph: the 1858 cable drawing itself, its one slow message, its failure,
// and the 1866 cable that lasted. One camera for all four, so only the cable and its message change.
import type { Camera, MapScene } from '../types';

// lat 47: the frame's top stays below the pole on tall (phone) stages.
const ATLANTIC: Camera = { lon: -32, lat: 47, zoom: 5.4 };

export const scenes: MapScene[] = [
  {
    id: 'atlantic-1858-route',
    figure: 'map',
    camera: ATLANTIC,
    layers: ['cable-1858'],
    highlight: ['knightstown', 'bull-arm'],
    drawCable: true,
    flows: [],
  },
  {
    id: 'atlantic-1858-message',
    figure: 'map',
    camera: ATLANTIC,
    layers: ['cable-1858'],
    highlight: ['knightstown', 'bull-arm'],
    flows: [{ kind: 'message-1858', particles: 1 }],
  },
  {
    id: 'atlantic-1858-failure',
    figure: 'map',
    camera: ATLANTIC,
    layers: ['cable-1858'],
    dim: ['cable-1858'],
    flows: [],
  },
  {
    id: 'atlantic-1866',
    figure: 'map',
    camera: ATLANTIC,
    layers: ['cable-1858', 'cable-1866'],
    dim: ['cable-1858'],
    highlight: ['foilhommerum', 'hearts-content'],
    flows: [{ kind: 'message-1866', particles: 24 }],
  },
];
