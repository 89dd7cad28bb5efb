import { describe, expect, it } from 'vitest';
import { geoDistance, geoInterpolate, geoPath } from 'd3-geo';
import { atlanticCables } from '../../src/data/cables';
import {
  drawTurning,
  focusY,
  glideAt,
  interpolateCamera,
  lonDelta,
  OffFrameCollapser,
  fillBoost,
  portraitBoost,
  projectionFor,
  turningShapes,
  unwrapRing,
  viewTransform,
  worldFitScale,
} from '../../src/lib/geo';
import { getScene } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

const isInView = (pt: readonly [number, number] | null, width: number, height: number, margin = 0) =>
  !!pt && pt[0] >= margin && pt[0] <= width - margin && pt[1] >= margin && pt[1] <= height - margin;

const SF: [number, number] = [-122.42, 37.77];
const SHANGHAI: [number, number] = [121.47, 31.23];
const SIZES: [number, number][] = [
  [375, 760],
  [860, 860],
  [1440, 900],
];

describe('projectionFor', () => {
  it('puts the camera point at the centre of the frame (a little higher on tall phone frames)', () => {
    for (const [w, h] of SIZES) {
      const p = projectionFor({ lon: -170, lat: 10, zoom: 4 }, w, h);
      const [x, y] = p([-170, 10])!;
      expect(x).toBeCloseTo(w / 2, 6);
      expect(y).toBeCloseTo(h * focusY(w, h), 6);
    }
    expect(focusY(860, 860)).toBe(0.5);
    expect(focusY(375, 812)).toBeLessThan(0.4);
  });

  it('fits the whole world to the width at zoom 1 and scales linearly with zoom', () => {
    const p = projectionFor({ lon: 0, lat: 0, zoom: 1 }, 1000, 600);
    expect(p([180, 0])![0] - p([-180, 0])![0]).toBeCloseTo(1000, 3);
    expect(projectionFor({ lon: 0, lat: 0, zoom: 3 }, 1000, 600).scale()).toBeCloseTo(3 * worldFitScale(1000), 6);
  });

  it('zooms regional views a little more on tall frames, never world views', () => {
    expect(portraitBoost(1, 375, 812)).toBe(1);
    expect(portraitBoost(5, 375, 812)).toBeGreaterThan(1.2);
    expect(portraitBoost(5, 860, 860)).toBe(1);
  });

  it('fills a tall frame with the globe in regional views: no empty band beyond a pole', () => {
    for (const [w, h] of [
      [833, 900],
      [375, 812],
      [1280, 720],
    ]) {
      const p = projectionFor({ lon: -176, lat: 33, zoom: 2 }, w, h);
      // Where the globe is taller than the frame (not on a phone, where the boost is capped) it fills it.
      if (h > 1.3 * w) continue;
      expect(p([-176, 90])![1], `${w}x${h} top`).toBeLessThanOrEqual(0.5);
      expect(p([-176, -90])![1], `${w}x${h} bottom`).toBeGreaterThanOrEqual(h - 0.5);
    }
    expect(fillBoost(1, 375, 812)).toBe(1); // a world view keeps the whole world
    expect(fillBoost(2, 375, 812)).toBeLessThanOrEqual(1.25);
  });

  it('rotates so the camera longitude is the central meridian', () => {
    expect(projectionFor({ lon: -150, lat: 0, zoom: 1 }, 800, 400).rotate()[0]).toBe(150);
  });

  it.each(['pacific-request', 'pacific-cables', 'pacific-sovereignty', 'pacific-requests'])(
    'shows San Francisco and Shanghai inside the frame in %s, at phone and desktop sizes',
    (id) => {
      const scene = getScene(id) as MapScene;
      for (const [w, h] of SIZES) {
        const p = projectionFor(scene.camera, w, h);
        expect(isInView(p(SF), w, h, 12), `SF at ${w}x${h}`).toBe(true);
        expect(isInView(p(SHANGHAI), w, h, 12), `Shanghai at ${w}x${h}`).toBe(true);
        // Asia on the left, America on the right: the Pacific is in the middle.
        expect(p(SHANGHAI)![0]).toBeLessThan(p(SF)![0]);
      }
    },
  );

  it('frames China large in the climax (pacific-full), with the Pacific to its right', () => {
    const scene = getScene('pacific-full') as MapScene;
    for (const [w, h] of SIZES) {
      const p = projectionFor(scene.camera, w, h);
      const west = p([73.5, 39.5])!;
      const east = p([134.7, 48])!;
      // China spans at least half the frame's width, whole, and Japan's Pacific coast is in view.
      expect((east[0] - west[0]) / w, `${w}x${h}`).toBeGreaterThan(0.5);
      expect(west[0] > 0 && east[0] < w, `${w}x${h}`).toBe(true);
      expect(isInView(p([140, 35]), w, h, 12), `${w}x${h} Japan`).toBe(true);
    }
  });

  it('draws the SF-Shanghai great circle as one unbroken line in the Pacific view', () => {
    const scene = getScene('pacific-request') as MapScene;
    const d = geoPath(projectionFor(scene.camera, 860, 860))({ type: 'LineString', coordinates: [SF, SHANGHAI] })!;
    expect(d.match(/M/g)).toHaveLength(1);
    // ... whereas an unrotated world map cuts it at the antimeridian.
    const flat = geoPath(projectionFor({ lon: 0, lat: 30, zoom: 1 }, 860, 860))({ type: 'LineString', coordinates: [SF, SHANGHAI] })!;
    expect(flat.match(/M/g)!.length).toBeGreaterThan(1);
  });

  it('keeps the 1858 cable whole in the Atlantic view', () => {
    const scene = getScene('atlantic-1858-route') as MapScene;
    const p = projectionFor(scene.camera, 375, 760);
    const d = geoPath(p)({
      type: 'LineString',
      coordinates: [
        [-10.29, 51.93],
        [-53.9, 47.85],
      ],
    })!;
    expect(d.match(/M/g)).toHaveLength(1);
    expect(isInView(p([-10.29, 51.93]), 375, 760)).toBe(true);
    expect(isInView(p([-53.9, 47.85]), 375, 760)).toBe(true);
  });
});

