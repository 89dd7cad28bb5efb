// Scenes of the experts figure (state type and validation: src/lib/experts.ts).
import type { ChartScene } from '../types';
import type { ExpertsState } from '../../lib/experts';

export const scenes: ChartScene<ExpertsState>[] = [
  { id: 'experts-m25', figure: 'experts', state: { view: 'grid', model: 'minimax-m25' } },
  { id: 'experts-compare', figure: 'experts', state: { view: 'compare', model: 'minimax-m25' } },
];
