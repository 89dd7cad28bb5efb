// Pure logic for the hashrate chart (no DOM): the chart's scene state and its validation, series
// building from the published CBECI points (joining only consecutive published months), scales, ticks
// and label placement. The Svelte component only turns these numbers into SVG.
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import {
  crackdownEvents,
  hashratePoints,
  provinceShares,
  type CountryId,
  type HashratePoint,
  type PointId,
} from '../data/hashrate';

/** Countries the timeline draws as series (the rest appear in the data table only). */
export const CHART_COUNTRIES = ['china', 'us', 'kazakhstan', 'russia', 'canada'] as const;
export type ChartCountry = (typeof CHART_COUNTRIES)[number];

export const CRACKDOWN_MODES = ['none', 'marks', 'list'] as const;
export type CrackdownMode = (typeof CRACKDOWN_MODES)[number];

export const HASHRATE_VIEWS = ['timeline', 'provinces'] as const;
export type HashrateView = (typeof HASHRATE_VIEWS)[number];

/** One value labelled on the timeline: a published share of one country at one published point. */
export interface HashrateLabel {
  point: PointId;
  country: ChartCountry;
  /** Where the text goes; default 'beside' (right of the mark, or left when there is no room). */
  place?: 'beside' | 'above';
}

/** The state a hashrate scene carries (src/scenes/charts/hashrate.scenes.ts). */
export interface HashrateState {
  view: HashrateView;
  /** Countries drawn at full strength on the timeline; the others are muted. */
  focus: ChartCountry[];
  /** Published values written next to their points. Each must exist in the data (never a missing cell). */
  labels: HashrateLabel[];
  /** The 2021 crackdown: 'none'; 'marks' (shaded span and a tick per dated event); 'list' (marks plus the dated list). */
  crackdown: CrackdownMode;
  /** Provinces view: also show Sichuan's and Xinjiang's wet-season swing (share of China's hashrate). */
  wetSeason?: boolean;
  /** Timeline: points after this published point are drawn faded (the story has not reached them yet). */
  until?: PointId;
}

const POINT_IDS = new Set<string>(hashratePoints.map((p) => p.id));

/** Problems with a hashrate state; empty when it is valid. */
export function validateHashrateState(state: unknown): string[] {
  const problems: string[] = [];
  if (typeof state !== 'object' || state === null) return ['state is not an object'];
  const s = state as Record<string, unknown>;
  const known = new Set(['view', 'focus', 'labels', 'crackdown', 'wetSeason', 'until']);
  for (const k of Object.keys(s)) if (!known.has(k)) problems.push(`unknown key "${k}"`);
  if (!(HASHRATE_VIEWS as readonly unknown[]).includes(s.view)) problems.push(`view must be one of ${HASHRATE_VIEWS.join(', ')}`);
  if (!Array.isArray(s.focus)) problems.push('focus must be an array of countries');
  else
    for (const c of s.focus)
      if (!(CHART_COUNTRIES as readonly unknown[]).includes(c)) problems.push(`focus: unknown country "${String(c)}"`);
  if (!Array.isArray(s.labels)) problems.push('labels must be an array');
  else
    for (const l of s.labels as HashrateLabel[]) {
      if (typeof l !== 'object' || l === null) {
        problems.push('labels: entry is not an object');
        continue;
      }
      if (!POINT_IDS.has(l.point)) problems.push(`labels: unknown point "${String(l.point)}"`);
      else if (!(CHART_COUNTRIES as readonly unknown[]).includes(l.country))
        problems.push(`labels: unknown country "${String(l.country)}"`);
      else if (!shareAt(l.point, l.country)) problems.push(`labels: no published value for ${l.country} at ${l.point}`);
      if (l.place !== undefined && l.place !== 'beside' && l.place !== 'above') problems.push(`labels: bad place "${String(l.place)}"`);
    }
  if (!(CRACKDOWN_MODES as readonly unknown[]).includes(s.crackdown))
    problems.push(`crackdown must be one of ${CRACKDOWN_MODES.join(', ')}`);
  if (s.wetSeason !== undefined && typeof s.wetSeason !== 'boolean') problems.push('wetSeason must be a boolean');
  if (s.until !== undefined && !POINT_IDS.has(s.until as string)) problems.push(`until: unknown point "${String(s.until)}"`);
  return problems;
}

