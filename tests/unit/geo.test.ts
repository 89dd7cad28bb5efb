import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { distanceKm, focusY, greatCircle, interpolateCamera, isInView, lonDelta, portraitBoost, projectionFor, worldFitScale } from '../../src/lib/geo';
import { getScene } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

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
      const p = projectionFor({ lon: -170, lat: 33, zoom: 2 }, w, h);
      const [x, y] = p([-170, 33])!;
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

  it('rotates so the camera longitude is the central meridian', () => {
    expect(projectionFor({ lon: -150, lat: 0, zoom: 1 }, 800, 400).rotate()[0]).toBe(150);
  });

  it.each(['pacific-request', 'pacific-cables', 'pacific-sovereignty', 'pacific-requests', 'pacific-full'])(
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
    const d = geoPath(p)({ type: 'LineString', coordinates: [[-10.29, 51.93], [-53.9, 47.85]] })!;
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

  it('samples great circles and measures distance', () => {
    const pts = greatCircle([-10.29, 51.93], [-53.9, 47.85], 8);
    expect(pts).toHaveLength(9);
    // The fact sheet's waypoint 4 of the 1858 route.
    expect(pts[4][0]).toBeCloseTo(-33.06, 0);
    expect(pts[4][1]).toBeCloseTo(51.97, 0);
    // Fact sheet: great circle Valentia - Bull Arm is about 3,109 km.
    expect(distanceKm([-10.29, 51.93], [-53.9, 47.85])).toBeGreaterThan(3050);
    expect(distanceKm([-10.29, 51.93], [-53.9, 47.85])).toBeLessThan(3150);
  });
});
