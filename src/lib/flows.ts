// Flow geometry, pure (no DOM, unit-tested). A flow route (lon/lat points) is projected once per scene and size
// into a polyline in a Float32Array with its cumulative lengths, so particles (src/lib/particles.ts) then only
// need a binary search per frame. Where the projection breaks a route (the map's edge), the pieces are joined
// by a zero-length step, so a particle jumps the gap instead of crossing the map.
import type { GeoProjection } from 'd3-geo';
import { drawGeo } from './geo';

export interface FlowPath {
  /** x0, y0, x1, y1, ... in px. */
  xy: Float32Array;
  /** Cumulative length at each point (cum[0] = 0); a break adds 0. */
  cum: Float32Array;
  /** Total drawn length in px (breaks not counted). */
  length: number;
  /** Indices of points that start a new piece after a break (for drawing the static arc). */
  breaks: number[];
}

/** Records what the projection draws: moveTo starts a piece, lineTo extends it. */
class Recorder {
  pieces: number[][] = [];
  private current: number[] | null = null;
  moveTo(x: number, y: number) {
    this.current = [x, y];
    this.pieces.push(this.current);
  }
  lineTo(x: number, y: number) {
    if (!this.current) this.moveTo(x, y);
    else this.current.push(x, y);
  }
  closePath() {}
}

/** Builds a FlowPath from pieces of [x, y, x, y, ...]. Empty pieces are dropped. */
export function pathFromPieces(pieces: readonly (readonly number[])[]): FlowPath {
  const kept = pieces.filter((p) => p.length >= 4);
  const n = kept.reduce((s, p) => s + p.length / 2, 0);
  const xy = new Float32Array(n * 2);
  const cum = new Float32Array(n);
  const breaks: number[] = [];
  let i = 0;
  let total = 0;
  for (const piece of kept) {
    if (i > 0) breaks.push(i);
    for (let k = 0; k < piece.length; k += 2) {
      xy[2 * i] = piece[k];
      xy[2 * i + 1] = piece[k + 1];
      if (k > 0) total += Math.hypot(piece[k] - piece[k - 2], piece[k + 1] - piece[k - 1]);
      cum[i] = total;
      i++;
    }
  }
  return { xy, cum, length: total, breaks };
}

/** Projects a route along great circles between its points (the projection resamples and cuts at the map edge). */
export function projectGeodesic(coords: readonly [number, number][], projection: GeoProjection): FlowPath {
  const rec = new Recorder();
  drawGeo({ type: 'LineString', coordinates: coords as [number, number][] }, projection, rec);
  return pathFromPieces(rec.pieces);
}

/**
 * Projects a route as a bowed curve in screen space between its two ends (used for moves of miners and
 * power, where the line means "from here to there", not a physical path). `bend` is the bow as a share of
 * the chord; positive bows to the left of the direction of travel.
 */
export function projectArc(a: [number, number], b: [number, number], projection: GeoProjection, bend = 0.22, samples = 40): FlowPath {
  const p0 = projection(a);
  const p1 = projection(b);
  if (!p0 || !p1) return pathFromPieces([]);
  const [cx, cy] = arcControl(p0, p1, bend);
  const pts: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const u = 1 - t;
    pts.push(u * u * p0[0] + 2 * u * t * cx + t * t * p1[0], u * u * p0[1] + 2 * u * t * cy + t * t * p1[1]);
  }
  return pathFromPieces([pts]);
}

/** Control point of a quadratic curve bowed by `bend` x chord length, to the left of a -> b. */
function arcControl(p0: readonly number[], p1: readonly number[], bend: number): [number, number] {
  const dx = p1[0] - p0[0];
  const dy = p1[1] - p0[1];
  return [(p0[0] + p1[0]) / 2 + dy * bend, (p0[1] + p1[1]) / 2 - dx * bend];
}

