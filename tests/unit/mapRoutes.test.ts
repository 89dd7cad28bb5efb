import { describe, expect, it } from 'vitest';
import { geoEqualEarth } from 'd3-geo';
import { requestRoutes } from '../../src/lib/mapRoutes';
import { sceneById } from '../../src/scenes';
import type { MapScene } from '../../src/scenes/types';

describe('request routes', () => {
  const full = sceneById.get('pacific-full') as MapScene;

  it('start only from cities whose requests cross the Pacific or reach China directly', () => {
    const origins = new Set(requestRoutes(full).map((r) => r.id.split('-ncp-')[0].split('-tpe-')[0]));
    expect(origins.has('london')).toBe(false);
    expect(origins.has('berlin')).toBe(false);
    expect(origins.has('san-francisco')).toBe(true);
    expect(origins.has('bangalore')).toBe(true);
  });

  it('never cross the edge of the Pacific-centred map (no leg jumps across the projection)', () => {
    // The Pacific-centred world view (the climax looks at China, with the Atlantic beyond its edge).
    const projection = geoEqualEarth().rotate([-(sceneById.get('pacific-requests') as MapScene).camera.lon, 0]);
    const width = 2 * Math.PI * projection.scale(); // far wider than any honest step between neighbours
    for (const route of requestRoutes(full))
      for (const leg of route.legs)
        for (let i = 1; i < leg.coords.length; i++) {
          const a = projection(leg.coords[i - 1])!;
          const b = projection(leg.coords[i])!;
          expect(Math.abs(a[0] - b[0]), `${route.id} leg ${i}`).toBeLessThan(width / 3);
        }
  });

  const points = (id: string) =>
    requestRoutes(full)
      .find((r) => r.id.startsWith(id))!
      .legs.flatMap((l) => l.coords);

  it('from India and Singapore go by sea: nothing crosses the Himalayas or the Tibetan plateau', () => {
    for (const origin of ['bangalore', 'singapore']) {
      const pts = points(origin);
      expect(pts.length, origin).toBeGreaterThan(3);
      // Between the origin and Shanghai no point lies in the box of the Himalayas / Tibet (25-40N, 75-100E).
      for (const [lon, lat] of pts) expect(lon > 75 && lon < 100 && lat > 25 && lat < 40, `${origin} ${lon},${lat}`).toBe(false);
      // and the route reaches China through a Shanghai landing, not overland from the south-west.
      expect(pts.some(([lon, lat]) => Math.abs(lon - 121.93) < 0.01 && Math.abs(lat - 30.86) < 0.01)).toBe(true);
    }
  });

  it('from São Paulo go north up the Atlantic first, not across the Andes and the Pacific coast', () => {
    const pts = points('sao-paulo');
    // Its first leg stays east of 82°W (Florida) until it reaches the US.
    const first = requestRoutes(full).find((r) => r.id.startsWith('sao-paulo'))!.legs[0].coords;
    for (const [lon] of first) expect(lon).toBeGreaterThan(-82);
    expect(pts.some(([lon, lat]) => lat > 20 && lon > -81 && lon < -60)).toBe(true);
  });
});
