// Pure helpers for the /sources/ page: which area of the site each source belongs to (from the file
// it is declared in, src/data/sources/<area>.ts), reader-facing group titles, and confidence labels.
import type { Source } from '../../data/sources';

/** Group titles, in the order the page shows them (the story's order). Unknown areas come last. */
export const AREA_TITLES: ReadonlyArray<readonly [area: string, title: string]> = [
  ['article', 'The article this explainer checks'],
  ['history', 'The Atlantic cables, 1858 and 1866'],
  ['telegraph', 'Telegraph timing'],
  ['mining', 'Bitcoin mining in China'],
  ['openrouter', 'OpenRouter token rankings'],
  ['models', 'Models, prices and benchmark scores'],
  ['geo', 'Places: cables, data-centre hubs and power in China'],
  ['electricity', 'Electricity prices'],
  ['energy', 'Chips, data centres and energy per token'],
];

export const CONFIDENCE_LABELS: Readonly<Record<Source['confidence'], string>> = {
  verified: 'Verified',
  secondary: 'Verified in a secondary source',
  'from-article': 'From the article, not checked',
  unverified: 'Unverified',
  derived: 'Derived (our arithmetic)',
};

export const CONFIDENCE_MEANING: Readonly<Record<Source['confidence'], string>> = {
  verified: 'The figure was read in the cited source.',
  secondary: 'The figure was read in a named secondary source (a report or summary of the original), not in the original itself.',
  'from-article': 'The figure comes from the article and no independent check was found. The site shows it only as the claim being checked.',
  unverified: 'An approximation, or a claim that could not be confirmed. The site labels it as such.',
  derived: 'Arithmetic from verified inputs; the formula is given with the figure.',
};

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

/** Groups sources by the area file that declares them; empty areas are dropped. */
export function groupSources(modules: Record<string, { sources: Source[] }>): SourceGroup[] {
  const order = new Map(AREA_TITLES.map(([a], i) => [a, i]));
  return Object.entries(modules)
    .map(([path, mod]) => {
      const area = areaOf(path);
      const title = AREA_TITLES.find(([a]) => a === area)?.[1] ?? titleCase(area);
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
