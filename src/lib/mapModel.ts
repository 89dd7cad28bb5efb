// The world map as a pure function of (scene, view): every line, marker, label, flow path and static arc,
// the legend, the notes, the data-table rows and the source ids. The map's components only put this into
// SVG/HTML/canvas, so the same scene always gives the same picture, on the server and in the browser.
//
// Each map layer is one entry of LAYERS: what it draws (points, lines, free labels), its rows in the data
// table and the sources it cites. Which labels win when space is short is data: src/data/labelPriorities.ts.
import { geoEqualEarthRaw, geoInterpolate, type GeoProjection } from 'd3-geo';
import { atlanticCables, pacificCables, pacificCableSegments } from '../data/cables';
import { crackdownEvents, provinceShares } from '../data/hashrate';
import { keyLandings, keyPowerSites, labelPriority as P, labelRules, labelZoom } from '../data/labelPriorities';
import {
  cableLandings,
  crackdownProvinces,
  dcHubs,
  devCities,
  hydroMigration,
  miningExodus,
  minerDestinations,
  modelMakers,
  provinceCapitals,
  uhvEnds,
} from '../data/places';
import { powerClusters, powerSites, uhvLines } from '../data/power';
import { answerAssumption, lightInFibreKmPerS } from '../data/latency';
import { fill } from '../i18n/fill';
import type { Messages } from '../i18n';
import { fillJourney } from './journeyNote';
import { dateTimeFormat, listFormat, numberFormat } from './intl';
import type { Camera, FlowKind, MapLayerId, MapScene } from '../scenes/types';
import {
  CompactPathContext,
  drawGeo,
  drawTurning,
  OffFrameCollapser,
  PATH_DIGITS,
  polygonsInFrame,
  projectionFor,
  turningShapes,
  type TurningShapes,
} from './geo';
import { arrowHeads, concatPaths, offsetPath, projectArc, projectGeodesic, svgPathData, type FlowPath } from './flows';
import { placeLabels, type Box, type LabelInput, type Obstacle } from './mapLabels';
import { wrapText } from './textWidth';
import { localPoint, placeById, type MapPoint, type PlaceStrings } from './mapPlaces';
import { REQUEST_ORIGINS, routesFor, type FlowRoute } from './mapRoutes';

export type MapStrings = Messages['map'];

/**
 * The strings and the language every piece of map text is made with: the map group's words, and the places group's
 * names of points, cables and lines (each falling back to the data's English for an id it does not have).
 */
export interface MapText {
  strings: MapStrings;
  places: PlaceStrings;
  lang: string;
}

/** The size the map is drawn at on the server (and in static figures); the SVG scales it to fit. */
export const SERVER_SIZE = { width: 640, height: 720 } as const;
/** Below this width (px) the map is narrow: short names, fewer labels. */
const NARROW_BELOW = 560;
/** Drawn geometry is clipped to the frame plus this margin (px). */
const CLIP_MARGIN = 8;
/** Compact path data: points closer than this (px) to the last one kept are dropped. */
const MIN_STEP = 0.9;
/** While the camera moves the land is drawn fast (drawTurning) and a little coarser: fewer points. */
const MOVING_MIN_STEP = 1.6;

/** One camera at one size: the projection every layer of the map draws with. */
export interface MapView {
  camera: Camera;
  width: number;
  height: number;
  narrow: boolean;
  projection: GeoProjection;
}

export function mapView(camera: Camera, width: number, height: number): MapView {
  return { camera, width, height, narrow: width < NARROW_BELOW, projection: projectionFor(camera, width, height, { clipMargin: CLIP_MARGIN }) };
}

export type MarkerShape = 'dot' | 'square' | 'triangle' | 'circle' | 'ring';

/** What SVG element draws a marker, with its attributes already rounded. */
export type MarkerGeometry =
  { kind: 'rect'; x: number; y: number; size: number } | { kind: 'path'; d: string } | { kind: 'circle'; cx: number; cy: number; r: number };

export interface MarkerModel {
  id: string;
  /** The layer that drew it, or 'highlight' for a highlighted place outside the scene's layers. */
  layer: MapLayerId | 'highlight';
  x: number;
  y: number;
  r: number;
  shape: MarkerShape;
  geometry: MarkerGeometry;
  highlighted: boolean;
  dimmed: boolean;
}

export interface LineModel {
  id: string;
  layer: MapLayerId;
  d: string;
  cls: string;
  dimmed: boolean;
  /** Draws itself on entry (the 1858 cable). */
  drawIn: boolean;
  /** A ship lays it, from the line's start (where the 1858 ships met) to its end. */
  ship?: { x: number; y: number };
}

export interface ArcModel {
  kind: FlowKind;
  id: string;
  d: string;
  /** Stroke width in px: the volume of the flow per route. */
  width: number;
  /** Arrowheads along it (path data), pointing the way it runs. */
  head: string;
}

export interface LabelModel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  cls: string;
  box: Box;
  members?: string[];
}

export interface TableRow {
  name: string;
  what: string;
  lat?: number;
  lon?: number;
  value?: string;
  approx: boolean;
  source: string;
}

export interface ProjectedFlow {
  kind: FlowKind;
  particles: number;
  paths: FlowPath[];
}

