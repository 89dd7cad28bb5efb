// Projection and camera maths for the world map. Pure (no DOM): the same camera and size always give
// the same projection, on the server and in the browser.
// The map is Equal Earth, rotated so the camera's longitude is the central meridian: the Pacific views
// then keep San Francisco - Shanghai arcs whole instead of cutting them at the antimeridian.
import { geoEqualEarth, geoDistance, geoInterpolate, type GeoProjection } from 'd3-geo';
import { interpolateNumber } from 'd3-interpolate';
import type { Camera } from '../scenes/types';

/** Rounding for every path string the map writes (1 decimal keeps the HTML small). */
export const PATH_DIGITS = 1;

/** Width of the whole Equal Earth world (-180..180 at the equator) at scale 1. */
const WORLD_WIDTH_AT_SCALE_1 = (() => {
  const p = geoEqualEarth().scale(1).translate([0, 0]);
  return 2 * p([180, 0])![0];
})();

/** Scale at which the whole world is exactly `width` wide. */
export function worldFitScale(width: number): number {
  return width / WORLD_WIDTH_AT_SCALE_1;
}

export interface ProjectionOptions {
  /** Clip drawn geometry to the viewport plus this margin (px); undefined = no clip. */
  clipMargin?: number;
}

/**
 * The projection for a camera in a width x height viewport: Equal Earth rotated by -lon, scaled so
 * zoom 1 fits the whole world to the width, translated so [lon, lat] sits at the centre.
 */
export function projectionFor(camera: Camera, width: number, height: number, opts: ProjectionOptions = {}): GeoProjection {
  const p = geoEqualEarth()
    .rotate([-camera.lon, 0])
    .scale(worldFitScale(width) * camera.zoom * portraitBoost(camera.zoom, width, height))
    .translate([0, 0]);
  const [cx, cy] = p([camera.lon, camera.lat])!;
  p.translate([width / 2 - cx, height * focusY(width, height) - cy]);
  if (opts.clipMargin !== undefined) {
    const m = opts.clipMargin;
    p.clipExtent([
      [-m, -m],
      [width + m, height + m],
    ]);
  }
  return p;
}

/**
 * Regional views on tall, narrow screens (phones) zoom in a little more, so the region fills the frame
 * instead of a band across its middle. World views (zoom near 1) keep fitting the width. The boost grows
 * smoothly with zoom, so a camera glide never jumps.
 */
export function portraitBoost(zoom: number, width: number, height: number): number {
  const aspect = height / Math.max(width, 1);
  const max = Math.min(1.3, Math.max(1, aspect / 1.5));
  const t = Math.min(1, Math.max(0, (zoom - 2.4) / 1.6));
  return 1 + (max - 1) * t;
}

/**
 * Where the camera point sits vertically (share of the height). On phones the story's text cards pass
 * over the middle of the sticky map, so tall frames look a little above the middle.
 */
export function focusY(width: number, height: number): number {
  const aspect = height / Math.max(width, 1);
  return 0.5 - 0.13 * Math.min(1, Math.max(0, (aspect - 1.2) / 0.6));
}

export function isInView(pt: readonly [number, number] | null, width: number, height: number, margin = 0): boolean {
  return !!pt && pt[0] >= margin && pt[0] <= width - margin && pt[1] >= margin && pt[1] <= height - margin;
}

/** Longitude difference b - a, wrapped to -180..180 (the short way round). */
export function lonDelta(a: number, b: number): number {
  return ((((b - a) % 360) + 540) % 360) - 180;
}

export function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Camera interpolator: longitude the short way round, zoom geometrically so zooming feels even. */
export function interpolateCamera(a: Camera, b: Camera): (t: number) => Camera {
  const dLon = lonDelta(a.lon, b.lon);
  const lat = interpolateNumber(a.lat, b.lat);
  const logZoom = interpolateNumber(Math.log(a.zoom), Math.log(b.zoom));
  return (t) => ({ lon: wrapLon(a.lon + dLon * t), lat: lat(t), zoom: Math.exp(logZoom(t)) });
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(lonDelta(a.lon, b.lon)) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-9;
}

/** Great-circle points from a to b ([lon, lat]), endpoints included. */
export function greatCircle(a: [number, number], b: [number, number], steps = 32): [number, number][] {
  const f = geoInterpolate(a, b);
  return Array.from({ length: steps + 1 }, (_, i) => f(i / steps) as [number, number]);
}

/** Great-circle distance in km (mean Earth radius 6,371 km). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return geoDistance(a, b) * 6371;
}

/**
 * A geoPath context that writes compact SVG path data: absolute start points, then relative steps between
 * rounded positions (no drift), dropping points closer than `minStep` px to the last one kept. At map
 * scale this halves the coastline markup without a visible change.
 */
export class CompactPathContext {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private started = false;
  private pending: [number, number] | null = null;
  private readonly k: number;

  constructor(
    digits = PATH_DIGITS,
    private minStep = 0.75,
  ) {
    this.k = 10 ** digits;
  }

  private round(v: number): number {
    return Math.round(v * this.k) / this.k;
  }

  private fmt(v: number): string {
    const r = this.round(v);
    return String(r === 0 ? 0 : r);
  }

  private flush(): void {
    if (!this.pending) return;
    const [x, y] = this.pending;
    this.pending = null;
    const dx = this.round(x - this.x);
    const dy = this.round(y - this.y);
    this.out.push(`l${this.fmt(dx)}${dy < 0 ? '' : ','}${this.fmt(dy)}`);
    this.x = this.round(this.x + dx);
    this.y = this.round(this.y + dy);
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.x = this.round(x);
    this.y = this.round(y);
    this.out.push(`M${this.fmt(x)},${this.fmt(y)}`);
    this.started = true;
  }

  lineTo(x: number, y: number): void {
    if (!this.started) return this.moveTo(x, y);
    // Keep the latest point as pending so the last point of a run is never dropped.
    if (Math.hypot(x - this.x, y - this.y) < this.minStep) {
      this.pending = [x, y];
      return;
    }
    this.pending = [x, y];
    this.flush();
  }

  closePath(): void {
    this.pending = null;
    this.out.push('z');
  }

  arc(): void {}

  result(): string {
    this.flush();
    const s = this.out.join('');
    this.out = [];
    this.started = false;
    return s;
  }
}
