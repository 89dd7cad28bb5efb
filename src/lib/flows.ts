// Flow geometry and particles, pure (no DOM, unit-tested). A flow route (lon/lat points) is projected
// once per scene and size into a polyline in a Float32Array with its cumulative lengths; particles then
// only need a binary search per frame. Where the projection breaks a route (the map's edge), the pieces
// are joined by a zero-length step, so a particle jumps the gap instead of crossing the map.
import type { GeoProjection } from 'd3-geo';
import { drawGeo } from './geo';
import { mulberry32 } from './random';

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

/** Index i (>= 1) of the segment (i - 1, i) that contains distance s, for 0 < s < length. */
function segmentAt(cum: Float32Array, s: number): number {
  let lo = 1;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > s) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Writes the point at distance s (px, clamped) along the path into out[o], out[o + 1], shifted `lane` px
 * to the left of the direction of travel (so two opposite flows on one path use two lanes).
 */
export function pointAt(p: FlowPath, s: number, out: Float32Array | number[], o = 0, lane = 0): void {
  const cum = p.cum;
  const n = cum.length;
  if (n < 2) {
    out[o] = n ? p.xy[0] : NaN;
    out[o + 1] = n ? p.xy[1] : NaN;
    return;
  }
  const c = Math.min(Math.max(s, 0), p.length);
  // First index with cum > s: the segment (i - 1, i) contains s and has positive length.
  const i = c >= p.length ? lastSegment(p) : segmentAt(cum, c);
  const a = i - 1;
  const seg = cum[i] - cum[a];
  const t = seg > 0 ? Math.min(1, (c - cum[a]) / seg) : 0;
  const dx = p.xy[2 * i] - p.xy[2 * a];
  const dy = p.xy[2 * i + 1] - p.xy[2 * a + 1];
  let x = p.xy[2 * a] + dx * t;
  let y = p.xy[2 * a + 1] + dy * t;
  if (lane !== 0) {
    const len = Math.hypot(dx, dy) || 1;
    x += (dy / len) * lane;
    y -= (dx / len) * lane;
  }
  out[o] = x;
  out[o + 1] = y;
}

/** The last segment with positive length (a path may end on a zero-length break). */
function lastSegment(p: FlowPath): number {
  for (let i = p.cum.length - 1; i > 0; i--) if (p.cum[i] > p.cum[i - 1]) return i;
  return 1;
}

/**
 * The box (px) the particles of these paths can reach: the paths' extent grown by `pad` on every side (their
 * scatter, lane and radius), cut to the 0..width x 0..height frame and rounded out to whole pixels; null when
 * nothing is drawable. The canvas covers only this box, so a frame clears and uploads no more than it must.
 */
export function particleBox(paths: readonly FlowPath[], pad: number, width: number, height: number): { x: number; y: number; w: number; h: number } | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of paths) {
    if (!(p.length > 0)) continue;
    for (let i = 0; i < p.xy.length; i += 2) {
      const x = p.xy[i];
      const y = p.xy[i + 1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (x0 > x1) return null;
  const left = Math.max(0, Math.floor(x0 - pad));
  const top = Math.max(0, Math.floor(y0 - pad));
  const right = Math.min(width, Math.ceil(x1 + pad));
  const bottom = Math.min(height, Math.ceil(y1 + pad));
  return right > left && bottom > top ? { x: left, y: top, w: right - left, h: bottom - top } : null;
}

/** Splits `total` particles over routes in proportion to their weights (largest remainder, sums exactly). */
export function splitCount(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

export interface ParticleSet {
  paths: FlowPath[];
  /** Path index of each particle. */
  route: Uint16Array;
  /** Starting position as a share of its path (0..1). */
  phase: Float32Array;
  /** Per-particle lateral offset in px, so a stream reads as a band rather than a single file. */
  jx: Float32Array;
  jy: Float32Array;
  /** Seconds to travel each path once. */
  duration: Float32Array;
  /** Offset to the left of travel, px. */
  lane: number;
  /** Current positions, x/y interleaved; NaN where a particle has nowhere to be. */
  pos: Float32Array;
}

export interface ParticleOptions {
  /** Speed along the path in px per second; ignored when `duration` is given. */
  speed?: number;
  /** Fixed seconds per crossing, whatever the path length (the 1858 message). */
  duration?: number;
  /** Lateral scatter radius in px. */
  spread?: number;
  /** Offset to the left of the direction of travel, px. */
  lane?: number;
  seed?: number;
}

/** Lays `count` particles over paths (equal volume per path), evenly spaced along each. */
export function layoutParticles(paths: FlowPath[], count: number, opts: ParticleOptions = {}): ParticleSet {
  const usable = paths.map((p) => (p.length > 0 ? 1 : 0));
  const perPath = splitCount(count, usable);
  const n = perPath.reduce((a, b) => a + b, 0);
  const rand = mulberry32(opts.seed ?? 1);
  const spread = opts.spread ?? 0;
  const set: ParticleSet = {
    paths,
    route: new Uint16Array(n),
    phase: new Float32Array(n),
    jx: new Float32Array(n),
    jy: new Float32Array(n),
    duration: new Float32Array(paths.length),
    lane: opts.lane ?? 0,
    pos: new Float32Array(n * 2),
  };
  paths.forEach((p, r) => (set.duration[r] = opts.duration ?? Math.max(p.length / Math.max(opts.speed ?? 60, 1e-3), 0.5)));
  let k = 0;
  perPath.forEach((m, r) => {
    const offset = rand();
    for (let j = 0; j < m; j++, k++) {
      set.route[k] = r;
      // Even spacing plus a little noise: a steady stream without visible lockstep.
      set.phase[k] = (offset + (j + rand() * 0.6) / m) % 1;
      const ang = rand() * Math.PI * 2;
      const rad = spread * Math.sqrt(rand());
      set.jx[k] = Math.cos(ang) * rad;
      set.jy[k] = Math.sin(ang) * rad;
    }
  });
  return set;
}

/** Moves every particle to time `t` (seconds); returns the particle count. */
export function updateParticles(set: ParticleSet, t: number): number {
  const n = set.route.length;
  for (let k = 0; k < n; k++) {
    const r = set.route[k];
    const p = set.paths[r];
    const u = (set.phase[k] + t / set.duration[r]) % 1;
    pointAt(p, u * p.length, set.pos, 2 * k, set.lane);
    set.pos[2 * k] += set.jx[k];
    set.pos[2 * k + 1] += set.jy[k];
  }
  return n;
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
