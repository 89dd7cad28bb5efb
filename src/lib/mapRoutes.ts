// Which routes each flow of a map scene follows, in geography (lon/lat), before projection.
// Pure: the same scene always yields the same routes. Requests go from developer cities to the model
// makers (from the Americas via an Oregon landing, a Pacific cable and a Shanghai landing, São Paulo first up
// the western Atlantic to Florida; from India and Singapore by sea, through the Strait of Malacca and up the
// South China Sea to a Shanghai landing, never straight over the Himalayas); responses retrace them; power runs from plants to hubs;
// miners move between provinces or out of China; telegraph messages follow the Atlantic cables. Each route
// carries the source of what it follows, so the map cites the flows it draws.
import { atlanticCables, pacificCables } from '../data/cables';
import { hydroMigration, miningExodus, seaLanes } from '../data/places';
import { powerLinks, uhvLines } from '../data/power';
import type { FlowKind, MapScene } from '../scenes/types';
import { placeById } from './mapPlaces';

type LonLat = [number, number];

interface RouteLeg {
  /** geodesic: along great circles through the points; arc: a bowed screen-space curve between two ends. */
  mode: 'geodesic' | 'arc';
  coords: LonLat[];
  /** Bow for arc legs (share of the chord). */
  bend?: number;
}

export interface FlowRoute {
  kind: FlowKind;
  id: string;
  legs: RouteLeg[];
  /** Source id of what the route follows (a cable, a power link, a move of miners). */
  source: string;
}

const at = (id: string): LonLat => {
  const p = placeById.get(id);
  if (!p) throw new Error(`mapRoutes: unknown place "${id}"`);
  return [p.lon, p.lat];
};

const AMERICAS = new Set(['san-francisco', 'seattle', 'new-york', 'sao-paulo']);
const MAKERS = ['minimax-shanghai', 'deepseek-hangzhou', 'moonshot-zhipu-beijing'];
/**
 * Developer cities whose request streams are drawn when the dev-cities layer is on. European cities are not among
 * them (their requests reach China overland or through the Indian Ocean, and on this Pacific-centred projection
 * their great circles would cross the map's edge at 30°E), so a scene with requests does not mark them either.
 */
export const REQUEST_ORIGINS: readonly string[] = ['san-francisco', 'seattle', 'new-york', 'sao-paulo', 'bangalore', 'singapore'];

/** The sea part of a route from Asia to a Shanghai landing: Bangalore round the Bay of Bengal, Singapore up the South China Sea. */
function asianSeaLegs(origin: string): RouteLeg[] {
  const lane = origin === 'bangalore' ? [...seaLanes.bengal, ...seaLanes.southChinaSea] : seaLanes.southChinaSea;
  return [{ mode: 'geodesic', coords: [at(origin), ...lane] }];
}

/** Request routes for a scene, from origin to model maker. */
export function requestRoutes(scene: MapScene): FlowRoute[] {
  const origins = scene.layers.includes('dev-cities') ? REQUEST_ORIGINS : ['san-francisco'];
  const makers = scene.layers.includes('model-makers') && origins.length > 1 ? MAKERS : ['minimax-shanghai'];
  const routes: FlowRoute[] = [];
  origins.forEach((origin, i) => {
    // With one origin (the opening scene), one stream per cable; otherwise cables alternate by city.
    const cables = origins.length === 1 ? (['ncp', 'tpe'] as const) : ([i % 2 === 0 ? 'ncp' : 'tpe'] as const);
    for (const cable of cables) {
      const source = pacificCables.find((c) => c.id === cable)!.source;
      const maker = makers[i % makers.length];
      let legs: RouteLeg[];
      if (AMERICAS.has(origin)) {
        const us = cable === 'ncp' ? 'pacific-city' : 'nedonna-beach';
        const cn = cable === 'ncp' ? 'nanhui' : 'chongming';
        // São Paulo's requests go north by sea to Florida first, then over land to Oregon like New York's.
        const toUs: RouteLeg[] =
          origin === 'sao-paulo'
            ? [
                { mode: 'geodesic', coords: [at(origin), ...seaLanes.westAtlantic] },
                { mode: 'geodesic', coords: [seaLanes.westAtlantic[seaLanes.westAtlantic.length - 1], at(us)] },
              ]
            : [{ mode: 'geodesic', coords: [at(origin), at(us)] }];
        legs = [...toUs, { mode: 'geodesic', coords: [at(us), at('maruyama'), at(cn)] }, { mode: 'geodesic', coords: [at(cn), at(maker)] }];
      } else {
        legs = [...asianSeaLegs(origin), { mode: 'geodesic', coords: [at('nanhui'), at(maker)] }];
      }
      const via = origin === 'sao-paulo' || !AMERICAS.has(origin) ? seaLanes.source : source;
      routes.push({ kind: 'requests', id: `${origin}-${cable}-${maker}`, legs, source: via });
      if (!AMERICAS.has(origin)) break;
    }
  });
  return routes;
}