describe('camera helpers', () => {
  it('wraps longitude differences the short way', () => {
    expect(lonDelta(-170, 170)).toBeCloseTo(-20);
    expect(lonDelta(170, -170)).toBeCloseTo(20);
    expect(lonDelta(-165, 105)).toBeCloseTo(-90);
  });

  it('interpolates cameras from start to end, longitude across the antimeridian', () => {
    const f = interpolateCamera({ lon: 170, lat: 0, zoom: 1 }, { lon: -170, lat: 40, zoom: 4 });
    expect(f(0)).toEqual({ lon: 170, lat: 0, zoom: 1 });
    const end = f(1);
    expect(end.lon).toBeCloseTo(-170);
    expect(end.lat).toBeCloseTo(40);
    expect(end.zoom).toBeCloseTo(4);
    expect(Math.abs(f(0.5).lon)).toBeCloseTo(180);
    expect(f(0.5).zoom).toBeCloseTo(2); // geometric: halfway in log space
  });

  it('glides from one camera to another over time, easing in and out, and arrives exactly', () => {
    const a = { lon: -176, lat: 33, zoom: 2 };
    const b = { lon: 104, lat: 34, zoom: 5.2 };
    expect(glideAt(a, b, 0, 900)).toEqual({ camera: interpolateCamera(a, b)(0), done: false });
    const mid = glideAt(a, b, 450, 900);
    expect(mid.done).toBe(false);
    expect(mid.camera.zoom).toBeCloseTo(Math.sqrt(2 * 5.2), 6); // halfway in time is halfway (eased symmetrically)
    const early = glideAt(a, b, 90, 900).camera;
    expect(Math.abs(lonDelta(a.lon, early.lon))).toBeLessThan(0.01 * Math.abs(lonDelta(a.lon, b.lon))); // eases in
    expect(glideAt(a, b, 900, 900)).toEqual({ camera: b, done: true });
    expect(glideAt(a, b, 5000, 900).camera).toBe(b);
    expect(glideAt(a, b, 10, 0).done).toBe(true);
  });

  it('maps geometry between two sizes of one camera with one scale and shift, and refuses a turned camera', () => {
    const cam = { lon: -176, lat: 33, zoom: 2 };
    const from = projectionFor(cam, 640, 720);
    const to = projectionFor(cam, 412, 823);
    const [k, tx, ty] = viewTransform(from, to)!;
    for (const pt of [SF, SHANGHAI, [150, -30] as [number, number]]) {
      const [x, y] = from(pt)!;
      const [ex, ey] = to(pt)!;
      expect(k * x + tx).toBeCloseTo(ex, 6);
      expect(k * y + ty).toBeCloseTo(ey, 6);
    }
    expect(viewTransform(from, projectionFor({ ...cam, lon: -170 }, 412, 823))).toBeNull();
  });
});

