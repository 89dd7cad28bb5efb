// Scenes of the price-gap figure (state type and validation: src/lib/priceGap.ts).
import type { ChartScene } from '../types';
import type { PriceGapState } from '../../lib/priceGap';

export const scenes: ChartScene<PriceGapState>[] = [
  { id: 'price-gap-scatter', figure: 'price-gap', state: { mode: 'input', panel: 'none' } },
  { id: 'price-gap-claim', figure: 'price-gap', state: { mode: 'input', panel: 'claim' } },
];
