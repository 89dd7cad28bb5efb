// Particles along projected flow paths (src/lib/flows.ts), pure (no DOM, unit-tested): laid out once per scene,
// moved every frame with one binary search each. Only the particle canvas uses this module, which the map loads
// after it is live, so the first figure's JavaScript is the picture and not the motion.
import type { FlowPath } from './flows';
import { mulberry32 } from './random';

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
  /** Length (px) of the trail behind each particle (0: none), and where each trail starts, x/y interleaved. */
  tail: number;
  tailPos: Float32Array;
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
  /** Trail behind each particle, px: the way it moves reads in a still frame too. */
  tail?: number;
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
    tail: opts.tail ?? 0,
    tailPos: new Float32Array(opts.tail ? n * 2 : 0),
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
    if (set.tail > 0) {
      pointAt(p, u * p.length - set.tail, set.tailPos, 2 * k, set.lane);
      set.tailPos[2 * k] += set.jx[k];
      set.tailPos[2 * k + 1] += set.jy[k];
    }
  }
  return n;
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
