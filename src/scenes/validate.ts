// One validator per figure: what a well-formed scene of that figure looks like. The map's is here; each chart's
// lives beside its pure logic in src/lib and checks the chart's state. validateScenes (src/scenes/index.ts) runs
// the right one for every scene, at build (src/content.config.ts) and in the unit tests.
import { FLOW_KINDS, MAP_LAYERS, type ChartId, type ChartScene, type MapScene } from './types';
import { validateHashrateState } from '../lib/hashrate';
import { validateTokenShareState } from '../lib/tokenShare';
import { validatePriceGapState } from '../lib/priceGap';
import { validatePowerPriceState } from '../lib/powerPrice';
import { validateEnergyState } from '../lib/energy';
import { validateLatencyState } from '../lib/latency';
import { validateExpertsState } from '../lib/experts';

function validateMapScene(s: MapScene): string[] {
  const problems: string[] = [];
  const { lon, lat, zoom } = s.camera ?? {};
  if (!(lon >= -180 && lon <= 180)) problems.push(`camera lon ${lon} out of range`);
  if (!(lat >= -80 && lat <= 80)) problems.push(`camera lat ${lat} out of range`);
  if (!(zoom >= 0.5 && zoom <= 12)) problems.push(`camera zoom ${zoom} out of range`);
  for (const l of [...(s.layers ?? []), ...(s.dim ?? [])]) if (!(MAP_LAYERS as readonly string[]).includes(l)) problems.push(`unknown layer "${l}"`);
  for (const f of s.flows ?? []) {
    if (!(FLOW_KINDS as readonly string[]).includes(f.kind)) problems.push(`unknown flow "${f.kind}"`);
    if (!(Number.isInteger(f.particles) && f.particles >= 1 && f.particles <= 5000))
      problems.push(`flow ${f.kind} particle count ${f.particles} not an integer in 1..5000`);
  }
  return problems;
}

/** A chart scene's validator: the state must be an object its chart accepts. */
function chart(validateState: (state: unknown) => string[]) {
  return (s: ChartScene): string[] => (typeof s.state !== 'object' || s.state === null ? ['chart scene without a state object'] : validateState(s.state));
}

export const FIGURE_VALIDATORS: { map: (s: MapScene) => string[] } & Record<ChartId, (s: ChartScene) => string[]> = {
  map: validateMapScene,
  hashrate: chart(validateHashrateState),
  'token-share': chart(validateTokenShareState),
  'price-gap': chart(validatePriceGapState),
  'power-price': chart(validatePowerPriceState),
  energy: chart(validateEnergyState),
  latency: chart(validateLatencyState),
  experts: chart(validateExpertsState),
};
