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
    const projection = geoEqualEarth().rotate([-full.camera.lon, 0]);
    const width = 2 * Math.PI * projection.scale(); // far wider than any honest step between neighbours
    for (const route of requestRoutes(full))
      for (const leg of route.legs)
        for (let i = 1; i < leg.coords.length; i++) {
          const a = projection(leg.coords[i - 1])!;
          const b = projection(leg.coords[i])!;
          expect(Math.abs(a[0] - b[0]), `${route.id} leg ${i}`).toBeLessThan(width / 3);
        }
  });
});
