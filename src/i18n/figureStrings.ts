// The words each figure's island gets as props, from the page language's dictionary: its own group and the
// common one (the map: its group and the place names). The one place that knows which group goes with which
// figure; the story's stage, the embeds and the static figures all call it, on the server, so no dictionary is
// ever bundled into the browser's JavaScript. The map also gets, from mapProps, what the server drew for its first
// scene, so its hydration adopts that picture instead of drawing it again.
import { messagesFor, type Messages } from './index';
import type { FigureId, MapScene, Scene } from '../scenes/types';
import { fillJourney } from '../lib/journeyNote';
import { describeScene, servedMap, type ServedMap } from '../lib/mapModel';
import { sceneAt, type FigureStep } from '../lib/stage';

const GROUP = {
  hashrate: 'hashrate',
  'token-share': 'tokenShare',
  'price-gap': 'priceGap',
  'power-price': 'powerPrice',
  energy: 'energy',
  latency: 'latency',
  experts: 'experts',
} as const satisfies Record<Exclude<FigureId, 'map'>, keyof Messages>;

// A type, not an interface: figureStrings hands it on as a plain record.
export type MapStringProps = {
  strings: Messages['map'];
  places: Messages['places'];
  /** Each map scene's one-sentence text alternative, by scene id. */
  descriptions: Record<string, string>;
};

/** The map's words for these scenes. */
export function mapStrings(lang: string, scenes: readonly Scene[]): MapStringProps {
  const m = messagesFor(lang);
  // The journey note's durations and the scenes' descriptions are written here, once: building the unit and list
  // formats they need is slow on a phone (about 40 ms each at 4x CPU), and the map's hydration would pay for it.
  const strings = { ...m.map, journey: fillJourney(m.map.journey, lang) };
  const text = { strings, places: m.places, lang };
  const mapScenes = scenes.filter((s): s is MapScene => s.figure === 'map');
  const descriptions = Object.fromEntries(mapScenes.map((s) => [s.id, describeScene(s, text)]));
  return { strings, places: m.places, descriptions };
}

/**
 * Everything the map island gets from the server where it hydrates (the story's stage, an embed): its words and
 * what the server drew for the first scene (src/components/map/WorldMap.svelte adopts it instead of redrawing).
 */
export function mapProps(lang: string, scenes: readonly Scene[], steps: readonly FigureStep[] | undefined): MapStringProps & { served: ServedMap } {
  const words = mapStrings(lang, scenes);
  const mapScenes = scenes.filter((s): s is MapScene => s.figure === 'map');
  const served = servedMap(sceneAt(mapScenes, steps, 0), { strings: words.strings, places: words.places, lang });
  return { ...words, served };
}

export function chartStrings<F extends Exclude<FigureId, 'map'>>(
  figure: F,
  lang: string,
): { strings: Messages[(typeof GROUP)[F]]; common: Messages['common'] } {
  const m = messagesFor(lang);
  return { strings: m[GROUP[figure]], common: m.common };
}

/** Either, for code that renders any figure by id (the static figures), with the scenes it will show. */
export function figureStrings(figure: FigureId, lang: string, scenes: readonly Scene[]): Record<string, unknown> {
  return figure === 'map' ? mapStrings(lang, scenes) : chartStrings(figure, lang);
}