describe('the 1858 route', () => {
  it('follows the great circle Valentia - Bull Arm, about 3,109 km (fact sheet)', () => {
    const route = atlanticCables.find((c) => c.id === 'cable-1858')!.route;
    const gc = geoInterpolate(route[0], route[8]);
    // The fact sheet's waypoints are that great circle in eight steps.
    route.forEach((pt, i) => {
      const [lon, lat] = gc(i / 8);
      expect(pt[0]).toBeCloseTo(lon, 0);
      expect(pt[1]).toBeCloseTo(lat, 0);
    });
    const km = geoDistance(route[0], route[8]) * 6371;
    expect(km).toBeGreaterThan(3050);
    expect(km).toBeLessThan(3150);
  });
});

describe('drawing fast while the camera turns', () => {
  /** Records the points drawTurning emits, per subpath. */
  const record = () => {
    const pieces: [number, number][][] = [];
    return {
      pieces,
      moveTo: (x: number, y: number) => pieces.push([[x, y]]),
      lineTo: (x: number, y: number) => pieces.at(-1)!.push([x, y]),
      closePath: () => {},
    };
  };
  const square = (lon: number, lat: number, d = 2): GeoJSON.Feature => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon, lat + d],
          [lon + d, lat + d],
          [lon + d, lat],
          [lon, lat],
        ],
      ],
    },
  });

  it('puts every point where d3 projects it, for any camera', () => {
    for (const cam of [
      { lon: -176, lat: 33, zoom: 2 },
      { lon: 104, lat: 34, zoom: 5.2 },
      { lon: -150, lat: 20, zoom: 1 },
    ]) {
      const p = projectionFor(cam, 412, 823);
      for (const [lon, lat] of [SF, SHANGHAI, [100, 30], [-60, -20]] as [number, number][]) {
        const sink = record();
        drawTurning(turningShapes(square(lon, lat)), p, 412, 823, sink, 1e6);
        const pts = sink.pieces.flat();
        // Exactly one copy lies on the globe; it matches d3 point for point.
        const onGlobe = sink.pieces.filter((piece) =>
          piece.every(([x, y], i) => {
            const ring = (square(lon, lat).geometry as GeoJSON.Polygon).coordinates[0];
            const [ex, ey] = p(ring[i] as [number, number])!;
            return Math.abs(x - ex) < 1e-6 && Math.abs(y - ey) < 1e-6;
          }),
        );
        expect(pts.length, `${cam.lon} ${lon}`).toBeGreaterThan(0);
        expect(onGlobe, `${cam.lon} ${lon}`).toHaveLength(1);
      }
    }
  });

  it('draws a polygon cut by the view edge on both sides, and skips polygons off the frame', () => {
    const p = projectionFor({ lon: 0, lat: 0, zoom: 1 }, 800, 400);
    const edge = record();
    drawTurning(turningShapes(square(178, 0, 4)), p, 800, 400, edge); // spans 178..182 degrees: across the edge
    expect(edge.pieces).toHaveLength(2);
    const far = record();
    drawTurning(turningShapes(square(100, 0)), projectionFor({ lon: -30, lat: 50, zoom: 6 }, 400, 400), 400, 400, far);
    expect(far.pieces).toHaveLength(0);
  });
});

