// Pure helpers for the /sources/ page: which area of the site each source belongs to (from the file
// it is declared in, src/data/sources/<area>.ts), reader-facing group titles (the words come from the page's
// src/i18n/<lang>/sources.ts strings), and which steps cite what. Source titles and notes are put in the page's
// language where they are shown (src/lib/sourceText.ts).
import type { Source } from '../../data/sources';
import type { Messages } from '../../i18n';

type SourceStrings = Messages['sources'];

/** Group titles, in the order the page shows them (the story's order). Unknown areas come last. */
function areaTitles(strings: SourceStrings): ReadonlyArray<readonly [area: string, title: string]> {
  return Object.entries(strings.areas);
}

export interface SourceGroup {
  area: string;
  title: string;
  sources: Source[];
}

/** "src/data/sources/mining.ts" or "../../data/sources/mining.ts" -> "mining". */
export function areaOf(path: string): string {
  const m = path.match(/([^/\\]+)\.ts$/);
  return m ? m[1] : path;
}

function titleCase(area: string): string {
  return area.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

/** Groups sources by the area file that declares them, titled in the page's language (strings); empty areas are dropped. */
export function groupSources(modules: Record<string, { sources: Source[] }>, strings: SourceStrings): SourceGroup[] {
  const titles = areaTitles(strings);
  const order = new Map(titles.map(([a], i) => [a, i]));
  return Object.entries(modules)
    .map(([path, mod]) => {
      const area = areaOf(path);
      const title = titles.find(([a]) => a === area)?.[1] ?? titleCase(area);
      return { area, title, sources: mod.sources };
    })
    .filter((g) => g.sources.length > 0)
    .sort((a, b) => (order.get(a.area) ?? 999) - (order.get(b.area) ?? 999) || a.area.localeCompare(b.area));
}

/** For each id, the step ids that cite it, in reading order. */
export function citedBy(steps: ReadonlyArray<{ id: string; refs: readonly string[] }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of steps)
    for (const r of new Set(s.refs)) {
      const list = map.get(r) ?? [];
      list.push(s.id);
      map.set(r, list);
    }
  return map;
}
