// The few source records the map names in its source line and data table. Imported from the areas the
// map draws on (geography, mining, telegraph history) rather than from the whole registry. Server only in
// practice: the source line and the table are rendered by MapData.astro, so no source record ships to the browser.
import type { Source } from '../data/sources';
import { sources as geo } from '../data/sources/geo';
import { sources as history } from '../data/sources/history';
import { sources as mining } from '../data/sources/mining';
import { sources as telegraph } from '../data/sources/telegraph';
import { fill } from '../i18n/fill';
import type { MapStrings, MapText } from './mapModel';
import { numberFormat } from './intl';

export const mapSourceById: ReadonlyMap<string, Source> = new Map([...geo, ...mining, ...history, ...telegraph].map((s) => [s.id, s]));

/** "Source: A; B; C" from source ids, publishers de-duplicated in first-seen order, at most `max` named. */
export function sourceLine(ids: readonly string[], text: MapText, max = 4): string {
  const names: string[] = [];
  for (const id of ids) {
    const s = mapSourceById.get(id);
    const name = s ? shortPublisher(s.publisher, text.strings) : id;
    if (!names.includes(name)) names.push(name);
  }
  const s = text.strings.source;
  if (names.length === 0) return s.none;
  if (names.length > max) return fill(s.more, { names: names.slice(0, max).join(s.separator), count: numberFormat(text.lang).format(names.length - max) });
  return fill(names.length > 1 ? s.many : s.one, { names: names.join(s.separator) });
}

/** The first named publisher, without parenthetical detail, so the source line stays one or two lines. */
export function shortPublisher(p: string, strings: MapStrings): string {
  if (p.startsWith('Tokens Abroad')) return strings.source.ownWork;
  return p.split(/[;(,]/)[0].trim();
}