/** Everything the map draws over the land for one scene and view. */
export interface MapModel {
  /** The scene it was built for (the marks of the last scene stay while the camera glides to the next). */
  sceneId: string;
  lines: LineModel[];
  arcs: ArcModel[];
  markers: MarkerModel[];
  labels: LabelModel[];
  /** The scene's flows, projected once: the canvas moves particles along them, the static arcs are drawn from them. */
  flows: ProjectedFlow[];
  /** One request makes the trip alone first (the opening), then the flows multiply. */
  journey: boolean;
  /** The top corner the legend sits in. */
  legendSide: 'left' | 'right';
  legend: { kind: FlowKind; label: string }[];
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------------
// The layer table

/** What a layer knows before anything is projected. */
interface LayerCtx {
  scene: MapScene;
  zoom: number;
  narrow: boolean;
  /** Map width in px (symbol sizes follow it). */
  width: number;
  /** The layer is drawn faded in this scene. */
  dimmed: boolean;
  text: MapText;
}

interface PointSpec {
  p: MapPoint;
  shape: MarkerShape;
  /** Radius in px before highlighting. */
  r: number;
  priority: number;
  /** The data table's "What" cell. */
  what: string;
  value?: string;
  /** Defaults to the point's own source. */
  source?: string;
  /** Map label; defaults to the place name (short name on narrow screens). */
  label?: string;
  short?: string;
  noLabel?: boolean;
  /** Its label reads at full strength even on a faded layer (the crackdown's dates). */
  strongLabel?: boolean;
}

interface LineSpec {
  id: string;
  coords: [number, number][];
  cls: string;
  drawIn?: boolean;
  ship?: boolean;
}

/** A label that is not a marker's: a line's name (centred on a point of it) or a cluster's. */
interface FreeLabel {
  id: string;
  at: [number, number];
  text: string;
  priority: number;
  cls: string;
  /** Centred on its point (line names); otherwise beside it, like a marker label of radius r. */
  centered: boolean;
  dx?: number;
  dy?: number;
  /** Only on its own side of the line (a centred label otherwise tries the other side too). */
  oneSide?: boolean;
  r?: number;
  bold?: boolean;
  members?: string[];
}

interface LayerSpec {
  /** Places it marks: each gives a marker, a label (if there is room) and a table row. */
  points?(c: LayerCtx): PointSpec[];
  lines?(c: LayerCtx): LineSpec[];
  labels?(c: LayerCtx): FreeLabel[];
  /** Table rows for what is not a point (cables, power lines). */
  rows?(c: LayerCtx): TableRow[];
  /** Sources it cites besides those of its rows. */
  sources?(c: LayerCtx): string[];
  /** A note shown under the legend while the layer is on. */
  note?: keyof MapStrings['notes'];
}

const at = (id: string) => placeById.get(id)!;
const ll = (id: string): [number, number] => [at(id).lon, at(id).lat];
/** A point in the page language (name, short name, note). */
const loc = <T extends MapPoint>(c: { text: MapText }, p: T): T => localPoint(p, c.text.places);
/** The point of an id in the page language. */
const atL = (c: { text: MapText }, id: string) => loc(c, at(id));

/** A cable's full name and map name in the page language, {year} filled from the data. */
function cableText(c: { text: MapText }, cable: { id: string; name: string; short?: string; year?: number }): { name: string; short?: string } {
  const t = c.text.places.cables[cable.id];
  const values: Record<string, string> = cable.year === undefined ? {} : { year: year(c, cable.year) };
  return t ? { name: fill(t.name, values), short: t.short } : { name: cable.name, short: cable.short };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A month the data writes in English ("Aug 2008") as the page language writes it. */
function monthYear(text: string, lang: string): string {
  const [mon, y] = text.split(' ');
  const m = MONTHS.indexOf(mon);
  if (m < 0 || !/^\d{4}$/.test(y ?? '')) return text;
  return df(lang, { month: 'short', year: 'numeric' }).format(Date.UTC(Number(y), m, 1));
}
const small = (c: LayerCtx) => (c.narrow ? 3 : 3.5);

/** A date format (UTC) for the map's language. */
const df = (lang: string, opts: Intl.DateTimeFormatOptions) => dateTimeFormat(lang, { ...opts, timeZone: 'UTC' });
const nf = numberFormat;
const int = (c: { text: MapText }, v: number) => nf(c.text.lang).format(v);
const year = (c: { text: MapText }, v: number) => nf(c.text.lang, { useGrouping: false }).format(v);

/** The date of a 2021 crackdown event in the page language: the day where the source gives it, else the month. */
function eventDate(ev: (typeof crackdownEvents)[number], lang: string): string {
  const opts: Intl.DateTimeFormatOptions = ev.precision === 'day' ? { day: 'numeric', month: 'short', year: 'numeric' } : { month: 'short', year: 'numeric' };
  return df(lang, opts).format(new Date(`${ev.date}T00:00:00Z`));
}

/** The date a province acted against miners in 2021, in the page language, if it did. */
function crackdownDate(id: string, lang: string): string | undefined {
  const cp = crackdownProvinces.find((x) => x.id === id);
  const ev = cp && crackdownEvents.find((e) => e.id === cp.event);
  return ev && eventDate(ev, lang);
}

/** Where along a cable its name is tried, as shares of the route: the middle first. */
const CABLE_NAME_AT = [0.5, 0.38, 0.62];

/** The point a share t of the way along a route of [lon, lat] points (by great circles between them). */
function alongRoute(route: [number, number][], t: number): [number, number] {
  const x = t * (route.length - 1);
  const i = Math.min(route.length - 2, Math.floor(x));
  return geoInterpolate(route[i], route[i + 1])(x - i) as [number, number];
}

function atlanticCable(id: 'cable-1858' | 'cable-1866'): LayerSpec {
  const cable = atlanticCables.find((x) => x.id === id)!;
  const pr = P.atlanticCable;
  return {
    lines: (c) => {
      // Drawn as it was laid: from where the ships met, one half towards each coast, a ship at the end of each.
      if (cable.meet && c.scene.drawCable)
        return splitAt(cable.route, cable.meet.at).map((coords, i) => ({
          id: `${cable.id}-${i ? 'west' : 'east'}`,
          coords,
          cls: `cable ${cable.id}`,
          drawIn: true,
          ship: true,
        }));
      return [{ id: cable.id, coords: cable.route, cls: `cable ${cable.id}` }];
    },
    labels: (c) => {
      // Where the ships met, named above the meeting point, or a little west of it where an end's name is in the way.
      const met = cable.meet;
      const meet =
        met && c.scene.drawCable
          ? [met.at, alongRoute(cable.route, 0.6), alongRoute(cable.route, 0.68)].map((at) => ({
              id: 'ships-met',
              at,
              text: fill(c.text.strings.labels.shipsMet, { date: dayDate(met.date, c.text.lang) }),
              priority: pr.name + 10,
              cls: 'lab-cable',
              centered: true,
              dy: -24,
              // Above: below the line is the cable's own name.
              oneSide: true,
            }))
          : [];
      // The live cable is named above its line; a faded one below, and only where there is room: mid-ocean, or
      // else a little to either side of it.
      const text = fill(c.text.strings.labels.cableYear, { year: year(c, cable.year) });
      const names = CABLE_NAME_AT.map((t) => ({
        id: `${cable.id}-name`,
        at: alongRoute(cable.route, t),
        text,
        priority: c.dimmed ? pr.nameDimmed : pr.name,
        cls: `lab-cable${c.dimmed ? ' dim' : ''}`,
        centered: true,
        dy: c.dimmed ? 18 : -17,
      }));
      return [...meet, ...names];
    },
    points: (c) =>
      cable.ends.map((end) => ({
        p: atL(c, end),
        shape: 'dot',
        r: small(c) + 0.5,
        priority: c.dimmed ? pr.endsDimmed : pr.ends,
        what: fill(c.text.strings.rows.cableEnd, { year: year(c, cable.year) }),
      })),
    rows: (c) => [{ name: cableText(c, cable).name, what: c.text.strings.rows.cableRoute, approx: true, source: cable.source }],
    sources: () => [cable.account, ...(cable.meet ? [cable.meet.source] : [])],
  };
}

/** A route cut at the point nearest `at`: [from there east to the first end, from there west to the last]. */
function splitAt(route: [number, number][], at: [number, number]): [[number, number][], [number, number][]] {
  let best = 1;
  for (let i = 1; i < route.length - 1; i++)
    if (Math.hypot(route[i][0] - at[0], route[i][1] - at[1]) < Math.hypot(route[best][0] - at[0], route[best][1] - at[1])) best = i;
  // The meeting point lies between best and its neighbour on the side it falls.
  const east = [at, ...route.slice(0, best + (at[0] < route[best][0] ? 1 : 0)).reverse()];
  const west = [at, ...route.slice(best + (at[0] < route[best][0] ? 1 : 0))];
  return [east, west];
}

/** A day as the page language writes it (29 Jul 1858). */
function dayDate(iso: string, lang: string): string {
  return df(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${iso}T00:00:00Z`));
}

export const LAYERS: Readonly<Record<MapLayerId, LayerSpec>> = {
  'cable-1858': atlanticCable('cable-1858'),
  'cable-1866': atlanticCable('cable-1866'),

  'pacific-cables': {
    lines: () =>
      pacificCables.flatMap((cable) =>
        pacificCableSegments[cable.id].map(([a, b], i) => ({ id: `${cable.id}-${i}`, coords: [ll(a), ll(b)], cls: `cable pacific ${cable.id}` })),
      ),
    // Names on the trunks' midpoints, TPE north of the pair and NCP south, only in regional views.
    labels: (c) => {
      if (c.zoom < labelZoom.pacificNames) return [];
      const trunk = (id: 'tpe' | 'ncp') => {
        const [a, b] = pacificCableSegments[id][0];
        return geoInterpolate(ll(a), ll(b))(0.5) as [number, number];
      };
      const name = (id: 'tpe' | 'ncp') => {
        const cable = pacificCables.find((x) => x.id === id)!;
        return cableText(c, cable).short ?? cableText(c, cable).name;
      };
      return [
        { id: 'tpe-name', at: trunk('tpe'), text: name('tpe'), priority: P.pacificCables.name, cls: 'lab-cable', centered: true, dy: -12 },
        { id: 'ncp-name', at: trunk('ncp'), text: name('ncp'), priority: P.pacificCables.name, cls: 'lab-cable', centered: true, dy: 16 },
      ];
    },
    points: (c) => {
      const pr = P.pacificCables;
      const regional = c.zoom >= labelZoom.pacificNames;
      return cableLandings.map((p) => ({
        p: loc(c, p),
        shape: 'dot',
        r: small(c) - 0.5,
        // At world scale landing names are clutter; zoomed in, the key ones tell the route.
        priority: !regional ? pr.landingWorld : p.kind === 'inland-hub' ? pr.inlandHub : keyLandings.includes(p.id) ? pr.keyLanding : pr.landing,
        what: p.kind === 'inland-hub' ? c.text.strings.rows.inlandHub : c.text.strings.rows.landing,
      }));
    },
    rows: (c) =>
      pacificCables.map((cable) => ({
        name: cableText(c, cable).name,
        what: fill(c.text.strings.rows.pacificCable, { date: monthYear(cable.rfs, c.text.lang) }),
        value: fill(c.text.strings.rows.km, { km: int(c, cable.lengthKm) }),
        approx: false,
        source: cable.source,
      })),
    note: 'cables',
  },

  'dev-cities': {
    // A city is marked only where its requests are drawn: in a scene with request flows, London and Berlin (whose
    // requests this Pacific map does not draw) have no dot.
    points: (c) =>
      devCities
        .filter((p) => !c.scene.flows.some((f) => f.kind === 'requests' || f.kind === 'responses') || REQUEST_ORIGINS.includes(p.id))
        .map((p) => ({ p: loc(c, p), shape: 'dot', r: small(c) + 0.5, priority: P.devCities, what: c.text.strings.rows.devCity })),
  },

  'model-makers': {
    points: (c) => modelMakers.map((p) => ({ p: loc(c, p), shape: 'square', r: small(c) + 1, priority: P.modelMakers, what: c.text.strings.rows.modelMaker })),
  },

  'dc-hubs': {
    // Named when China fills the view; at world scale they are one cluster of squares.
    points: (c) =>
      dcHubs
        .map((p) => loc(c, p))
        .map((p) => ({
          p,
          shape: 'square',
          r: small(c),
          priority: c.zoom >= labelZoom.chinaNames ? P.dcHubs.china : P.dcHubs.world,
          what: fill(c.text.strings.rows.dcHub, { note: p.note ?? '' }),
        })),
  },

  'mining-provinces': {
    points: (c) => [
      ...provinceShares.flatMap((share) => {
        const capital = provinceCapitals.find((x) => x.id === share.id);
        if (!capital) return [];
        const p = loc(c, capital);
        const value = fill(c.text.strings.rows.percent, { value: nf(c.text.lang, { maximumFractionDigits: 1 }).format(share.sharePct) });
        // In the crackdown a province that acted is named with the date it did; the others by name alone.
        const acted = c.scene.crackdown ? crackdownDate(share.id, c.text.lang) : undefined;
        const named = (name: string) =>
          acted ? fill(c.text.strings.labels.crackdown, { name, date: acted }) : c.dimmed ? name : fill(c.text.strings.rows.provinceLabel, { name, value });
        return [
          {
            p,
            shape: 'circle',
            r: shareRadius(share.sharePct, c.width),
            label: named(p.name),
            short: named(p.short ?? p.name),
            what: c.text.strings.rows.hashrateShare,
            value,
            source: share.source,
            priority: acted ? P.miningProvinces + 20 : P.miningProvinces,
            strongLabel: !!acted,
          } satisfies PointSpec,
        ];
      }),
      // Provinces that acted but have no hashrate circle of their own (Qinghai): a dot and the date.
      ...(c.scene.crackdown
        ? crackdownProvinces
            .filter((cp) => !provinceShares.some((s) => s.id === cp.id))
            .map((cp): PointSpec => {
              const p = atL(c, cp.id);
              const ev = crackdownEvents.find((e) => e.id === cp.event)!;
              const date = eventDate(ev, c.text.lang);
              return {
                p,
                shape: 'dot',
                r: small(c),
                priority: P.miningProvinces + 20,
                strongLabel: true,
                label: fill(c.text.strings.labels.crackdown, { name: p.name, date }),
                short: fill(c.text.strings.labels.crackdown, { name: p.short ?? p.name, date }),
                what: c.text.strings.rows.crackdown,
                value: fill(c.text.strings.rows.actedOn, { date }),
                source: ev.source,
              };
            })
        : []),
    ],
    sources: (c) => (c.scene.crackdown ? crackdownProvinces.map((cp) => crackdownEvents.find((e) => e.id === cp.event)!.source) : []),
  },

  'hydro-migration': {
    // With the provinces layer on, its circles already mark the provinces the miners move between.
    points: (c) =>
      c.scene.layers.includes('mining-provinces')
        ? []
        : [...new Set(hydroMigration.pairs.flat())].map((id) => ({
            p: atL(c, id),
            shape: 'dot',
            r: small(c) + 1,
            priority: P.hydroMigration,
            what: c.text.strings.rows.miningProvince,
          })),
    sources: () => [hydroMigration.source],
  },

  'mining-exodus': {
    points: (c) => [
      ...minerDestinations.map((p): PointSpec => ({
        p: loc(c, p),
        shape: 'ring',
        r: small(c) + 2,
        priority: P.miningExodus.destination,
        what: c.text.strings.rows.minerDestination,
      })),
      ...miningExodus.from.map((id): PointSpec => ({
        p: atL(c, id),
        shape: 'dot',
        r: small(c) + 1,
        priority: P.miningExodus.origin,
        what: c.text.strings.rows.minerOrigin,
      })),
    ],
    sources: () => [miningExodus.source],
  },

  'power-plants': {
    // Sites that sit close together (the Jinsha River dams) share one label unless the view is close enough.
    labels: (c) => {
      if (c.zoom >= labelZoom.clusterSplit) return [];
      const pr = P.powerPlants;
      return powerClusters.flatMap((cl) => {
        const hl = cl.members.some((id) => c.scene.highlight?.includes(id));
        if (c.narrow && !hl && c.dimmed) return [];
        const priority = c.zoom < labelZoom.chinaNames ? pr.world : (hl ? pr.clusterHighlighted : pr.cluster) - (c.dimmed ? labelRules.dimPenalty : 0);
        const t = c.text.places.clusters[cl.id] ?? cl;
        return [
          {
            id: cl.id,
            at: ll(cl.anchor),
            text: c.narrow ? t.short : t.name,
            priority,
            cls: `lab-power-plants${hl ? ' hl' : ''}${c.dimmed ? ' dim' : ''}`,
            centered: false,
            dy: 10,
            r: 9,
            bold: hl,
            members: cl.members,
          },
        ];
      });
    },
    points: (c) => {
      const pr = P.powerPlants;
      const clustered = new Set(c.zoom < labelZoom.clusterSplit ? powerClusters.flatMap((cl) => cl.members) : []);
      const s = c.text.strings.rows;
      return powerSites
        .map((site) => loc(c, site))
        .map((site) => ({
          p: site,
          noLabel: clustered.has(site.id),
          shape: 'triangle',
          r: small(c) + 2,
          priority: c.zoom < labelZoom.chinaNames ? pr.world : keyPowerSites.includes(site.id) ? pr.key : pr.other,
          what: fill(s.power, { kind: c.text.strings.powerKinds[site.kind], note: site.note }),
          value: site.capacityMw ? fill(site.planned ? s.capacityPlanned : s.capacity, { mw: int(c, site.capacityMw) }) : undefined,
        }));
    },
    note: 'power',
  },

  'uhv-lines': {
    lines: () => uhvLines.map((u) => ({ id: u.id, coords: [ll(u.ends[0]), ll(u.ends[1])], cls: 'uhv' })),
    // Named along the line where there is room: a little west of the middle first.
    labels: (c) =>
      uhvLines.flatMap((u) =>
        [0.42, 0.3, 0.55, 0.66, 0.2].map((along) => {
          const [a, b] = [ll(u.ends[0]), ll(u.ends[1])];
          return {
            id: `${u.id}-name`,
            // On the great circle the line is drawn along.
            at: geoInterpolate(a, b)(along) as [number, number],
            text: fill(c.text.strings.labels.uhvLine, { kv: int(c, u.kv) }),
            priority: P.uhvLines.line,
            cls: 'lab-uhv',
            centered: true,
            // Clear of the power flowing along the line: it slants down to the east, so the name sits up and right.
            dx: 36,
            dy: -26,
          };
        }),
      ),
    points: (c) => uhvEnds.map((p) => ({ p: loc(c, p), shape: 'dot', r: small(c) + 0.5, priority: P.uhvLines.ends, what: c.text.strings.rows.uhvEnd })),
    rows: (c) =>
      uhvLines.map((u) => ({
        name: c.text.places.lines[u.id] ? fill(c.text.places.lines[u.id].name, { kv: int(c, u.kv) }) : u.name,
        what: c.text.strings.rows.uhvLine,
        value: fill(c.text.strings.rows.uhvValue, { mw: int(c, u.ratingMw), km1: int(c, u.lengthKm[0]), km2: int(c, u.lengthKm[1]) }),
        approx: true,
        source: u.source,
      })),
  },
};

/** Draw order: the first is drawn first, underneath the others. */
export const LAYER_ORDER: readonly MapLayerId[] = [
  'uhv-lines',
  'cable-1858',
  'cable-1866',
  'pacific-cables',
  'hydro-migration',
  'mining-exodus',
  'mining-provinces',
  'power-plants',
  'dc-hubs',
  'dev-cities',
  'model-makers',
];

function layerCtx(scene: MapScene, layer: MapLayerId, text: MapText, zoom: number, width: number, narrow: boolean): LayerCtx {
  return { scene, zoom, narrow, width, dimmed: scene.dim?.includes(layer) ?? false, text };
}

/** The scene's layers in draw order, each with its context. */
function layersOf(scene: MapScene, text: MapText, zoom: number, width: number, narrow: boolean): [MapLayerId, LayerSpec, LayerCtx][] {
  return LAYER_ORDER.filter((l) => scene.layers.includes(l)).map((l) => [l, LAYERS[l], layerCtx(scene, l, text, zoom, width, narrow)]);
}

/** Highlighted places whose layer is off: a place gets a marker of its own, a country is shaded and named. */
function highlightSpecs(scene: MapScene, drawn: Set<string>, text: MapText, narrow: boolean): { places: PointSpec[]; countries: MapPoint[] } {
  const places: PointSpec[] = [];
  const countries: MapPoint[] = [];
  for (const id of scene.highlight ?? []) {
    const data = placeById.get(id);
    if (!data || drawn.has(id)) continue;
    const p = localPoint(data, text.places);
    if (p.iso) countries.push(p);
    else places.push({ p, shape: 'dot', r: narrow ? 3.5 : 4, priority: P.highlight.place, what: text.strings.rows.highlighted });
  }
  return { places, countries };
}

function pointRow(s: PointSpec): TableRow {
  return { name: s.p.name, what: s.what, lat: s.p.lat, lon: s.p.lon, value: s.value, approx: s.p.approx, source: s.source ?? s.p.source };
}

/** The data table's rows for a scene: every place and route it shows. Needs no projection. */
export function sceneRows(scene: MapScene, text: MapText): TableRow[] {
  const rows: TableRow[] = [];
  const drawn = new Set<string>();
  for (const [, spec, c] of layersOf(scene, text, scene.camera.zoom, SERVER_SIZE.width, false)) {
    rows.push(...(spec.rows?.(c) ?? []));
    for (const s of spec.points?.(c) ?? []) {
      rows.push(pointRow(s));
      drawn.add(s.p.id);
    }
  }
  const hl = highlightSpecs(scene, drawn, text, false);
  rows.push(...hl.places.map(pointRow));
  rows.push(...hl.countries.map((p) => ({ name: p.name, what: text.strings.rows.country, approx: true, source: p.source })));
  return rows;
}

/** The data table's "Lat, lon" cell: ≈ before an approximate position, a dash without one. */
export function coordsCell(row: TableRow, text: MapText): string {
  const t = text.strings.table;
  if (row.lat === undefined || row.lon === undefined) return t.none;
  const f = nf(text.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const coords = fill(t.coords, { lat: f.format(row.lat), lon: f.format(row.lon) });
  return row.approx ? fill(t.approx, { coords }) : coords;
}

/** Source ids of everything a scene shows (its rows, its layers' own sources, the routes of its flows), first-seen order. */
export function sceneSources(scene: MapScene, text: MapText): string[] {
  const ids = new Set(sceneRows(scene, text).map((r) => r.source));
  for (const [, spec, c] of layersOf(scene, text, scene.camera.zoom, SERVER_SIZE.width, false)) for (const id of spec.sources?.(c) ?? []) ids.add(id);
  for (const f of scene.flows) for (const r of routesFor(scene, f.kind)) ids.add(r.source);
  if (scene.journey) for (const id of [lightInFibreKmPerS.source, answerAssumption.source]) ids.add(id);
  return [...ids];
}

// ---------------------------------------------------------------------------------------------------------
// Drawing

/** The Pause button's corner (top right) and the source line's band (bottom), px. */
const PAUSE_BOX = { w: 56, h: 46 };

/**
 * The box the legend takes in a top corner, estimated the way MapOverlay lays it out: 18 px a row, notes wrapped
 * at the box's width (at most 16 rem, 48% of the map) in 12 px type. On the right it sits under the Pause button.
 */
function legendBox(width: number, rows: number, notes: string[], side: 'left' | 'right'): Box {
  const w = Math.min(256, width * 0.48);
  const lines = rows + notes.reduce((n, note) => n + wrapText(note, w - 16, 12).length, 0);
  const h = rows + notes.length === 0 ? 0 : 12 + lines * 18;
  const top = side === 'right' ? PAUSE_BOX.h : 0;
  return side === 'left' ? { x0: 0, y0: 0, x1: w + 6, y1: top + h } : { x0: width - w - 6, y0: top, x1: width, y1: top + h };
}

/** Labels and markers stay clear of the controls drawn over the map's corners: legend, Pause, source line. */
function reservedAreas(width: number, height: number, legend: Box, narrow: boolean): Box[] {
  return [legend, { x0: width - 150, y0: 0, x1: width, y1: PAUSE_BOX.h }, { x0: 0, y0: height - (narrow ? 58 : 46), x1: width, y1: height }];
}

/**
 * Which top corner the legend takes: the one that covers fewer of the scene's marks (markers, lines, flows), a
 * highlighted place counting as much as a long stretch of flow.
 */
function legendSide(width: number, rows: number, notes: string[], obstacles: readonly Obstacle[], markers: readonly MarkerModel[]): 'left' | 'right' {
  const inBox = (b: Box, x: number, y: number, r: number) => x + r > b.x0 && x - r < b.x1 && y + r > b.y0 && y - r < b.y1;
  const count = (b: Box) =>
    obstacles.reduce((n, o) => n + (inBox(b, o.x, o.y, o.r) ? 1 : 0), 0) + markers.reduce((n, m) => n + (m.highlighted && inBox(b, m.x, m.y, m.r) ? 40 : 0), 0);
  return count(legendBox(width, rows, notes, 'right')) < count(legendBox(width, rows, notes, 'left')) ? 'right' : 'left';
}

/** How far (px) labels keep from a line's centre, and from a flow's (its particles stray by lane, scatter and radius). */
const LINE_CLEARANCE = 2.5;
const FLOW_CLEARANCE = 4;
/** Lane of request and answer paths (px left of travel), as the particles run them. */
const FLOW_LANE = 2;
/** Spacing of the sample points along a path, px. */
const OBSTACLE_STEP = 5;

/** Round obstacles of radius r every OBSTACLE_STEP px along a projected path (breaks are not crossed). */
function pathObstacles(p: FlowPath, r: number): Obstacle[] {
  const out: Obstacle[] = [];
  const n = p.xy.length / 2;
  const breaks = new Set(p.breaks);
  for (let i = 0; i < n; i++) {
    const x = p.xy[2 * i];
    const y = p.xy[2 * i + 1];
    out.push({ x, y, r });
    if (i + 1 >= n || breaks.has(i + 1)) continue;
    const dx = p.xy[2 * i + 2] - x;
    const dy = p.xy[2 * i + 3] - y;
    const steps = Math.floor(Math.hypot(dx, dy) / OBSTACLE_STEP);
    for (let k = 1; k <= steps; k++) out.push({ x: x + (dx * k) / (steps + 1), y: y + (dy * k) / (steps + 1), r });
  }
  return out;
}

/**
 * d3's scaleSqrt for a domain starting at 0, unclamped: x -> r0 + (r1 - r0) * sqrt(x / d1).
 * Written out here on purpose: d3-scale ships as one module file, so importing it into the map would make
 * the first figure a reader sees load every scale the charts use (time scales and their locale tables),
 * which broke the 50 KB first-load budget. tests/unit/mapModel-sqrt.test.ts checks it against d3.
 */
export function sqrtScale(d1: number, r0: number, r1: number): (x: number) => number {
  return (x) => r0 + (r1 - r0) * Math.sqrt(x / d1);
}

/** Share of global hashrate -> circle radius, relative to the map's size. */
export function shareRadius(sharePct: number, width: number): number {
  const max = Math.max(18, Math.min(46, width * 0.065));
  return sqrtScale(40, 0, max)(sharePct);
}

/** Particles per route -> static arc width (px): area-true, so twice the volume is not twice as wide. */
export function volumeWidth(perRoute: number): number {
  return Math.max(1, Math.min(9, sqrtScale(400, 0.8, 7)(perRoute)));
}

function projectRoute(route: FlowRoute, projection: GeoProjection): FlowPath {
  return concatPaths(
    route.legs.map((leg) => (leg.mode === 'arc' ? projectArc(leg.coords[0], leg.coords[1], projection, leg.bend) : projectGeodesic(leg.coords, projection))),
  );
}

/** Projects every flow of a scene once (the canvas moves particles along these; the static arcs are drawn from them). */
function projectFlows(scene: MapScene, projection: GeoProjection): ProjectedFlow[] {
  return scene.flows.map((f) => ({
    kind: f.kind,
    particles: f.particles,
    paths: routesFor(scene, f.kind).map((r) => projectRoute(r, projection)),
  }));
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function markerGeometry(shape: MarkerShape, x: number, y: number, r: number): MarkerGeometry {
  if (shape === 'square') return { kind: 'rect', x: r1(x - r), y: r1(y - r), size: r1(2 * r) };
  // An upward triangle that covers about the area of a circle of radius r.
  if (shape === 'triangle')
    return { kind: 'path', d: `M${r1(x)},${r1(y - r)}L${r1(x + r * 0.95)},${r1(y + r * 0.75)}L${r1(x - r * 0.95)},${r1(y + r * 0.75)}Z` };
  return { kind: 'circle', cx: r1(x), cy: r1(y), r: r1(r) };
}

/** The opening journey's times, in words: the request's round trip on its cable and the answer's writing time. */
function journeyNote(text: MapText): string {
  // The page's strings come filled from the server (mapStrings), so the browser never builds the two unit formats
  // (a phone spends tens of milliseconds on each while the map hydrates); a raw dictionary is filled here.
  const template = text.strings.journey;
  return template.includes('{') ? fillJourney(template, text.lang) : template;
}

/** The caveats of the layers on show (stylized cables, schematic power): said with the sources, under the map. */
export function sceneNotes(scene: MapScene, text: MapText): string[] {
  return LAYER_ORDER.filter((l) => scene.layers.includes(l)).flatMap((l) => {
    const note = LAYERS[l].note;
    return note ? [text.strings.notes[note]] : [];
  });
}

/**
 * The legend (one entry per moving flow) and its notes: only what reads the picture (the opening's times), so the
 * box stays small and off the places; the layers' caveats go with the sources (sceneNotes). Needs no projection.
 */
export function sceneLegend(scene: MapScene, text: MapText): { legend: { kind: FlowKind; label: string }[]; notes: string[] } {
  const notes = scene.journey ? [journeyNote(text)] : [];
  return { legend: scene.flows.map((f) => ({ kind: f.kind, label: text.strings.legend[f.kind] })), notes };
}

/** What the server drew for the map's first scene, handed to the browser so its hydration need not redo it. */
export interface ServedMap {
  sceneId: string;
  /** The marks at SERVER_SIZE, without the particles' paths (the canvas is empty on the server). */
  model: MapModel;
}

export function servedMap(scene: MapScene, text: MapText): ServedMap {
  const model = buildMapModel(scene, mapView(scene.camera, SERVER_SIZE.width, SERVER_SIZE.height), text);
  return { sceneId: scene.id, model: { ...model, flows: [] } };
}

/** The lines, markers, labels, flows and legend of one scene in one view. */
export function buildMapModel(scene: MapScene, view: MapView, text: MapText): MapModel {
  const { projection, width, height, narrow, camera } = view;
  const markers: MarkerModel[] = [];
  const lines: LineModel[] = [];
  const labels: LabelInput[] = [];
  const { legend, notes } = sceneLegend(scene, text);
  const hasHighlights = (scene.highlight?.length ?? 0) > 0;
  const size = narrow ? 12 : 13;

  const addPoint = (layer: MapLayerId | 'highlight', s: PointSpec, dimmed: boolean) => {
    const xy = projection([s.p.lon, s.p.lat]);
    if (!xy) return;
    const highlighted = scene.highlight?.includes(s.p.id) ?? false;
    const r = highlighted ? s.r * 1.35 : s.r;
    markers.push({ id: s.p.id, layer, x: xy[0], y: xy[1], r, shape: s.shape, geometry: markerGeometry(s.shape, xy[0], xy[1], r), highlighted, dimmed });
    if (s.noLabel) return;
    const faded = dimmed && !s.strongLabel;
    const priority = highlighted ? labelRules.highlightBonus + s.priority : faded ? s.priority - labelRules.dimPenalty : s.priority;
    // Narrow screens keep only the labels that carry the scene; a scene with highlights keeps its focus.
    if (priority < labelRules.minShown || (narrow && priority < labelRules.narrowMin)) return;
    if (!highlighted && priority < labelRules.focusMin && hasHighlights) return;
    const shortName = s.short ?? s.p.short;
    const label = narrow ? (shortName ?? s.label ?? s.p.name) : (s.label ?? s.p.name);
    labels.push({
      id: s.p.id,
      text: label,
      short: shortName,
      x: xy[0],
      y: xy[1],
      r: Math.max(r, 3),
      priority,
      size: highlighted ? size + 1 : size,
      bold: highlighted,
      cls: `lab-${layer}${highlighted ? ' hl' : ''}${faded ? ' dim' : ''}`,
    });
  };

  const drawn = new Set<string>();
  const lineCoords = new Map<string, [number, number][]>();
  for (const [layer, spec, c] of layersOf(scene, text, camera.zoom, width, narrow)) {
    for (const l of spec.lines?.(c) ?? []) {
      lineCoords.set(l.id, l.coords);
      const start = l.ship ? projection(l.coords[0]) : null;
      lines.push({
        id: l.id,
        layer,
        d: compactPath(projection, { type: 'LineString', coordinates: l.coords }),
        cls: l.cls,
        dimmed: c.dimmed,
        drawIn: !!l.drawIn,
        ...(start ? { ship: { x: r1(start[0]), y: r1(start[1]) } } : {}),
      });
    }
    for (const s of spec.points?.(c) ?? []) {
      addPoint(layer, s, c.dimmed);
      drawn.add(s.p.id);
    }
    for (const l of spec.labels?.(c) ?? []) {
      const xy = projection(l.at);
      if (!xy || (narrow && l.priority < labelRules.narrowMin)) continue;
      labels.push(
        l.centered
          ? // If the preferred side of the line is taken, the other side will do.
            {
              id: l.id,
              text: l.text,
              x: xy[0] + (l.dx ?? 0),
              y: xy[1] + (l.dy ?? 0),
              r: 0,
              priority: l.priority,
              size,
              // Line names are set bold (MapLabels): measured so.
              bold: l.bold ?? /lab-(cable|uhv)/.test(l.cls),
              centered: true,
              altDy: l.dy && !l.oneSide ? [-2 * l.dy] : [],
              cls: l.cls,
            }
          : { id: l.id, text: l.text, x: xy[0], y: xy[1] + (l.dy ?? 0), r: l.r ?? 0, priority: l.priority, size, bold: l.bold, members: l.members, cls: l.cls },
      );
    }
  }

  // A highlighted place whose layer is off is still drawn: the opening scene shows San Francisco alone.
  // A highlighted country is shaded (countryPaths) and named in its middle instead.
  const hl = highlightSpecs(scene, drawn, text, narrow);
  for (const s of hl.places) addPoint('highlight', s, false);
  if (camera.zoom < labelZoom.countryNameBelow)
    for (const p of hl.countries) {
      const xy = projection([p.lon, p.lat]);
      if (xy)
        labels.push({
          id: p.id,
          text: narrow ? (p.short ?? p.name) : p.name,
          x: xy[0],
          y: xy[1],
          r: 0,
          priority: P.highlight.country,
          size: size + (narrow ? 1 : 2),
          bold: true,
          centered: true,
          cls: 'lab-country hl',
        });
    }

  // Flows, projected once: the canvas moves particles along them; the static arcs (the reduced-motion and
  // no-JS picture of each flow) are drawn from them, width = volume per route.
  const flows = projectFlows(scene, projection);
  const arcs: ArcModel[] = [];
  for (const f of flows) {
    const live = f.paths.filter((p) => p.length > 0);
    const w = volumeWidth(f.particles / Math.max(1, live.length));
    // Requests and answers share routes in opposite directions: side by side, like their particles.
    const lane = f.kind === 'requests' || f.kind === 'responses' ? w / 2 + 0.6 : 0;
    f.paths.forEach((p, i) => {
      if (!(p.length > 0)) return;
      const lanePath = offsetPath(p, lane);
      // Heads mid-way and near the end: which way it runs, without motion. Short routes get the end one only.
      const head = arrowHeads(lanePath, Math.max(5, w * 1.6), p.length > 120 ? [0.5, 0.96] : [0.9]);
      arcs.push({ kind: f.kind, id: `${f.kind}-${i}`, d: svgPathData(lanePath, 1.2), head, width: r1(w) });
    });
  }

  const obstacles: Obstacle[] = markers.map((m) => ({
    x: m.x,
    y: m.y,
    r: m.shape === 'circle' ? Math.min(m.r, 6) : m.r + 1,
    owner: m.id,
  }));
  // Lines and flows keep labels off them too: the particles are drawn above the labels, and a name on a cable
  // reads as part of it. Sampled every few pixels as small round obstacles.
  for (const l of lines) {
    const spec = lineCoords.get(l.id);
    if (spec) obstacles.push(...pathObstacles(projectGeodesic(spec, projection), LINE_CLEARANCE));
  }
  for (const f of flows) {
    const lane = f.kind === 'requests' || f.kind === 'responses' ? FLOW_LANE : 0;
    // As wide as the static arc and its heads (reduced motion), at least as wide as the particles stray.
    const r = Math.max(FLOW_CLEARANCE, volumeWidth(f.particles / Math.max(1, f.paths.filter((p) => p.length > 0).length)) * 0.9 + 1);
    for (const p of f.paths) if (p.length > 0) obstacles.push(...pathObstacles(lane ? offsetPath(p, lane) : p, r));
  }
  // Marks count more than the coastline: the legend goes to the corner where it hides fewer of them.
  const side = legendSide(width, legend.length, notes, obstacles, markers);
  const placed = placeLabels(
    labels.filter((l) => l.priority >= labelRules.minShown),
    {
      width,
      height,
      reserved: reservedAreas(width, height, legendBox(width, legend.length, notes, side), narrow),
      obstacles,
      margin: 4,
    },
  );
  return {
    sceneId: scene.id,
    lines,
    arcs,
    markers,
    labels: placed.map((l) => ({ ...l, x: r1(l.x), y: r1(l.y) })),
    flows,
    journey: !!scene.journey,
    legendSide: side,
    legend,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Land, countries, sphere and graticule: what lies under the layers

/**
 * How to draw what lies under the marks. By default d3 draws the land exactly, cut and clipped to the frame: the
 * server does, so the HTML and the static figures carry only what shows. `fast` draws the same points through
 * drawTurning instead (the browser does: a fraction of the work, no visible difference), to be clipped to the
 * globe's outline by the caller; `moving` (the camera is gliding) draws fast with fewer points still.
 */
export interface Detail {
  moving?: boolean;
  fast?: boolean;
}

/** Path data in the compact relative form (see CompactPathContext), or '' for nothing. */
function compactPath(projection: GeoProjection, object: GeoJSON.GeoJSON | { type: 'Sphere' }): string {
  const ctx = new CompactPathContext(PATH_DIGITS, MIN_STEP);
  drawGeo(object, projection, ctx);
  return ctx.result();
}

const prepared = new WeakMap<object, TurningShapes>();

/** Polygons prepared for drawTurning and polygonsInFrame, once per feature collection or feature. */
function preparedShapes(shapes: GeoJSON.FeatureCollection | GeoJSON.Feature): TurningShapes {
  let t = prepared.get(shapes);
  if (!t) prepared.set(shapes, (t = turningShapes(shapes)));
  return t;
}

/** Prepares the land for the first camera move ahead of time (call when the browser is idle). */
export function prepareLand(land: GeoJSON.FeatureCollection | GeoJSON.Feature): void {
  preparedShapes(land);
}

/** Path data for polygons drawn fast (drawTurning), coarser while moving. */
function turningPath(shapes: GeoJSON.FeatureCollection | GeoJSON.Feature, view: MapView, moving: boolean): string {
  const t = preparedShapes(shapes);
  const ctx = new CompactPathContext(PATH_DIGITS, moving ? MOVING_MIN_STEP : MIN_STEP);
  drawTurning(t, view.projection, view.width, view.height, ctx, CLIP_MARGIN);
  return ctx.result();
}

// A light 15-degree grid: enough to read the curve of the projection, a fraction of the markup of 10 degrees.
const GRATICULE_STEP = 15;
/** Minor meridians and the parallels stop here; a major meridian (every 90 degrees) runs pole to pole. */
const GRATICULE_LAT = 75;
/** Points along a meridian every this many degrees: settled, and while the camera moves. */
const MERIDIAN_STEP = { settled: 2.5, moving: 7.5 };

/**
 * The grid, drawn straight from the projection's scale and translation: in Equal Earth parallels are straight
 * lines across the globe and a meridian is x = lon * g(lat), y = h(lat). What lies outside the frame is left out.
 */
function graticulePath(view: MapView, moving: boolean): string {
  const p = view.projection;
  const s = p.scale();
  const k = (s * Math.PI) / 180;
  const [tx, ty] = p.translate();
  const lon0 = -p.rotate()[0];
  const m = CLIP_MARGIN;
  const g = (lat: number) => geoEqualEarthRaw(1, (lat * Math.PI) / 180)[0];
  const y = (lat: number) => ty - s * geoEqualEarthRaw(0, (lat * Math.PI) / 180)[1];
  const inside = (v: number, max: number) => v >= -m && v <= max + m;
  const ctx = new CompactPathContext(PATH_DIGITS, moving ? MOVING_MIN_STEP : MIN_STEP);
  const step = moving ? MERIDIAN_STEP.moving : MERIDIAN_STEP.settled;
  for (let lon = -180; lon < 180; lon += GRATICULE_STEP) {
    const top = lon % 90 === 0 ? 90 : GRATICULE_LAT;
    const rel = ((((lon - lon0 + 180) % 360) + 360) % 360) - 180;
    const pts: [number, number][] = [];
    for (let lat = top; lat >= -top; lat -= step) pts.push([tx + k * rel * g(lat), y(lat)]);
    // Keep the run of points in the frame's rows, with one more at each end so the line reaches the edge.
    const first = pts.findIndex(([, py]) => py >= -m);
    const last = pts.findLastIndex(([, py]) => py <= view.height + m);
    if (first < 0 || last < first) continue;
    const run = pts.slice(Math.max(0, first - 1), last + 2);
    if (run.every(([px]) => px < -m) || run.every(([px]) => px > view.width + m)) continue;
    run.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py)));
  }
  for (let lat = -GRATICULE_LAT; lat <= GRATICULE_LAT; lat += GRATICULE_STEP) {
    const py = y(lat);
    const x0 = Math.max(-m, tx - 180 * k * g(lat));
    const x1 = Math.min(view.width + m, tx + 180 * k * g(lat));
    if (!inside(py, view.height) || x1 <= x0) continue;
    ctx.moveTo(x0, py);
    ctx.lineTo(x1, py);
  }
  return ctx.result();
}

/** The globe's outline drawn fast for a turning camera: the meridians 180 degrees either side, joined at the poles. */
function turningSphere(view: MapView): string {
  const p = view.projection;
  const s = p.scale();
  const k = (s * Math.PI) / 180;
  const [tx, ty] = p.translate();
  const ctx = new CompactPathContext(PATH_DIGITS, MOVING_MIN_STEP);
  const out = new OffFrameCollapser(ctx, view.width, view.height, CLIP_MARGIN);
  const step = MERIDIAN_STEP.settled;
  const at = (lon: number, lat: number, start = false) => {
    const r = (lat * Math.PI) / 180;
    out.point(tx + k * lon * geoEqualEarthRaw(1, r)[0], ty - s * geoEqualEarthRaw(0, r)[1], start);
  };
  for (let lat = 90; lat >= -90; lat -= step) at(180, lat, lat === 90);
  for (let lat = -90; lat <= 90; lat += step) at(-180, lat);
  out.close();
  return ctx.result();
}

const settledBase = new Map<string, { sphere: string; graticule: string }>();

/**
 * The globe's outline (the sea) and its graticule. The settled drawing is kept for the last few views, so the map
 * can draw it a task ahead of showing it (its hydration) and a camera that comes back finds it ready.
 */
export function sphereAndGraticule(view: MapView, detail: Detail = {}): { sphere: string; graticule: string } {
  if (detail.moving) return { sphere: turningSphere(view), graticule: graticulePath(view, true) };
  const key = `${view.camera.lon},${view.camera.lat},${view.camera.zoom} ${view.width}x${view.height}`;
  let base = settledBase.get(key);
  if (!base) {
    base = { sphere: compactPath(view.projection, { type: 'Sphere' }), graticule: graticulePath(view, false) };
    if (settledBase.size >= 8) settledBase.delete(settledBase.keys().next().value!);
    settledBase.set(key, base);
  }
  return base;
}

/** Path data for the land (one path), clipped to the frame and compactly rounded, or '' without land data. */
export function landPath(land: GeoJSON.FeatureCollection | GeoJSON.Feature | null, view: MapView, detail: Detail = {}): string {
  if (!land) return '';
  if (detail.moving || detail.fast) return turningPath(land, view, !!detail.moving);
  // Only the polygons that can show go through d3's cutting and clipping.
  return compactPath(view.projection, polygonsInFrame(preparedShapes(land), view.projection, view.width, view.height, CLIP_MARGIN));
}

/** ISO codes of the countries a scene shades: highlighted places that are countries. */
export function shadedCountries(scene: MapScene): { id: string; iso: string }[] {
  return (scene.highlight ?? []).flatMap((id) => {
    const iso = placeById.get(id)?.iso;
    return iso ? [{ id, iso }] : [];
  });
}

/** Path data for each shaded country of a scene, from a collection of country features keyed by ISO id. */
export function countryPaths(countries: GeoJSON.FeatureCollection | null, scene: MapScene, view: MapView, detail: Detail = {}): { id: string; d: string }[] {
  if (!countries) return [];
  return shadedCountries(scene).flatMap(({ id, iso }) => {
    const f = countries.features.find((x) => String(x.id) === iso);
    const d = !f ? '' : detail.moving || detail.fast ? turningPath(f, view, !!detail.moving) : compactPath(view.projection, f);
    return d ? [{ id, d }] : [];
  });
}

/** A scene draws China's provinces when it is about them: the mining scenes, in a view of China. */
export function needsProvinces(scene: MapScene): boolean {
  return scene.layers.includes('mining-provinces') && scene.camera.zoom >= labelZoom.chinaNames;
}

/**
 * China's provincial borders for a scene that draws them (one path), and, in the crackdown, the provinces that
 * acted against miners (one path), from the provinces file (features keyed by Natural Earth admin-1 code).
 */
export function provincePaths(
  provinces: GeoJSON.FeatureCollection | null,
  scene: MapScene,
  view: MapView,
  detail: Detail = {},
): { borders: string; acted: string } {
  if (!provinces || !needsProvinces(scene)) return { borders: '', acted: '' };
  const draw = (f: GeoJSON.FeatureCollection) => (detail.moving || detail.fast ? turningPath(f, view, !!detail.moving) : compactPath(view.projection, f));
  const codes = new Set<string>(scene.crackdown ? crackdownProvinces.map((c) => c.admin1) : []);
  const acted = codes.size ? draw(actedCollection(provinces, codes)) : '';
  return { borders: draw(provinces), acted };
}

const actedCache = new WeakMap<object, GeoJSON.FeatureCollection>();
/** The acted provinces as one collection, made once per provinces file (so the fast drawing prepares it once). */
function actedCollection(provinces: GeoJSON.FeatureCollection, codes: Set<string>): GeoJSON.FeatureCollection {
  let fc = actedCache.get(provinces);
  if (!fc) actedCache.set(provinces, (fc = { type: 'FeatureCollection', features: provinces.features.filter((f) => codes.has(String(f.id))) }));
  return fc;
}

// ---------------------------------------------------------------------------------------------------------
// Motion and words

/** Which part of the world a camera looks at, for the map's text alternative. */
function region(camera: Camera): keyof MapStrings['describe']['regions'] {
  const { lon, zoom } = camera;
  if (lon >= 70 && lon <= 135 && zoom >= 3) return 'china';
  return lon > -70 && lon < 10 ? 'atlantic' : 'pacific';
}

/** A one-sentence text alternative for the map in this scene. */
export function describeScene(scene: MapScene, text: MapText): string {
  const d = text.strings.describe;
  const list = (items: string[]) => listFormat(text.lang).format(items);
  const shown = scene.layers.map((l) => (scene.dim?.includes(l) ? fill(d.faded, { layer: d.layerNames[l] }) : d.layerNames[l]));
  const names = (scene.highlight ?? []).flatMap((id) => {
    const p = placeById.get(id);
    return p ? [localPoint(p, text.places).name] : [];
  });
  const flows = scene.flows.map((f) => d.flowNames[f.kind]);
  return fill(d.sentence, {
    region: d.regions[region(scene.camera)],
    layers: shown.length ? fill(d.layers, { list: list(shown) }) : '',
    highlights: names.length ? fill(d.highlights, { list: list(names) }) : '',
    flows: flows.length ? fill(d.flows, { list: list(flows) }) : '',
  });
}
