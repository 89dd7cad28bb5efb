// Loaded by the static-figure renderer through its own Vite SSR pass (render.ts), where the components are
// compiled with css: 'injected' so render() returns their CSS. Renders one scene with the same component the
// story page uses for it (the same choice as src/components/story/Stage.astro), with no driver running:
// given `scenes: [scene]`, `lang` and the language's strings, the server render shows that scene.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { getScene } from '../scenes';
import { figureStrings } from '../i18n/figureStrings';
import type { FigureId } from '../scenes/types';
import { getSource } from '../data/sources';
import { figures } from '../lib/figureRegistry';
import { resolveFigures } from '../lib/figures';
import WorldMap from '../components/map/WorldMap.svelte';
import EnergyCalculator from '../components/charts/energy/EnergyCalculator.svelte';
import LatencyRace from '../components/charts/latency/LatencyRace.svelte';
import Hashrate from '../components/charts/hashrate/Hashrate.svelte';
import TokenShare from '../components/charts/token-share/TokenShare.svelte';
import PriceGap from '../components/charts/price-gap/PriceGap.svelte';
import PowerPrice from '../components/charts/power-price/PowerPrice.svelte';
import Experts from '../components/charts/experts/Experts.svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const COMPONENTS: Record<FigureId, Component<any>> = {
  map: WorldMap,
  hashrate: Hashrate,
  'token-share': TokenShare,
  energy: EnergyCalculator,
  latency: LatencyRace,
  'price-gap': PriceGap,
  'power-price': PowerPrice,
  experts: Experts,
};

export interface RenderedScene {
  figure: FigureId;
  head: string;
  body: string;
}

export function renderScene(sceneId: string, lang: string): RenderedScene {
  const scene = getScene(sceneId);
  const component = COMPONENTS[scene.figure];
  const { head, body } = render(component, { props: { scenes: [scene], lang, ...figureStrings(scene.figure, lang, [scene]) } });
  return { figure: scene.figure, head, body };
}

/** "Publisher; publisher" for a step's source ids, in order, each publisher once. */
export function sourcePublishers(ids: string[]): string {
  return [...new Set(ids.flatMap((id) => getSource(id).publisher.split(/\s*;\s*/)).filter(Boolean))].join('; ');
}

/** A step's alt text with its {{figure}} tokens resolved for the language, as the story page shows it. */
export function stepText(text: string, lang: string): string {
  return resolveFigures(text, figures, lang);
}