/** Joins paths end to start (a request's legs). Ends that do not meet are joined by a zero-length jump. */
export function concatPaths(paths: readonly FlowPath[]): FlowPath {
  const pieces: number[][] = [];
  for (const p of paths) {
    const starts = [0, ...p.breaks, p.cum.length];
    for (let s = 0; s < starts.length - 1; s++) {
      const piece = Array.from(p.xy.subarray(2 * starts[s], 2 * starts[s + 1]));
      const last = pieces.at(-1);
      // Legs that touch continue the same piece, so no gap is drawn between them.
      if (last && Math.hypot(last[last.length - 2] - piece[0], last[last.length - 1] - piece[1]) < 0.5) last.push(...piece.slice(2));
      else pieces.push(piece);
    }
  }
  return pathFromPieces(pieces);
}

/**
 * SVG path data for a FlowPath (static arcs under reduced motion and without JS): absolute start of each
 * piece, then relative steps between positions rounded to 1 decimal (no drift); steps under `minStep` px
 * are merged into the next one, except a piece's last point.
 */
export function svgPathData(p: FlowPath, minStep = 0): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  const brk = new Set(p.breaks);
  const n = p.cum.length;
  let d = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    const nx = r(p.xy[2 * i]);
    const ny = r(p.xy[2 * i + 1]);
    if (i === 0 || brk.has(i)) {
      d += `M${nx},${ny}`;
    } else {
      const last = i === n - 1 || brk.has(i + 1);
      if (!last && Math.hypot(nx - x, ny - y) < minStep) continue;
      d += `l${r(nx - x)},${r(ny - y)}`;
    }
    x = nx;
    y = ny;
  }
  return d;
}

/**
 * The path shifted `lane` px to the left of its direction of travel (vertex normals averaged over the
 * two adjacent segments). Used to draw requests and answers side by side as static arcs.
 */
export function offsetPath(p: FlowPath, lane: number): FlowPath {
  if (lane === 0) return p;
  const starts = [0, ...p.breaks, p.cum.length];
  const pieces: number[][] = [];
  for (let s = 0; s < starts.length - 1; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    const piece: number[] = [];
    for (let i = a; i < b; i++) {
      const i0 = Math.max(a, i - 1);
      const i1 = Math.min(b - 1, i + 1);
      const dx = p.xy[2 * i1] - p.xy[2 * i0];
      const dy = p.xy[2 * i1 + 1] - p.xy[2 * i0 + 1];
      const len = Math.hypot(dx, dy) || 1;
      piece.push(p.xy[2 * i] + (dy / len) * lane, p.xy[2 * i + 1] - (dx / len) * lane);
    }
    pieces.push(piece);
  }
  return pathFromPieces(pieces);
}

/** The point at distance s along a path and the unit direction of travel there (null on an empty path). */
function pointAndHeading(p: FlowPath, s: number): { x: number; y: number; ux: number; uy: number } | null {
  const n = p.cum.length;
  if (n < 2 || !(p.length > 0)) return null;
  let i = 1;
  while (i < n - 1 && (p.cum[i] < s || p.cum[i] === p.cum[i - 1])) i++;
  const a = i - 1;
  const seg = p.cum[i] - p.cum[a];
  const t = seg > 0 ? Math.min(1, Math.max(0, (s - p.cum[a]) / seg)) : 0;
  const dx = p.xy[2 * i] - p.xy[2 * a];
  const dy = p.xy[2 * i + 1] - p.xy[2 * a + 1];
  const len = Math.hypot(dx, dy) || 1;
  return { x: p.xy[2 * a] + dx * t, y: p.xy[2 * a + 1] + dy * t, ux: dx / len, uy: dy / len };
}

/**
 * Arrowheads that show which way a flow runs, as SVG path data: a filled triangle of `size` px pointing along the
 * path at each share of its length in `at` (the direction without motion: reduced motion, no JavaScript, print).
 */
export function arrowHeads(p: FlowPath, size: number, at: readonly number[] = [0.5, 0.97]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const share of at) {
    const h = pointAndHeading(p, share * p.length);
    if (!h) continue;
    const { x, y, ux, uy } = h;
    const bx = x - ux * size;
    const by = y - uy * size;
    const w = size * 0.55;
    d += `M${r(x)},${r(y)}L${r(bx - uy * w)},${r(by + ux * w)}L${r(bx + uy * w)},${r(by - ux * w)}Z`;
  }
  return d;
}