function reverseRoute(r: FlowRoute, kind: FlowKind): FlowRoute {
  return {
    ...r,
    kind,
    id: `${r.id}-back`,
    legs: [...r.legs].reverse().map((l) => ({ ...l, coords: [...l.coords].reverse(), bend: l.bend })),
  };
}

function powerRoutes(scene: MapScene): FlowRoute[] {
  const onlyUhv = scene.layers.includes('uhv-lines') && !scene.layers.includes('power-plants');
  const links = onlyUhv ? powerLinks.filter((l) => l.via) : powerLinks;
  return links.map((l) => {
    if (l.via) {
      const line = uhvLines.find((u) => u.id === l.via)!;
      return {
        kind: 'power',
        id: `${l.from}-${l.to}`,
        source: l.source,
        legs: [
          { mode: 'geodesic', coords: [at(l.from), at(line.ends[0])] },
          { mode: 'geodesic', coords: [at(line.ends[0]), at(line.ends[1])] },
          { mode: 'geodesic', coords: [at(line.ends[1]), at(l.to)] },
        ],
      } satisfies FlowRoute;
    }
    return {
      kind: 'power',
      id: `${l.from}-${l.to}`,
      source: l.source,
      legs: [{ mode: 'arc', coords: [at(l.from), at(l.to)], bend: 0.18 }],
    } satisfies FlowRoute;
  });
}

function migrationRoutes(scene: MapScene): FlowRoute[] {
  const routes: FlowRoute[] = [];
  if (scene.layers.includes('hydro-migration'))
    for (const [a, b] of hydroMigration.pairs)
      routes.push({ kind: 'migration', id: `${a}-${b}`, source: hydroMigration.source, legs: [{ mode: 'arc', coords: [at(a), at(b)], bend: 0.2 }] });
  if (scene.layers.includes('mining-exodus'))
    miningExodus.to.forEach((dest, i) => {
      const from = miningExodus.from[i % miningExodus.from.length];
      routes.push({
        kind: 'migration',
        id: `${from}-${dest}`,
        source: miningExodus.source,
        legs: [{ mode: 'arc', coords: [at(from), at(dest)], bend: dest === 'kazakhstan' ? 0.3 : -0.18 }],
      });
    });
  return routes;
}

function messageRoutes(kind: 'message-1858' | 'message-1866'): FlowRoute[] {
  const cable = atlanticCables.find((c) => c.id === (kind === 'message-1858' ? 'cable-1858' : 'cable-1866'))!;
  return [{ kind, id: cable.id, source: cable.source, legs: [{ mode: 'geodesic', coords: cable.route }] }];
}

/** All routes of one flow kind in a scene. */
export function routesFor(scene: MapScene, kind: FlowKind): FlowRoute[] {
  switch (kind) {
    case 'requests':
      return requestRoutes(scene);
    case 'responses':
      return requestRoutes(scene).map((r) => reverseRoute(r, 'responses'));
    case 'power':
      return powerRoutes(scene);
    case 'migration':
      return migrationRoutes(scene);
    case 'message-1858':
    case 'message-1866':
      return messageRoutes(kind);
  }
}
