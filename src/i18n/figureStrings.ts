// The words each figure's island gets as props, from the page language's dictionary: its own group and the
// common one (the map: its group and the place names). The one place that knows which group goes with which
// figure; the story's stage, the embeds and the static figures all call it, on the server, so no dictionary is
// ever bundled into the browser's JavaScript.
import { messagesFor, type Messages } from './index';
import type { FigureId } from '../scenes/types';
import { fillJourney } from '../lib/journeyNote';

const GROUP = {
  hashrate: 'hashrate',
  'token-share': 'tokenShare',
  'price-gap': 'priceGap',
  'power-price': 'powerPrice',
  energy: 'energy',
  latency: 'latency',
  experts: 'experts',
} as const satisfies Record<Exclude<FigureId, 'map'>, keyof Messages>;

export function mapStrings(lang: string): { strings: Messages['map']; places: Messages['places'] } {
  const m = messagesFor(lang);
  // The journey note's durations are formatted here, once: building unit formats is slow on a phone.
  return { strings: { ...m.map, journey: fillJourney(m.map.journey, lang) }, places: m.places };
}

export function chartStrings<F extends Exclude<FigureId, 'map'>>(
  figure: F,
  lang: string,
): { strings: Messages[(typeof GROUP)[F]]; common: Messages['common'] } {
  const m = messagesFor(lang);
  return { strings: m[GROUP[figure]], common: m.common };
}

/** Either, for code that renders any figure by id (the static figures). */
export function figureStrings(figure: FigureId, lang: string): Record<string, unknown> {
  return figure === 'map' ? mapStrings(lang) : chartStrings(figure, lang);
}
