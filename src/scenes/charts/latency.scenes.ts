// Scenes of the latency figure (state type and validation: src/lib/latency.ts).
import type { ChartScene } from '../types';
import type { LatencyState } from '../../lib/latency';

export const scenes: ChartScene<LatencyState>[] = [
  {
    id: 'latency-race',
    figure: 'latency',
    state: { rows: ['ship', 'cable-1858', 'cable-1866', 'pacific-light', 'request-today'], showDisputed: true },
  },
];
