// The few source records the map names in its source line and data table. Imported from the areas the
// map draws on (geography, mining, telegraph history) rather than from the whole registry, so the map's
// client bundle carries only these.
import type { Source } from '../data/sources';
import { sources as geo } from '../data/sources/geo';
import { sources as history } from '../data/sources/history';
import { sources as mining } from '../data/sources/mining';

export const mapSourceById: ReadonlyMap<string, Source> = new Map([...geo, ...mining, ...history].map((s) => [s.id, s]));

/** "Source: A; B; C" from source ids, publishers de-duplicated in first-seen order. */
export function sourceLine(ids: readonly string[], max = 4): string {
  const names: string[] = [];
  for (const id of ids) {
    const s = mapSourceById.get(id);
    const name = s ? shortPublisher(s.publisher) : id;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length > max) return `Sources: ${names.slice(0, max).join('; ')} and ${names.length - max} more (see Map data)`;
  return names.length ? `Source${names.length > 1 ? 's' : ''}: ${names.join('; ')}` : 'Sources: see the sources page';
}

/** The first named publisher, without parenthetical detail, so the source line stays one or two lines. */
export function shortPublisher(p: string): string {
  if (p.startsWith('Tokens Abroad')) return 'Tokens Abroad (derived or approximate positions)';
  return p.split(/[;(,]/)[0].trim();
}
