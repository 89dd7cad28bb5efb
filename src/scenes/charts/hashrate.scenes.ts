// Scenes of the hashrate chart (state type and validation: src/lib/hashrate.ts).
import type { ChartScene } from '../types';
import type { HashrateState } from '../../lib/hashrate';

export const scenes: ChartScene<HashrateState>[] = [
  {
    id: 'hashrate-before',
    figure: 'hashrate',
    state: {
      view: 'timeline',
      focus: ['china', 'us', 'kazakhstan'],
      labels: [
        { point: 'sep-2019', country: 'china', note: 'peak' },
        { point: 'avg-sep-2019-apr-2020', country: 'china' },
        { point: 'sep-2019', country: 'us' },
        { point: 'sep-2019', country: 'kazakhstan' },
      ],
      crackdown: 'none',
      until: 'avg-sep-2019-apr-2020',
    },
  },
  {
    id: 'hashrate-provinces',
    figure: 'hashrate',
    state: { view: 'provinces', focus: ['china'], labels: [], crackdown: 'none', wetSeason: true },
  },
  {
    id: 'hashrate-ban',
    figure: 'hashrate',
    state: {
      view: 'timeline',
      focus: ['china'],
      labels: [
        { point: 'apr-2021', country: 'china', place: 'above' },
        { point: 'may-2021', country: 'china' },
        { point: 'aug-2021', country: 'china', note: 'exodus' },
      ],
      crackdown: 'list',
      until: 'aug-2021',
    },
  },
  {
    id: 'hashrate-migration',
    figure: 'hashrate',
    state: {
      view: 'timeline',
      focus: ['china', 'us', 'kazakhstan', 'russia', 'canada'],
      labels: [
        { point: 'sep-2021', country: 'china', place: 'above', note: 'rebound' },
        { point: 'jan-2022', country: 'us' },
        { point: 'jan-2022', country: 'china' },
        { point: 'jan-2022', country: 'kazakhstan' },
        { point: 'jan-2022', country: 'canada' },
        { point: 'jan-2022', country: 'russia' },
      ],
      crackdown: 'marks',
    },
  },
];
