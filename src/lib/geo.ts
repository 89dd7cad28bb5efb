// Projection and camera maths for the world map. Pure (no DOM): the same camera and size always give
// the same projection, on the server and in the browser.
// The map is Equal Earth, rotated so the camera's longitude is the central meridian: the Pacific views
// then keep San Francisco - Shanghai arcs whole instead of cutting them at the antimeridian.
import { geoEqualEarth, geoEqualEarthRaw, geoStream, type GeoProjection } from 'd3-geo';
import { easeCubicInOut } from 'd3-ease';
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
    .scale(worldFitScale(width) * camera.zoom * Math.max(portraitBoost(camera.zoom, width, height), fillBoost(camera.zoom, width, height)))
    .translate([0, 0]);
  const [cx, cy] = p([camera.lon, camera.lat])!;
  let ty = height * focusY(width, height) - cy;
  // No empty band beyond a pole: where the globe is taller than the frame, its top or bottom edge is kept outside.
  const top = p([camera.lon, 90])![1] + ty;
  const bottom = p([camera.lon, -90])![1] + ty;
  // Where it is shorter, an empty band is moved from beyond the pole to the other edge, as far as that one allows.
  if (bottom - top >= height) {
    if (top > 0) ty -= top;
    else if (bottom < height) ty += height - bottom;
  } else if (top > 0 && bottom > height) ty -= Math.min(top, bottom - height);
  else if (bottom < height && top < 0) ty += Math.min(-top, height - bottom);
  p.translate([width / 2 - cx, ty]);
  if (opts.clipMargin !== undefined) {
    const m = opts.clipMargin;
    p.clipExtent([
      [-m, -m],
      [width + m, height + m],
    ]);
  }
  return p;
}

/** Height of the Equal Earth globe as a share of its width. */
const GLOBE_ASPECT = 0.4867;

/**
 * A regional frame taller than the globe drawn at its zoom would show empty paper above and below it: zoom in until
 * the globe fills the height, by at most a quarter (so a view keeps most of its width: the Pacific its two shores).
 */
export function fillBoost(zoom: number, width: number, height: number): number {
  // World views (zoom below 1.3) keep the whole world; the boost grows smoothly from there, so a glide never jumps.
  const t = Math.min(1, Math.max(0, (zoom - 1.3) / 0.5));
  return 1 + (Math.min(1.25, Math.max(1, (height * 1.01) / (GLOBE_ASPECT * width * zoom))) - 1) * t;
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

/** Longitude difference b - a, wrapped to -180..180 (the short way round). */
export function lonDelta(a: number, b: number): number {
  return ((((b - a) % 360) + 540) % 360) - 180;
}

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Camera interpolator: longitude the short way round, zoom geometrically so zooming feels even. */
export function interpolateCamera(a: Camera, b: Camera): (t: number) => Camera {
  const dLon = lonDelta(a.lon, b.lon);
  const lat = interpolateNumber(a.lat, b.lat);
  const logZoom = interpolateNumber(Math.log(a.zoom), Math.log(b.zoom));
  return (t) => ({ lon: wrapLon(a.lon + dLon * t), lat: lat(t), zoom: Math.exp(logZoom(t)) });
}

/**
 * A camera glide as a function of time: where the camera is `elapsed` ms into a glide of `duration` ms from
 * `from` to `to` (ease in and out), and whether it has arrived. Arrival is exactly `to`.
 */
export function glideAt(from: Camera, to: Camera, elapsed: number, duration: number): { camera: Camera; done: boolean } {
  const t = duration > 0 ? Math.min(1, Math.max(0, elapsed / duration)) : 1;
  return t >= 1 ? { camera: to, done: true } : { camera: interpolateCamera(from, to)(easeCubicInOut(t)), done: false };
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return Math.abs(lonDelta(a.lon, b.lon)) < 1e-6 && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.zoom - b.zoom) < 1e-9;
}

