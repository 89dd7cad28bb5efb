// Pure logic for the hashrate chart (no DOM): the chart's scene state and its validation, series
// building from the published CBECI points (joining only consecutive published months), scales, ticks
// and label placement. The Svelte component only turns these numbers into SVG.
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import {
  crackdownEvents,
  hashratePoints,
  provinceShares,
  wetSeasonSwing,
  type CountryId,
  type CrackdownEvent,
  type HashratePoint,
  type PointId,
} from '../data/hashrate';
import { textWidth, wrapText } from './textWidth';
import { formatDated, formatMonthRange, type PartOfMonth } from './dates';
import { dateTimeFormat, numberFormat } from './intl';

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
  /** Where the text goes; default 'beside' (right of the mark, or left when there is no room); 'left' always left. */
  place?: 'beside' | 'above' | 'left';
  /** What the point means in the story, written after the value on the drawing (strings: hashrate.labelNotes). */
  note?: LabelNote;
}

export const LABEL_NOTES = ['peak', 'exodus', 'rebound'] as const;
export type LabelNote = (typeof LABEL_NOTES)[number];

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

const LABEL_KEYS = new Set(['point', 'country', 'place', 'note']);
const STATE_KEYS = new Set(['view', 'focus', 'labels', 'crackdown', 'wetSeason', 'until']);
const isOneOf = (list: readonly unknown[], v: unknown) => list.includes(v);

/**
 * Problems with a hashrate state; empty when it is valid. Every part of the shape is checked, and so is what
 * only makes sense for one view (labels, the crackdown and `until` draw on the timeline; wetSeason on the
 * provinces view): a state that asks for something the chart would not draw is reported, not ignored.
 */
