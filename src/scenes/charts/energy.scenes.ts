// Scenes of the energy-per-token calculator (state type and validation: src/lib/energy.ts).
// The calculator's settings belong to the reader (and the URL), not to the scene: scrolling never resets them.
import type { ChartScene } from '../types';
import type { EnergyState } from '../../lib/energy';

export const scenes: ChartScene<EnergyState>[] = [
  { id: 'energy-calculator', figure: 'energy', state: { emphasis: 'calculator' } },
  { id: 'energy-gpu-hour', figure: 'energy', state: { emphasis: 'gpu-hour' } },
];