/**
 * The SVG transform that takes geometry drawn with projection `from` to where projection `to` draws it, when
 * the two differ only in scale and translation (the same camera at two sizes: Equal Earth is linear in both),
 * as [k, tx, ty] for matrix(k 0 0 k tx ty); null when their rotations differ and no such transform exists.
 */
export function viewTransform(from: GeoProjection, to: GeoProjection): [number, number, number] | null {
  const [a, b] = [from.rotate(), to.rotate()];
  if (a.some((v, i) => Math.abs(v - b[i]) > 1e-9)) return null;
  const k = to.scale() / from.scale();
  const [fx, fy] = from.translate();
  const [tx, ty] = to.translate();
  return [k, tx - k * fx, ty - k * fy];
}

/** viewTransform as an SVG transform attribute value (4 decimals), or undefined when there is none. */
export function svgMatrix(t: [number, number, number] | null): string | undefined {
  if (!t) return undefined;
  const [k, x, y] = t.map((v) => Math.round(v * 1e4) / 1e4);
  return `matrix(${k} 0 0 ${k} ${x} ${y})`;
}

/** Anything that draws lines: CompactPathContext, a recorder, a canvas. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/**
 * Draws GeoJSON (or the sphere) with a projection into a sink: what geoPath(projection, context)(object) does,
 * through the projection's own stream, without the rest of geoPath (areas, bounds, centroids, its string output),
 * which the map's JavaScript then need not carry. Points (markers) are not drawn.
 */
export function drawGeo(object: GeoJSON.GeoJSON | { type: 'Sphere' }, projection: GeoProjection, sink: PathSink): void {
  let line = NaN;
  let first = NaN;
  geoStream(
    object as GeoJSON.GeoJSON,
    projection.stream({
      polygonStart: () => (line = 0),
      polygonEnd: () => (line = NaN),
      lineStart: () => (first = 0),
      lineEnd: () => {
        if (line === 0) sink.closePath();
        first = NaN;
      },
      point: (x, y) => {
        if (first === 0) {
          sink.moveTo(x, y);
          first = 1;
        } else if (first === 1) sink.lineTo(x, y);
      },
      sphere: () => {},
    }),
  );
}