export function shareAt(point: PointId, country: CountryId) {
  return hashratePoints.find((p) => p.id === point)?.shares[country];
}

/** 'YYYY-MM' -> months since year 0, so consecutive months differ by exactly 1. */
export function monthIndex(ym: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) throw new Error(`bad month "${ym}"`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Where a single-month point sits on the time axis: the middle of its month. */
export function monthMid(ym: string): Date {
  const [y, mo] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, 15));
}
export function monthStart(ym: string): Date {
  const [y, mo] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, 1));
}
export function monthEnd(ym: string): Date {
  const [y, mo] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, mo, 0));
}

export interface SeriesPoint {
  point: PointId;
  date: Date;
  pct: number;
  approx: boolean;
  upper?: number;
}

/**
 * A country's monthly values split into runs of consecutive published months. A run of one is drawn
 * as a lone dot; only runs of two or more get a line, so a gap in the data stays a gap in the chart.
 */
export function monthlyRuns(country: CountryId, points: HashratePoint[] = hashratePoints): SeriesPoint[][] {
  const monthly = points
    .filter((p) => p.kind === 'month' && p.shares[country] !== undefined)
    .sort((a, b) => monthIndex(a.from) - monthIndex(b.from));
  const runs: SeriesPoint[][] = [];
  let prev: number | null = null;
  for (const p of monthly) {
    const v = p.shares[country]!;
    const sp: SeriesPoint = { point: p.id, date: monthMid(p.from), pct: v.pct, approx: !!v.approx, upper: v.upper };
    const idx = monthIndex(p.from);
    if (prev !== null && idx === prev + 1) runs[runs.length - 1].push(sp);
    else runs.push([sp]);
    prev = idx;
  }
  return runs;
}

/** True when a published point lies after `until` (compared by last month covered). */
export function isLater(point: PointId, until: PointId | undefined): boolean {
  if (!until) return false;
  const p = hashratePoints.find((q) => q.id === point)!;
  const u = hashratePoints.find((q) => q.id === until)!;
  return monthIndex(p.to) > monthIndex(u.to);
}

/** Averages over a span of months (the first release): drawn as a flat bar over the span. */
export function averageSpans(country: CountryId, points: HashratePoint[] = hashratePoints) {
  return points
    .filter((p) => p.kind === 'average' && p.shares[country] !== undefined)
    .map((p) => ({ point: p.id, from: monthStart(p.from), to: monthEnd(p.to), pct: p.shares[country]!.pct }));
}

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const TIME_DOMAIN: [Date, Date] = [new Date(Date.UTC(2019, 7, 1)), new Date(Date.UTC(2022, 1, 15))];

export function timelineScales(f: Frame): { x: ScaleTime<number, number>; y: ScaleLinear<number, number> } {
  const x = scaleUtc().domain(TIME_DOMAIN).range([f.margin.left, f.width - f.margin.right]);
  const y = scaleLinear().domain([0, 80]).range([f.height - f.margin.bottom, f.margin.top]);
  return { x, y };
}

/** Year ticks only: month ticks crowd a 375 px screen and add nothing to the story. */
export function yearTicks(x: ScaleTime<number, number>): Date[] {
  return x.ticks(4).filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
}

export function runPath(run: SeriesPoint[], x: ScaleTime<number, number>, y: ScaleLinear<number, number>): string {
  return (
    line<SeriesPoint>()
      .x((d) => x(d.date))
      .y((d) => y(d.pct))(run) ?? ''
  );
}

export interface PlacedLabel {
  key: string;
  /** Anchor point (the mark). */
  x: number;
  y: number;
  /** Where the text goes. */
  tx: number;
  ty: number;
  anchor: 'start' | 'end' | 'middle';
  text: string;
}

/**
 * Places labels beside their marks: right of the mark unless the text would run past `right`, then left.
 * Labels on the same side whose text would overlap vertically are pushed apart by at least `gap` px,
 * keeping their order, and the group is shifted back inside [top, bottom].
 */