describe('OffFrameCollapser', () => {
  it('keeps only the ends of a run of points beyond one edge, and every point inside', () => {
    const out: string[] = [];
    const sink = {
      moveTo: (x: number, y: number) => out.push(`M${x},${y}`),
      lineTo: (x: number, y: number) => out.push(`L${x},${y}`),
      closePath: () => out.push('Z'),
    };
    const c = new OffFrameCollapser(sink, 100, 100, 8);
    c.point(50, 50, true);
    for (const y of [10, 20, 30, 40]) c.point(-20, y, false); // a run beyond the left edge
    c.point(-20, -30, false); // still beyond the left edge (and the top): same run
    c.point(50, -40, false); // beyond the top only: a new run
    c.point(60, -40, false);
    c.point(50, 60, false);
    c.close();
    expect(out).toEqual(['M50,50', 'L-20,10', 'L-20,-30', 'L50,-40', 'L60,-40', 'L50,60', 'Z']);
  });
});

describe('unwrapRing', () => {
  it('continues a ring across the antimeridian instead of jumping back', () => {
    const r = unwrapRing([
      [178, 60],
      [-178, 60],
      [-178, 62],
      [178, 62],
      [178, 60],
    ]);
    expect(r.map((p) => p[0])).toEqual([178, 182, 182, 178]);
  });
  it('closes a ring that goes round the south pole along the pole', () => {
    const ring = [
      [-180, -70],
      [-60, -65],
      [60, -68],
      [179, -70],
      [-180, -70],
    ];
    const r = unwrapRing(ring);
    expect(r.at(-1)).toEqual([-180, -90]);
    expect(r.at(-2)).toEqual([180, -90]);
    expect(r.at(-3)).toEqual([180, -70]);
  });
});

describe('the land drawn fast is the land d3 draws', () => {
  it('covers the same places as d3 in Pacific, China, Atlantic and world views', async () => {
    const { readFileSync } = await import('node:fs');
    const { feature } = await import('topojson-client');
    const { geoContains } = await import('d3-geo');
    const topo = JSON.parse(readFileSync('node_modules/world-atlas/land-110m.json', 'utf8'));
    const land = feature(topo, topo.objects.land) as unknown as GeoJSON.FeatureCollection;
    const shapes = turningShapes(land);
    const grid: [number, number, boolean][] = [];
    for (let lon = -180; lon < 180; lon += 4) for (let lat = -86; lat <= 86; lat += 4) grid.push([lon, lat, geoContains(land, [lon, lat])]);
    for (const cam of [
      { lon: -176, lat: 33, zoom: 2 },
      { lon: 104, lat: 34, zoom: 5.2 },
      { lon: -32, lat: 50, zoom: 5.4 },
      { lon: -150, lat: 20, zoom: 1 },
      { lon: 36, lat: 40, zoom: 3 },
    ]) {
      const [w, h] = [800, 600];
      const p = projectionFor(cam, w, h);
      const rings: [number, number][][] = [];
      drawTurning(shapes, p, w, h, { moveTo: (x, y) => rings.push([[x, y]]), lineTo: (x, y) => rings.at(-1)!.push([x, y]), closePath: () => {} }, 8);
      const winding = (x: number, y: number) => {
        let n = 0;
        for (const r of rings)
          for (let i = 0; i < r.length; i++) {
            const [x0, y0] = r[i];
            const [x1, y1] = r[(i + 1) % r.length];
            if (y0 <= y ? y1 > y && (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0) > 0 : y1 <= y && (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0) < 0)
              n += y0 <= y ? 1 : -1;
          }
        return n !== 0;
      };
      let checked = 0;
      let wrong = 0;
      for (const [lon, lat, inLand] of grid) {
        const xy = p([lon, lat]);
        if (!xy || xy[0] < 0 || xy[0] > w || xy[1] < 0 || xy[1] > h) continue;
        checked++;
        if (winding(xy[0], xy[1]) !== inLand) wrong++;
      }
      expect(checked, `${cam.lon}`).toBeGreaterThan(50);
      // Straight edges in the plane versus great-circle edges on the sphere: a point may fall either side of a coast.
      expect(wrong / checked, `${cam.lon},${cam.lat} z${cam.zoom}: ${wrong} of ${checked}`).toBeLessThan(0.01);
    }
  }, 30_000);
});