export function validateHashrateState(state: unknown): string[] {
  const problems: string[] = [];
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return ['state is not an object'];
  const s = state as Record<string, unknown>;
  for (const k of Object.keys(s)) if (!STATE_KEYS.has(k)) problems.push(`unknown key "${k}"`);
  if (!isOneOf(HASHRATE_VIEWS, s.view)) problems.push(`view must be one of ${HASHRATE_VIEWS.join(', ')}`);
  if (!Array.isArray(s.focus)) problems.push('focus must be an array of countries');
  else {
    for (const c of s.focus) if (!isOneOf(CHART_COUNTRIES, c)) problems.push(`focus: unknown country "${String(c)}"`);
    if (new Set(s.focus).size !== s.focus.length) problems.push('focus: a country is listed twice');
  }
  if (!Array.isArray(s.labels)) problems.push('labels must be an array');
  else {
    const seen = new Set<string>();
    for (const l of s.labels as unknown[]) {
      if (typeof l !== 'object' || l === null || Array.isArray(l)) {
        problems.push('labels: entry is not an object');
        continue;
      }
      const e = l as Record<string, unknown>;
      for (const k of Object.keys(e)) if (!LABEL_KEYS.has(k)) problems.push(`labels: unknown key "${k}"`);
      if (!POINT_IDS.has(e.point as string)) problems.push(`labels: unknown point "${String(e.point)}"`);
      else if (!isOneOf(CHART_COUNTRIES, e.country)) problems.push(`labels: unknown country "${String(e.country)}"`);
      else if (!shareAt(e.point as PointId, e.country as CountryId)) problems.push(`labels: no published value for ${String(e.country)} at ${String(e.point)}`);
      if (e.place !== undefined && e.place !== 'beside' && e.place !== 'above' && e.place !== 'left') problems.push(`labels: bad place "${String(e.place)}"`);
      if (e.note !== undefined && !isOneOf(LABEL_NOTES, e.note)) problems.push(`labels: unknown note "${String(e.note)}"`);
      const key = `${String(e.point)}/${String(e.country)}`;
      if (seen.has(key)) problems.push(`labels: ${key} is labelled twice`);
      seen.add(key);
    }
    if (s.view === 'provinces' && s.labels.length > 0) problems.push('labels: the provinces view has no timeline to label');
  }
  if (!isOneOf(CRACKDOWN_MODES, s.crackdown)) problems.push(`crackdown must be one of ${CRACKDOWN_MODES.join(', ')}`);
  else if (s.view === 'provinces' && s.crackdown !== 'none') problems.push('crackdown: the provinces view has no timeline to mark (use "none")');
  if (s.wetSeason !== undefined && typeof s.wetSeason !== 'boolean') problems.push('wetSeason must be a boolean');
  else if (s.wetSeason && s.view !== 'provinces') problems.push('wetSeason: only the provinces view draws the wet season');
  if (s.until !== undefined && !POINT_IDS.has(s.until as string)) problems.push(`until: unknown point "${String(s.until)}"`);
  else if (s.until !== undefined && s.view === 'provinces') problems.push('until: only the timeline fades later points');
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
function monthStart(ym: string): Date {
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
  const monthly = points.filter((p) => p.kind === 'month' && p.shares[country] !== undefined).sort((a, b) => monthIndex(a.from) - monthIndex(b.from));
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

const addMonths = (ym: string, n: number) => {
  const i = monthIndex(ym) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const byMonth = [...hashratePoints].sort((a, b) => monthIndex(a.from) - monthIndex(b.from));

/** From the month before the first published point to half a month after the last one. */
export const TIME_DOMAIN: [Date, Date] = [monthStart(addMonths(byMonth[0].from, -1)), monthMid(addMonths(byMonth[byMonth.length - 1].to, 1))];

/** Shares run from 0 to the largest published share, rounded up to a tick. */
export const SHARE_MAX = scaleLinear()
  .domain([0, Math.max(...hashratePoints.flatMap((p) => Object.values(p.shares).map((v) => v!.upper ?? v!.pct)))])
  .nice()
  .domain()[1];

/** The last published point: labels there sit right of the last marks, so the frame leaves them room. */
export const LAST_POINT: PointId = byMonth.reduce((a, b) => (monthIndex(b.to) >= monthIndex(a.to) ? b : a)).id;

export function timelineScales(f: Frame): { x: ScaleTime<number, number>; y: ScaleLinear<number, number> } {
  const x = scaleUtc()
    .domain(TIME_DOMAIN)
    .range([f.margin.left, f.width - f.margin.right]);
  const y = scaleLinear()
    .domain([0, SHARE_MAX])
    .range([f.height - f.margin.bottom, f.margin.top]);
  return { x, y };
}

/** The crackdown span: from the start of the month of the first dated event to the last event. */
export function crackdownSpan(events: CrackdownEvent[] = crackdownEvents): { from: Date; to: Date } {
  const dates = events.flatMap((e) => [e.date, e.end ?? e.date]).sort();
  return { from: monthStart(dates[0].slice(0, 7)), to: new Date(`${dates[dates.length - 1]}T00:00:00Z`) };
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
 * keeping their order, and the group is shifted back inside [top, bottom]. Text is measured with the site's
 * one text-width helper (src/lib/textWidth.ts) at `fontSize` (bold by default, as the chart draws them).
 */
export function placeLabels(
  items: { key: string; x: number; y: number; text: string; place?: 'beside' | 'above' | 'left' }[],
  opts: { right: number; top: number; bottom: number; gap: number; fontSize: number; bold?: boolean; offset?: number; left?: number; avoid?: LabelObstacle[] },
): PlacedLabel[] {
  const off = opts.offset ?? 6;
  const width = (t: string) => textWidth(t, opts.fontSize, opts.bold ?? true);
  const leftEdge = opts.left ?? 0;
  const placed: PlacedLabel[] = items.map(({ place, ...it }) => {
    if (place === 'above') {
      // Centred over the mark, nudged left if it would run past the right edge.
      const half = width(it.text) / 2;
      return { ...it, anchor: 'middle', tx: Math.min(it.x, opts.right - half), ty: Math.max(opts.top, it.y - 2 * off - 2) };
    }
    const fitsRight = place !== 'left' && it.x + off + width(it.text) <= opts.right;
    // Fits on neither side (a long label at the left edge of a narrow drawing): as far right as it can go.
    if (!fitsRight && it.x - off - width(it.text) < leftEdge) return { ...it, anchor: 'start', tx: Math.max(leftEdge, opts.right - width(it.text)), ty: it.y };
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
      const overlapX = Math.abs(a.tx - b.tx) < Math.max(width(a.text), width(b.text));
      if (overlapX && b.ty - a.ty < opts.gap) b.ty = a.ty + opts.gap;
    }
    // The lowest label back inside the bottom edge; the pass below lifts only the labels it then runs into.
    const last = group[group.length - 1];
    if (last && last.ty > opts.bottom) last.ty = opts.bottom;
    for (let i = group.length - 2; i >= 0; i--) {
      const a = group[i];
      const b = group[i + 1];
      const overlapX = Math.abs(a.tx - b.tx) < Math.max(width(a.text), width(b.text));
      if (overlapX && b.ty - a.ty < opts.gap) a.ty = b.ty - opts.gap;
    }
    for (const g of group) g.ty = Math.max(opts.top, g.ty);
  }
  // A label above its mark moves left, clear of any beside-label it would run into (on a narrow drawing the
  // labels at the last published point sit close to the one before).
  const box = (p: PlacedLabel) => {
    const w = width(p.text);
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
  // Off the obstacles (lines drawn across the plot, a shaded span): a label beside its mark moves right past
  // one, a label above or left of its mark moves left of it, as long as it stays inside the drawing. A label
  // caught between two obstacles (its own line on one side, a crackdown number on the other) would swing between
  // them: it stays beside its mark and steps just above or below what it hits, the shorter step first.
  const clear = 3;
  const hits = (p: PlacedLabel, o: LabelObstacle) => {
    const b = box(p);
    return b.right + clear > o.left && b.left - clear < o.right && p.ty + opts.fontSize * 0.5 + clear > o.top && p.ty - opts.fontSize * 0.45 - clear < o.bottom;
  };
  const avoid = opts.avoid ?? [];
  const hitAny = (p: PlacedLabel) => avoid.some((o) => hits(p, o));
  const meetsLabel = (p: PlacedLabel) =>
    placed.some((q) => q !== p && Math.abs(q.ty - p.ty) < opts.gap && box(q).right > box(p).left && box(q).left < box(p).right);
  for (const p of placed) {
    const start = { tx: p.tx, ty: p.ty };
    for (let k = 0; k < 4; k++) {
      const o = avoid.find((q) => hits(p, q));
      if (!o) break;
      const w = width(p.text);
      const b = box(p);
      const right = o.right + clear + 1;
      const left = o.left - clear - 1 - w;
      if (p.anchor === 'start' && right + w <= opts.right) p.tx = right;
      else if (left >= leftEdge) p.tx += left - b.left;
      else break;
    }
    if (!hitAny(p)) continue;
    p.tx = start.tx;
    const steps = avoid
      .filter((o) => hits(p, o))
      .flatMap((o) => [o.bottom + opts.fontSize * 0.45 + clear + 0.5, o.top - opts.fontSize * 0.5 - clear - 0.5])
      .filter((ty) => ty >= opts.top && ty <= opts.bottom)
      .sort((a, b) => Math.abs(a - start.ty) - Math.abs(b - start.ty));
    const fit = steps.find((ty) => {
      p.ty = ty;
      return !hitAny(p) && !meetsLabel(p);
    });
    p.ty = fit ?? start.ty;
  }
  return placed;
}

/** A box a label keeps clear of (a line drawn across the plot, a shaded span), in the drawing's px. */
export interface LabelObstacle {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Crackdown markers, stacked so markers closer than `minDx` px never overlap. */
export function crackdownMarks(x: ScaleTime<number, number>, minDx: number) {
  const marks = crackdownEvents.map((e, i) => {
    const px = x(new Date(`${e.date}T00:00:00Z`));
    const x2 = e.end ? x(new Date(`${e.end}T00:00:00Z`)) : undefined;
    // Where the mark's number goes: over the tick, or the middle of a span.
    return { ...e, n: i + 1, x: px, x2, lx: x2 !== undefined ? (px + x2) / 2 : px, row: 0 };
  });
  // Numbers left to right, each in the first row where it is minDx clear of the one before it.
  const lastInRow: number[] = [];
  for (const m of [...marks].sort((a, b) => a.lx - b.lx)) {
    const free = lastInRow.findIndex((last) => m.lx - last >= minDx);
    m.row = free === -1 ? lastInRow.length : free;
    lastInRow[m.row] = m.lx;
  }
  return marks;
}

/** The decimals the story's prose gives a share (src/lib/figureRegistry.ts, pct): what the chart shows beside it. */
export const PROSE_SHARE_DIGITS = 1;

/**
 * Formats a share as the source gave it: the published decimals (at most `maxDigits`, rounded: the chart shows
 * the prose's precision, its data table the published one), a range when sources disagree, and the approximation
 * mark of the page's language around it (`approx`, e.g. "~{value}").
 */
export function formatShare(pct: number, lang: string, approx = false, upper?: number, approxTemplate = '~{value}', maxDigits = Infinity): string {
  const digits = (n: number) => Math.min(maxDigits, (String(n).split('.')[1] ?? '').length);
  const f = (n: number) => numberFormat(lang, { minimumFractionDigits: digits(n), maximumFractionDigits: digits(n) }).format(n);
  const body = upper !== undefined ? `${f(pct)}–${f(upper)}%` : `${f(pct)}%`;
  return approx ? approxTemplate.replace('{value}', body) : body;
}

/** A placeholder-safe key for an id ("avg-sep-2019-apr-2020" -> "avg_sep_2019_apr_2020"). */
const keyOf = (id: string) => id.replace(/-/g, '_');

/** A published point's period in the page's language: "Sep 2019", or "Sep 2019 – Apr 2020" for an average. */
export function pointPeriod(p: HashratePoint, lang: string, month: 'short' | 'long' = 'short'): string {
  return formatMonthRange(p.from, p.to, lang, month);
}

export type { PartOfMonth };

/** A crackdown event's date as precisely as it is known: a day, a month, part of a month, or a span of months. */
export function eventDate(e: CrackdownEvent, lang: string, parts: PartOfMonth): string {
  return formatDated(e, lang, parts);
}

/**
 * Every published value the chart's sentences may cite, formatted for the page's language (shares with at most
 * `maxDigits` decimals), by placeholder name:
 *   <country>_<point>          a share ("china_sep_2019" -> "75.53%", or "75.5%" with maxDigits 1)
 *   month_<point>, period_<point>, year_<point>   its month ("September 2019"), period ("Sep 2019 – Apr 2020"), year
 *   <province>                 a province's share of global hashrate ("xinjiang" -> "35.76%")
 *   <province>_wet_start|peak, wet_year   the wet-season swing
 *   event_<id>                 a crackdown event's date
 * A scene's reading (src/i18n/<lang>/hashrate.ts) picks the ones it needs; a unit test checks each exists.
 */
export function shareValues(lang: string, approxTemplate: string, parts: PartOfMonth, maxDigits = Infinity): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of hashratePoints) {
    const k = keyOf(p.id);
    out[`month_${k}`] = pointPeriod(p, lang, 'long');
    out[`period_${k}`] = pointPeriod(p, lang);
    out[`year_${k}`] = dateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(monthMid(p.from));
    for (const [c, v] of Object.entries(p.shares)) out[`${keyOf(c)}_${k}`] = formatShare(v!.pct, lang, v!.approx, v!.upper, approxTemplate, maxDigits);
  }
  for (const p of provinceShares) out[keyOf(p.id)] = formatShare(p.sharePct, lang, false, undefined, undefined, maxDigits);
  out.wet_year = numberFormat(lang, { useGrouping: false }).format(wetSeasonSwing.year);
  for (const prov of ['sichuan', 'xinjiang'] as const) {
    out[`${prov}_wet_start`] = formatShare(wetSeasonSwing[prov].startPct, lang, false, undefined, undefined, maxDigits);
    out[`${prov}_wet_peak`] = formatShare(wetSeasonSwing[prov].peakPct, lang, false, undefined, undefined, maxDigits);
  }
  for (const e of crackdownEvents) out[`event_${keyOf(e.id)}`] = eventDate(e, lang, parts);
  return out;
}

export interface ProvincesLayout {
  /** Title lines above the bars and above the dumbbells, and their line height. */
  barTitle: string[];
  wetTitle: string[];
  lineH: number;
  titleSize: number;
  /** Size of the row names and values (smaller when the rows are short). */
  rowSize: number;
  nameW: number;
  /** Top of the first bar row, row pitch and bar height. */
  top: number;
  rowH: number;
  barH: number;
  /** Baseline of the first wet-season title line. */
  wetTitleY: number;
  /** Centres of the two dumbbell rows, and the baseline of their scale's tick labels (null: no tick row). */
  dumbY: [number, number];
  tickY: number | null;
  /** Total height the layout uses (never more than the frame unless rows hit their minimum). */
  height: number;
  barScale: ScaleLinear<number, number>;
  dumbScale: ScaleLinear<number, number>;
}

/**
 * provincesLayout, and where the frame is too short for it (a narrow drawing on the smallest phones), the tight
 * one: the short wet-season title, rows down to 13 px, and no tick row under the dumbbells (their dots carry
 * their values).
 */
export function fitProvincesLayout(
  f: Frame,
  titles: { bars: string; wet: string; wetShort: string },
  opts: { names: string[]; chinaTotal: number },
): ProvincesLayout {
  const full = provincesLayout(f, titles, opts);
  return full.height <= f.height || f.width >= 500 ? full : provincesLayout(f, titles, opts, true);
}

/**
 * The provinces view inside a frame of any height: the bar rows (China's total and each province) and the two
 * wet-season dumbbells share what the wrapped titles and the tick labels leave, between a legible minimum and a
 * comfortable maximum row pitch (the second dumbbell is 1.4 bar rows below the first: its values sit above it). Pure, so its fit is
 * unit-tested at phone sizes.
 */
export function provincesLayout(
  f: Frame,
  titles: { bars: string; wet: string; wetShort?: string },
  opts: { names: string[]; chinaTotal: number },
  tight = false,
): ProvincesLayout {
  const rows = opts.names.length;
  const narrow = f.width < 500;
  const titleSize = narrow ? 11.5 : 12;
  const lineH = tight ? 13 : narrow ? 14 : 15;
  const barTitle = wrapText(titles.bars, f.width, titleSize, true);
  const wetTitle = wrapText(tight && titles.wetShort ? titles.wetShort : titles.wet, f.width, titleSize, true);
  const DUMB = 1.4;
  // Fixed parts: title lines, the gaps around the bar block, the first dumbbell's values above it, the ticks' row.
  // Tight: the dumbbells are as close as their values allow (each row's values, 10.5 px, above its dots).
  const fixed = (barTitle.length + wetTitle.length) * lineH + 6 + 10 + (tight ? 10.5 + 9 + 10.5 + 10 + 9 : 11.5 + 30);
  const pitch = (f.height - fixed) / (rows + (tight ? 0 : DUMB));
  const rowH = Math.max(tight ? 13 : 15, Math.min(narrow ? 30 : 40, Math.floor(pitch)));
  const rowSize = rowH < 20 ? 10.5 : 11.5;
  const barH = Math.round(rowH * 0.66);
  const top = barTitle.length * lineH + 6;
  const wetTitleY = top + rows * rowH + 10 + lineH - 3;
  const dumbTop = top + rows * rowH + 10 + wetTitle.length * lineH;
  // Each dumbbell's values sit above it: the first clears the title, the second clears the first's dots.
  const first = dumbTop + rowSize + 9;
  const dumbY: [number, number] = [first, first + Math.max(tight ? 0 : rowH * DUMB, rowSize + (tight ? 10 : 12))];
  const tickY = tight ? null : dumbY[1] + 17;
  const nameW = Math.max(narrow ? 0 : 104, ...opts.names.map((n) => textWidth(n, rowSize, true) + 6));
  const swingMax = Math.max(...(['sichuan', 'xinjiang'] as const).flatMap((k) => [wetSeasonSwing[k].startPct, wetSeasonSwing[k].peakPct]));
  return {
    barTitle,
    wetTitle,
    lineH,
    titleSize,
    rowSize,
    nameW,
    top,
    rowH,
    barH,
    wetTitleY,
    dumbY,
    tickY,
    height: (tickY ?? dumbY[1] + 6) + 3,
    barScale: scaleLinear()
      .domain([0, opts.chinaTotal])
      .range([0, f.width - nameW - textWidth('00.00%', rowSize, true) - 8]),
    dumbScale: scaleLinear()
      .domain([0, swingMax])
      .nice()
      .range([70, f.width - 16]),
  };
}