export function placeLabels(
  items: { key: string; x: number; y: number; text: string; place?: 'beside' | 'above' }[],
  opts: { right: number; top: number; bottom: number; gap: number; charWidth: number; offset?: number },
): PlacedLabel[] {
  const off = opts.offset ?? 6;
  const placed: PlacedLabel[] = items.map(({ place, ...it }) => {
    if (place === 'above') {
      // Centred over the mark, nudged left if it would run past the right edge.
      const half = (it.text.length * opts.charWidth) / 2;
      return { ...it, anchor: 'middle', tx: Math.min(it.x, opts.right - half), ty: Math.max(opts.top, it.y - 2 * off - 2) };
    }
    const fitsRight = it.x + off + it.text.length * opts.charWidth <= opts.right;
    return {
      ...it,
      anchor: fitsRight ? 'start' : 'end',
      tx: fitsRight ? it.x + off : it.x - off,
      ty: it.y,
    };
  });
  for (const side of ['start', 'end'] as const) {
    const group = placed.filter((p) => p.anchor === side).sort((a, b) => a.ty - b.ty);
    // Only labels whose text boxes overlap horizontally can collide; cluster by proximity in x.
    for (let i = 1; i < group.length; i++) {
      const a = group[i - 1];
      const b = group[i];
      const overlapX = Math.abs(a.tx - b.tx) < Math.max(a.text.length, b.text.length) * opts.charWidth;
      if (overlapX && b.ty - a.ty < opts.gap) b.ty = a.ty + opts.gap;
    }
    const last = group[group.length - 1];
    if (last && last.ty > opts.bottom) {
      const shift = last.ty - opts.bottom;
      for (const g of group) g.ty -= shift;
    }
    for (let i = group.length - 2; i >= 0; i--) {
      const a = group[i];
      const b = group[i + 1];
      const overlapX = Math.abs(a.tx - b.tx) < Math.max(a.text.length, b.text.length) * opts.charWidth;
      if (overlapX && b.ty - a.ty < opts.gap) a.ty = b.ty - opts.gap;
    }
    for (const g of group) g.ty = Math.max(opts.top, g.ty);
  }
  // A label above its mark moves left, clear of any beside-label it would run into (on a narrow drawing the
  // labels at the last published point sit close to the one before).
  const box = (p: PlacedLabel) => {
    const w = p.text.length * opts.charWidth;
    const left = p.anchor === 'start' ? p.tx : p.anchor === 'end' ? p.tx - w : p.tx - w / 2;
    return { left, right: left + w };
  };
  for (const a of placed.filter((p) => p.anchor === 'middle')) {
    for (const b of placed.filter((p) => p.anchor !== 'middle')) {
      const ba = box(a);
      const bb = box(b);
      if (Math.abs(a.ty - b.ty) < opts.gap && ba.right > bb.left && ba.left < bb.right && a.x <= b.x) a.tx -= ba.right - bb.left + 4;
    }
  }
  return placed;
}

/** Crackdown markers, stacked so markers closer than `minDx` px never overlap. */
export function crackdownMarks(x: ScaleTime<number, number>, minDx: number) {
  let lastX = -Infinity;
  let row = 0;
  return crackdownEvents.map((e, i) => {
    const px = x(new Date(`${e.date}T00:00:00Z`));
    row = px - lastX < minDx ? row + 1 : 0;
    if (row === 0) lastX = px;
    return {
      ...e,
      n: i + 1,
      x: px,
      x2: e.end ? x(new Date(`${e.end}T00:00:00Z`)) : undefined,
      row,
    };
  });
}

/** Province bars, largest first, on a scale shared with China's total for the same period. */
export function provinceBars(width: number, chinaTotal: number) {
  const x = scaleLinear().domain([0, Math.max(chinaTotal, ...provinceShares.map((p) => p.sharePct))]).range([0, width]);
  return [...provinceShares].sort((a, b) => b.sharePct - a.sharePct).map((p) => ({ ...p, w: x(p.sharePct) }));
}

/** Formats a share as the source gave it (keeps the published decimals, adds "~" for approximations). */
export function formatShare(pct: number, lang: string, approx = false, upper?: number): string {
  const digits = (n: number) => (String(n).split('.')[1] ?? '').length;
  const f = (n: number) =>
    new Intl.NumberFormat(lang, { minimumFractionDigits: digits(n), maximumFractionDigits: digits(n) }).format(n);
  const body = upper !== undefined ? `${f(pct)}–${f(upper)}` : f(pct);
  return `${approx ? '~' : ''}${body}%`;
}
