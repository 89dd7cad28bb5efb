// Scenes of the power-price figure (state type and validation: src/lib/powerPrice.ts).
import type { ChartScene } from '../types';
import type { PowerPriceState } from '../../lib/powerPrice';

export const scenes: ChartScene<PowerPriceState>[] = [
  { id: 'power-price-averages', figure: 'power-price', state: { focus: 'averages' } },
  { id: 'power-price-western', figure: 'power-price', state: { focus: 'western' } },
];
