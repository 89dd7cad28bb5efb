// The source registry. Every figure on the site names one or more source ids from here.
// Each area of data keeps its sources beside it in src/data/sources/<area>.ts (exporting `sources`);
// they are collected here so that adding an area never means editing this file.

export interface Source {
  /** kebab-case id used by data modules and story steps. */
  id: string;
  /** What the source is, e.g. "CBECI mining map, country shares". */
  title: string;
  /** Who published it: the organisation or data set behind the figure, never a mirror or an aggregator. */
  publisher: string;
  /** Where the figure was actually read, when that is not the publisher's own page (a report, summary or copy). */
  via?: string;
  /** Publication or access date as written by the source (free text, e.g. "Aug 1858", "2024-02-24"). */
  date?: string;
  /** Address of the source, when it has one. Shown as text and link on /sources/. */
  url?: string;
  /** How confident the fact sheet is: verified, from-article, unverified, derived. */
  confidence: 'verified' | 'secondary' | 'from-article' | 'unverified' | 'derived';
  /** Any caveat a reader should know (disputes, conversions, licences). */
  note?: string;
}

const modules = import.meta.glob<{ sources: Source[] }>('./sources/*.ts', { eager: true });

export const allSources: Source[] = Object.keys(modules)
  .sort()
  .flatMap((path) => modules[path].sources);

export const sourceById: ReadonlyMap<string, Source> = new Map(allSources.map((s) => [s.id, s]));

export function getSource(id: string): Source {
  const s = sourceById.get(id);
  if (!s) throw new Error(`Unknown source id "${id}"`);
  return s;
}