interface TurningPolygon {
  /** The polygon itself, as GeoJSON coordinates. */
  coordinates: GeoJSON.Position[][];
  /** Per ring, [lon (degrees), x factor, y] per point: x = scale * lon' * factor, y = scale * y (Equal Earth raw). */
  rings: Float64Array[];
  lonMin: number;
  lonMax: number;
  /** The x factor's range and the y range, to skip polygons that are off the frame. */
  gMin: number;
  gMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Polygons prepared to be drawn fast while the camera turns. The map's projection is Equal Earth rotated about
 * the poles only, and Equal Earth draws x = lon * g(lat), y = h(lat): so once g and h are known per point, a new
 * camera costs two multiply-adds a point, with none of d3's spherical clipping or resampling. A polygon that a
 * view's edge (the antimeridian of its camera) runs through is drawn once on each side, shifted by 360 degrees;
 * the caller clips the drawing to the globe's outline (sphere path). Straight lines between points, as d3 draws
 * them without resampling: 110m coastlines have points close enough for that.
 */
export interface TurningShapes {
  polygons: TurningPolygon[];
}

export function turningShapes(fc: GeoJSON.FeatureCollection | GeoJSON.Feature): TurningShapes {
  const polygons: TurningPolygon[] = [];
  const polygon = (coordinates: GeoJSON.Position[][]) => {
    const outer = unwrapRing(coordinates[0] ?? []);
    if (outer.length < 3) return;
    const rings = [
      outer,
      ...coordinates
        .slice(1)
        .map(unwrapRing)
        .filter((r) => r.length >= 3),
    ];
    // Holes go to the copy of the world their polygon's outer ring is in.
    const mid = (r: number[][]) => r.reduce((a, p) => a + p[0], 0) / r.length;
    const outerMid = mid(rings[0]);
    for (let i = 1; i < rings.length; i++) {
      const shift = 360 * Math.round((outerMid - mid(rings[i])) / 360);
      if (shift) rings[i] = rings[i].map(([lon, lat]) => [lon + shift, lat]);
    }
    let lonMin = Infinity;
    let lonMax = -Infinity;
    let gMin = Infinity;
    let gMax = 0;
    let yMin = Infinity;
    let yMax = -Infinity;
    const out = rings.map((ring) => {
      const a = new Float64Array(ring.length * 3);
      ring.forEach(([lon, lat], i) => {
        // One call gives both: Equal Earth's y does not depend on the longitude, and x = lon * g.
        const [g, y] = geoEqualEarthRaw(1, (lat * Math.PI) / 180);
        a[3 * i] = lon;
        a[3 * i + 1] = g;
        a[3 * i + 2] = y;
        lonMin = Math.min(lonMin, lon);
        lonMax = Math.max(lonMax, lon);
        gMin = Math.min(gMin, g);
        gMax = Math.max(gMax, g);
        yMin = Math.min(yMin, y);
        yMax = Math.max(yMax, y);
      });
      return a;
    });
    polygons.push({ coordinates, rings: out, lonMin, lonMax, gMin, gMax, yMin, yMax });
  };
  const geometry = (g: GeoJSON.Geometry | null) => {
    if (!g) return;
    if (g.type === 'Polygon') polygon(g.coordinates);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach(polygon);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(geometry);
  };
  for (const f of fc.type === 'FeatureCollection' ? fc.features : [fc]) geometry(f.geometry);
  return { polygons };
}

/**
 * A ring as a plane polygon in (lon, lat): longitudes unwrapped so no step is longer than 180 degrees (a ring
 * that crosses the antimeridian continues past 180 instead of jumping back), and a ring that goes all the way
 * round a pole (Antarctica) closed along that pole, which on the sphere it encloses. The closing point is dropped.
 */
export function unwrapRing(ring: readonly GeoJSON.Position[]): number[][] {
  const pts = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : [...ring];
  if (pts.length === 0) return [];
  const out: number[][] = [[pts[0][0], pts[0][1]]];
  for (let i = 1; i < pts.length; i++) {
    const prev = out[i - 1][0];
    out.push([prev + lonDelta(pts[i - 1][0], pts[i][0]), pts[i][1]]);
  }
  // Net turn in longitude round the ring: 0 for an ordinary ring, +-360 for one round a pole.
  const net = out[out.length - 1][0] + lonDelta(pts[pts.length - 1][0], pts[0][0]) - out[0][0];
  if (Math.abs(net) > 180) {
    const mean = out.reduce((a, p) => a + p[1], 0) / out.length;
    const pole = mean < 0 ? -90 : 90;
    const end = out[out.length - 1][0] + lonDelta(pts[pts.length - 1][0], pts[0][0]);
    out.push([end, pts[0][1]], [end, pole], [out[0][0], pole]);
  }
  return out;
}

/** The shifts (whole turns, in degrees) at which a polygon has a copy on the globe inside the frame (plus margin). */
function copiesInFrame(p: TurningPolygon, projection: GeoProjection, width: number, height: number, margin: number): number[] {
  const s = projection.scale();
  const k = (s * Math.PI) / 180;
  const [tx, ty] = projection.translate();
  const lon0 = -projection.rotate()[0];
  if (ty - s * p.yMax > height + margin || ty - s * p.yMin < -margin) return [];
  const shifts: number[] = [];
  for (let n = Math.ceil((-180 - p.lonMax + lon0) / 360); n <= Math.floor((180 - p.lonMin + lon0) / 360); n++) shifts.push(360 * n);
  return shifts.filter((shift) => {
    // The polygon's longitudes relative to the central meridian, for this copy.
    const a = p.lonMin - lon0 + shift;
    const b = p.lonMax - lon0 + shift;
    // x = tx + k * lon' * g with g > 0: the extremes are at the ends of the longitude range.
    const xMax = tx + k * b * (b > 0 ? p.gMax : p.gMin);
    const xMin = tx + k * a * (a < 0 ? p.gMax : p.gMin);
    return xMax >= -margin && xMin <= width + margin;
  });
}

/**
 * The prepared polygons that can show in the frame (plus margin) with this projection, as one MultiPolygon:
 * d3 then projects, cuts and clips only those (a view of China need not clip the Americas).
 */
export function polygonsInFrame(shapes: TurningShapes, projection: GeoProjection, width: number, height: number, margin = 8): GeoJSON.MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: shapes.polygons.filter((p) => copiesInFrame(p, projection, width, height, margin).length > 0).map((p) => p.coordinates),
  };
}

