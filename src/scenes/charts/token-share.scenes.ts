// Scenes of the token-share chart (state type and validation: src/lib/tokenShare.ts).
import type { ChartScene } from '../types';
import type { TokenShareState } from '../../lib/tokenShare';

export const scenes: ChartScene<TokenShareState>[] = [
  { id: 'token-share-week', figure: 'token-share', state: { view: 'week' } },
  { id: 'token-share-crossover', figure: 'token-share', state: { view: 'crossover' } },
];
