// The shortest path light could take between the two ends of the story's Pacific crossing: the great circle from
// the Oregon landing (Nedonna Beach) to the Shanghai landing (Chongming), about 9,200 km. The cables themselves run
// longer, and their published lengths (17,968 km for one system) include branches to other countries, so the
// light-time the story quotes is a floor computed from this path, not from a system's total length.
import { geoDistance } from 'd3-geo';
import { cableLandings } from '../data/places';

const EARTH_RADIUS_KM = 6371;

function landing(id: string) {
  const l = cableLandings.find((x) => x.id === id);
  if (!l) throw new Error(`pacificPath: no landing ${id} in src/data/places.ts`);
  return l;
}

/** Great-circle distance in km from the Oregon landing to the Shanghai landing. */
export function oregonShanghaiKm(): number {
  const a = landing('nedonna-beach');
  const b = landing('chongming');
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}