/**
 * Draws prepared polygons with a projection from projectionFor (any camera), skipping those wholly outside the
 * width x height frame (plus `margin`). Equal to d3's drawing of the same polygons with that projection, up to
 * d3's resampling, wherever the result is clipped to the globe's outline.
 */
export function drawTurning(shapes: TurningShapes, projection: GeoProjection, width: number, height: number, sink: PathSink, margin = 8): void {
  const k = (projection.scale() * Math.PI) / 180; // px per degree of longitude, times the x factor
  const s = projection.scale();
  const [tx, ty] = projection.translate();
  const lon0 = -projection.rotate()[0];
  const sink2 = new OffFrameCollapser(sink, width, height, margin);
  for (const p of shapes.polygons) {
    for (const shift of copiesInFrame(p, projection, width, height, margin)) {
      for (const r of p.rings) {
        for (let i = 0; i < r.length; i += 3) sink2.point(tx + k * (r[i] - lon0 + shift) * r[i + 1], ty - s * r[i + 2], i === 0);
        sink2.close();
      }
    }
  }
}

/**
 * Passes a ring's points on, but of each run of consecutive points beyond one edge of the frame (plus margin)
 * only the first and the last: the run and the straight line that replaces it both lie beyond that edge, so
 * nothing inside the frame changes, fill or stroke, while a zoomed-in view stops drawing the rest of the world.
 */
export class OffFrameCollapser {
  private side = 0;
  private pending: [number, number] | null = null;

  constructor(
    private sink: PathSink,
    private width: number,
    private height: number,
    private margin: number,
  ) {}

  /** Which edge a point is beyond: 1 left, 2 right, 3 above, 4 below, 0 none. */
  private sideOf(x: number, y: number): number {
    const m = this.margin;
    return x < -m ? 1 : x > this.width + m ? 2 : y < -m ? 3 : y > this.height + m ? 4 : 0;
  }

  private beyond(side: number, x: number, y: number): boolean {
    const m = this.margin;
    return side === 1 ? x < -m : side === 2 ? x > this.width + m : side === 3 ? y < -m : side === 4 ? y > this.height + m : false;
  }

  point(x: number, y: number, start: boolean): void {
    if (start) {
      this.pending = null;
      this.sink.moveTo(x, y);
      this.side = this.sideOf(x, y);
      return;
    }
    if (this.beyond(this.side, x, y)) {
      this.pending = [x, y];
      return;
    }
    if (this.pending) this.sink.lineTo(...this.pending);
    this.pending = null;
    this.sink.lineTo(x, y);
    this.side = this.sideOf(x, y);
  }

  close(): void {
    if (this.pending) this.sink.lineTo(...this.pending);
    this.pending = null;
    this.sink.closePath();
  }
}

/**
 * A path sink that writes compact SVG path data: absolute start points, then relative steps between
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

  result(): string {
    this.flush();
    const s = this.out.join('');
    this.out = [];
    this.started = false;
    return s;
  }
}
