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
    .scale(worldFitScale(width) * camera.zoom)
    .translate([0, 0]);
  const [cx, cy] = p([camera.lon, camera.lat])!;
  p.translate([width / 2 - cx, height / 2 - cy]);
  if (opts.clipMargin !== undefined) {
    const m = opts.clipMargin;
    p.clipExtent([
      [-m, -m],
      [width + m, height + m],
    ]);
  }
  return p;
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
