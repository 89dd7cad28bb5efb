// Mixture-of-experts logic: which experts an illustrative token lights in the grid, and the
// total-vs-active parameter comparison. The real router is a learned network; the picks here are a
// deterministic stand-in (same token, same picks) so the picture is reproducible and labelled as such.
import { getModel, type ModelId } from '../data/models';
import type { ChartScene } from '../scenes/types';
import { mulberry32 } from './random';
import { numberFormat } from './intl';

/** `k` distinct expert indices in [0, total) for token number `token`, sorted ascending. */
export function selectExperts(token: number, total: number, k: number): number[] {
  if (!Number.isInteger(total) || total < 1) throw new Error(`total must be a positive integer, got ${total}`);
  if (!Number.isInteger(k) || k < 0 || k > total) throw new Error(`k must be an integer in 0..${total}, got ${k}`);
  const rand = mulberry32(token * 2654435761 + total * 97 + k);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(rand() * total));
  return [...picked].sort((a, b) => a - b);
}

/** Grid shape for n cells: columns first (16 x 16 for 256). */
export function gridShape(n: number, columns = 16): { columns: number; rows: number } {
  return { columns, rows: Math.ceil(n / columns) };
}

/** Columns for a grid of n experts: at most 16 rows, as square as that allows (256 -> 16 x 16, 384 -> 24 x 16). */
export function gridColumns(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`expert count must be a positive integer, got ${n}`);
  return Math.ceil(n / Math.min(16, Math.ceil(Math.sqrt(n))));
}

/** Example tokens the "next token" button steps through: a fragment of a coding request. */
export const EXAMPLE_TOKENS = ['def', ' parse', '_date', '(', 's', '):', ' return', ' datetime'] as const;

export interface CompareRow {
  id: ModelId;
  name: string;
  totalB: number;
  activeB: number;
  totalApprox: boolean;
  activeApprox: boolean;
  /** Active share of all parameters, 0..1. */
  activeShare: number;
  source: string;
}

const COMPARE_MODELS: ModelId[] = ['minimax-m25', 'deepseek-v3', 'kimi-k25', 'glm-5'];

export function compareRows(ids: ModelId[] = COMPARE_MODELS): CompareRow[] {
  return ids.map((id) => {
    const m = getModel(id);
    if (!m.totalParamsB || !m.activeParamsB) throw new Error(`${id} has no published parameter counts`);
    return {
      id,
      name: m.name,
      totalB: m.totalParamsB.value,
      activeB: m.activeParamsB.value,
      totalApprox: m.totalParamsB.approx,
      activeApprox: m.activeParamsB.approx,
      activeShare: m.activeParamsB.value / m.totalParamsB.value,
      source: m.source,
    };
  });
}

/** How parameter counts are written: templates with a {value} (the locale's messages give them). */
export interface ParamUnits {
  billions: string;
  trillions: string;
  approx: string;
}
const EN_UNITS: ParamUnits = { billions: '{value}B', trillions: '{value}T', approx: '~{value}' };

/** "~229B", "671B", "~1.04T": billions, switching to trillions at 1000. */
export function formatParams(billions: number, approx: boolean, locale = 'en', units: ParamUnits = EN_UNITS): string {
  const t = billions >= 1000;
  const n = numberFormat(locale, { maximumFractionDigits: t ? 2 : 0 }).format(t ? billions / 1000 : billions);
  const v = (t ? units.trillions : units.billions).replace('{value}', n);
  return approx ? units.approx.replace('{value}', v) : v;
}

// ---- scene state --------------------------------------------------------------------------------

export interface ExpertsState {
  view: 'grid' | 'compare';
  /** Model whose expert layout the grid shows. */
  model: ModelId;
}

/**
 * The scenes an experts chart is given, checked: every one an experts scene with a valid state. Throws (the build
 * fails) instead of leaving a broken scene out.
 */
export function assertExpertsScenes(scenes: readonly { id: string; figure: string; state?: unknown }[]): ChartScene<ExpertsState>[] {
  const problems = scenes.flatMap((s) =>
    s.figure !== 'experts' ? [`${s.id}: not an experts scene`] : validateExpertsState(s.state).map((p) => `${s.id}: ${p}`),
  );
  if (scenes.length === 0) problems.push('no scenes');
  if (problems.length) throw new Error(`experts chart: ${problems.join('; ')}`);
  return scenes as ChartScene<ExpertsState>[];
}

export function validateExpertsState(state: unknown): string[] {
  if (typeof state !== 'object' || state === null) return ['experts state must be an object'];
  const s = state as Record<string, unknown>;
  const problems: string[] = [];
  if (s.view !== 'grid' && s.view !== 'compare') problems.push(`experts view must be "grid" or "compare", got ${JSON.stringify(s.view)}`);
  if (typeof s.model !== 'string') problems.push('experts model must be a model id');
  else {
    try {
      if (!getModel(s.model as ModelId).experts) problems.push(`experts model "${s.model}" has no published expert layout`);
    } catch {
      problems.push(`experts model "${s.model}" is unknown`);
    }
  }
  for (const k of Object.keys(s)) if (k !== 'view' && k !== 'model') problems.push(`experts state has unknown key "${k}"`);
  return problems;
}
