// The world map as a pure function of (scene, camera, size): every line, marker, label, static flow arc,
// legend entry and data-table row the map shows. WorldMap.svelte only puts this model into SVG/HTML, so
// the same scene always gives the same picture, on the server and in the browser.
import { geoGraticule, geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import { atlanticCables, pacificCables, pacificCableSegments } from '../data/cables';
import { provinceShares } from '../data/hashrate';
import { cableLandings, dcHubs, devCities, hydroMigration, miningExodus, minerDestinations, modelMakers, provinceCapitals, uhvEnds } from '../data/places';
import { powerSites, uhvLines } from '../data/power';
import type { Camera, FlowKind, MapLayerId, MapScene } from '../scenes/types';
import { CompactPathContext, PATH_DIGITS, projectionFor } from './geo';
import { concatPaths, offsetPath, projectArc, projectGeodesic, svgPathData, type FlowPath } from './flows';
import { placeLabels, type Box, type LabelInput, type Obstacle, type PlacedLabel } from './mapLabels';
import { placeById, type MapPoint } from './mapPlaces';
import { routesFor, type FlowRoute } from './mapRoutes';

export type MarkerShape = 'dot' | 'square' | 'triangle' | 'circle' | 'ring';

export interface MarkerModel {
  id: string;
  /** The layer that drew it, or 'highlight' for a highlighted place outside the scene's layers. */
  layer: MapLayerId | 'highlight';
  x: number;
  y: number;
  r: number;
  shape: MarkerShape;
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
}

export interface ArcModel {
  kind: FlowKind;
  id: string;
  d: string;
  /** Stroke width in px: the volume of the flow per route. */
  width: number;
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

export interface MapModel {
  width: number;
  height: number;
  narrow: boolean;
  sphere: string;
  graticule: string;
  lines: LineModel[];
  arcs: ArcModel[];
  markers: MarkerModel[];
  labels: PlacedLabel[];
  flowKinds: FlowKind[];
  notes: string[];
  rows: TableRow[];
  sourceIds: string[];
}

/** Labels and markers stay clear of the controls drawn over the map's corners. */
export function reservedAreas(width: number, height: number, legendLines = 1): Box[] {
  return [
    { x0: 0, y0: 0, x1: Math.min(240, width * 0.55), y1: 14 + legendLines * 18 },
    { x0: width - 150, y0: 0, x1: width, y1: 46 },
    { x0: 0, y0: height - (width < 560 ? 58 : 46), x1: width, y1: height },
  ];
}

const fmtShare = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const fmtInt = new Intl.NumberFormat('en');

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

export function projectRoute(route: FlowRoute, projection: GeoProjection): FlowPath {
  return concatPaths(
    route.legs.map((leg) =>
      leg.mode === 'arc' ? projectArc(leg.coords[0], leg.coords[1], projection, leg.bend) : projectGeodesic(leg.coords, projection),
    ),
  );
}

/** Projects every flow of a scene (the canvas uses these paths; the static arcs are drawn from them too). */
export function projectFlows(scene: MapScene, projection: GeoProjection): ProjectedFlow[] {
  return scene.flows.map((f) => ({
    kind: f.kind,
    particles: f.particles,
    paths: routesFor(scene, f.kind).map((r) => projectRoute(r, projection)),
  }));
}

interface Ctx {
  scene: MapScene;
  camera: Camera;
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  width: number;
  height: number;
  narrow: boolean;
  markers: MarkerModel[];
  lines: LineModel[];
  labels: LabelInput[];
  rows: TableRow[];
  sources: Set<string>;
  notes: string[];
}

function isDim(ctx: Ctx, layer: MapLayerId | 'highlight'): boolean {
  return layer !== 'highlight' && (ctx.scene.dim?.includes(layer) ?? false);
}

function addPoint(
  ctx: Ctx,
  layer: MapLayerId | 'highlight',
  p: MapPoint,
  opt: { shape: MarkerShape; r: number; priority: number; label?: string; short?: string; what: string; value?: string; source?: string; noLabel?: boolean },
) {
  const xy = ctx.projection([p.lon, p.lat]);
  const highlighted = ctx.scene.highlight?.includes(p.id) ?? false;
  const dimmed = isDim(ctx, layer);
  ctx.rows.push({ name: p.name, what: opt.what, lat: p.lat, lon: p.lon, value: opt.value, approx: p.approx, source: opt.source ?? p.source });
  ctx.sources.add(opt.source ?? p.source);
  if (!xy) return;
  const r = highlighted ? opt.r * 1.35 : opt.r;
  ctx.markers.push({ id: p.id, layer, x: xy[0], y: xy[1], r, shape: opt.shape, highlighted, dimmed });
  const priority = highlighted ? 100 + opt.priority : dimmed ? opt.priority - 10 : opt.priority;
  if (opt.noLabel) return;
  // Narrow screens keep only the labels that carry the scene; a scene with highlights keeps its focus.
  if (priority < 20 || (ctx.narrow && priority < 40)) return;
  if (!highlighted && priority < 40 && (ctx.scene.highlight?.length ?? 0) > 0) return;
  const text = ctx.narrow ? (opt.short ?? p.short ?? opt.label ?? p.name) : (opt.label ?? p.name);
  const size = ctx.narrow ? 12 : 13;
  ctx.labels.push({ id: p.id, text, x: xy[0], y: xy[1], r: Math.max(r, 3), priority, size: highlighted ? size + 1 : size, bold: highlighted, cls: `lab-${layer}${highlighted ? ' hl' : ''}${dimmed ? ' dim' : ''}` });
}

function addLine(ctx: Ctx, layer: MapLayerId, id: string, coords: [number, number][], cls: string, drawIn = false, source?: string) {
  const d = ctx.path({ type: 'LineString', coordinates: coords }) ?? '';
  if (source) ctx.sources.add(source);
  ctx.lines.push({ id, layer, d, cls, dimmed: isDim(ctx, layer), drawIn });
}

/** A text label placed on a line (cable names), centred on a point. */
function addLineLabel(ctx: Ctx, id: string, lonLat: [number, number], text: string, priority: number, cls: string, dy = 0) {
  const xy = ctx.projection(lonLat);
  if (!xy) return;
  if (ctx.narrow && priority < 40) return;
  // If the preferred side of the line is taken, the other side will do.
  ctx.labels.push({ id, text, x: xy[0], y: xy[1] + dy, r: 0, priority, size: ctx.narrow ? 12 : 13, centered: true, altDy: dy ? [-2 * dy] : [], cls });
}

const at = (id: string) => placeById.get(id)!;
const ll = (id: string): [number, number] => [at(id).lon, at(id).lat];

function layerContent(ctx: Ctx, layer: MapLayerId) {
  const small = ctx.narrow ? 3 : 3.5;
  switch (layer) {
    case 'cable-1858':
    case 'cable-1866': {
      const c = atlanticCables.find((x) => x.id === layer)!;
      addLine(ctx, layer, c.id, c.route, `cable ${c.id}`, layer === 'cable-1858' && !!ctx.scene.drawCable, c.source);
      // The landings and dates of each lay come from the period accounts.
      ctx.sources.add(layer === 'cable-1858' ? 'heroes-of-the-telegraph' : 'great-eastern-1866');
      ctx.rows.push({ name: c.name, what: 'cable route', approx: true, source: c.source });
      const year = layer === 'cable-1858' ? '1858' : '1866';
      const mid = c.route.length > 2 ? c.route[4] : ([(c.route[0][0] + c.route[1][0]) / 2, (c.route[0][1] + c.route[1][1]) / 2] as [number, number]);
      // The live cable is named above its line; a faded one below, and only where there is room.
      const dim = isDim(ctx, layer);
      addLineLabel(ctx, `${c.id}-name`, mid, `${year} cable`, dim ? 35 : 75, `lab-cable${dim ? ' dim' : ''}`, dim ? 16 : -14);
      for (const end of c.ends) addPoint(ctx, layer, at(end), { shape: 'dot', r: small + 0.5, priority: isDim(ctx, layer) ? 55 : 80, what: layer === 'cable-1858' ? '1858 cable end' : '1866 cable end' });
      break;
    }
    case 'pacific-cables': {
      for (const cable of pacificCables) {
        pacificCableSegments[cable.id].forEach(([a, b], i) => addLine(ctx, layer, `${cable.id}-${i}`, [ll(a), ll(b)], `cable pacific ${cable.id}`, false, cable.source));
        ctx.rows.push({ name: cable.name, what: `cable, ready ${cable.rfs}`, value: `${fmtInt.format(cable.lengthKm)} km`, approx: false, source: cable.source });
      }
      const regional = ctx.camera.zoom >= 1.6;
      // Names on the trunks' midpoints, TPE north of the pair and NCP south, only when zoomed in.
      if (regional) {
        addLineLabel(ctx, 'tpe-name', geoInterpolate(ll('nedonna-beach'), ll('maruyama'))(0.5) as [number, number], 'TPE', 72, 'lab-cable', -12);
        addLineLabel(ctx, 'ncp-name', geoInterpolate(ll('pacific-city'), ll('maruyama'))(0.5) as [number, number], 'NCP', 72, 'lab-cable', 16);
      }
      const keyLandings = new Set(['chongming', 'nanhui', 'nedonna-beach', 'pacific-city', 'maruyama']);
      for (const p of cableLandings)
        addPoint(ctx, layer, p, {
          shape: 'dot',
          r: small - 0.5,
          // At world scale landing names are clutter; zoomed in, the key ones tell the route.
          priority: !regional ? 5 : p.kind === 'inland-hub' ? 10 : keyLandings.has(p.id) ? 45 : 25,
          what: p.kind === 'inland-hub' ? 'inland cable hub' : 'cable landing',
        });
      ctx.notes.push('Cable routes are stylized: straight great-circle segments between landing points.');
      break;
    }
    case 'dev-cities':
      for (const p of devCities) addPoint(ctx, layer, p, { shape: 'dot', r: small + 0.5, priority: 58, what: 'developer city' });
      break;
    case 'model-makers':
      for (const p of modelMakers) addPoint(ctx, layer, p, { shape: 'square', r: small + 1, priority: 66, what: 'model maker' });
      break;
    case 'dc-hubs':
      // Named when China fills the view; at world scale they are one cluster of squares.
      for (const p of dcHubs) addPoint(ctx, layer, p, { shape: 'square', r: small, priority: ctx.camera.zoom >= 3 ? 42 : 10, what: `data-centre cluster (${p.note})` });
      break;
    case 'mining-provinces': {
      for (const share of provinceShares) {
        const p = provinceCapitals.find((c) => c.id === share.id);
        if (!p) continue;
        const value = `${fmtShare.format(share.sharePct)}%`;
        addPoint(ctx, layer, p, {
          shape: 'circle',
          r: shareRadius(share.sharePct, ctx.width),
          priority: 70,
          label: isDim(ctx, layer) ? p.name : `${p.name} ${value}`,
          short: isDim(ctx, layer) ? (p.short ?? p.name) : `${p.short ?? p.name} ${value}`,
          what: 'share of global hashrate, Sep 2019-Apr 2020',
          value,
          source: share.source,
        });
      }
      break;
    }
    case 'hydro-migration': {
      const ids = new Set(hydroMigration.pairs.flat());
      if (!ctx.scene.layers.includes('mining-provinces'))
        for (const id of ids) addPoint(ctx, layer, at(id), { shape: 'dot', r: small + 1, priority: 68, what: 'mining province' });
      ctx.sources.add(hydroMigration.source);
      break;
    }
    case 'mining-exodus':
      for (const p of minerDestinations) addPoint(ctx, layer, p, { shape: 'ring', r: small + 2, priority: 70, what: 'destination of miners after the 2021 ban (symbolic point)' });
      for (const id of miningExodus.from) addPoint(ctx, layer, at(id), { shape: 'dot', r: small + 1, priority: 72, what: 'where the miners left from (country point)' });
      ctx.sources.add(miningExodus.source);
      break;
    case 'power-plants': {
      // The three Jinsha River dams sit within two degrees of each other: one label for the three,
      // unless the view is close enough to name each.
      const jinsha = ['baihetan', 'xiluodu', 'wudongde'];
      const cluster = ctx.camera.zoom < 9;
      if (cluster) {
        const hl = jinsha.some((id) => ctx.scene.highlight?.includes(id));
        const xy = ctx.projection(ll('xiluodu'));
        if (xy && !(ctx.narrow && !hl && isDim(ctx, layer)))
          ctx.labels.push({
            id: 'jinsha-dams',
            text: ctx.narrow ? 'Jinsha dams' : 'Jinsha River dams',
            x: xy[0],
            y: xy[1] + 10,
            r: 9,
            priority: ctx.camera.zoom < 3 ? 10 : (hl ? 150 : 44) - (isDim(ctx, layer) ? 10 : 0),
            size: ctx.narrow ? 12 : 13,
            bold: hl,
            members: jinsha,
            cls: `lab-power-plants${hl ? ' hl' : ''}${isDim(ctx, layer) ? ' dim' : ''}`,
          });
      }
      for (const s of powerSites)
        addPoint(ctx, layer, s, {
          noLabel: cluster && jinsha.includes(s.id),
          shape: 'triangle',
          r: small + 2,
          priority: ctx.camera.zoom < 3 ? 10 : s.id === 'three-gorges' || s.id === 'kubuqi' || s.id === 'xinjiang-wind-solar' ? 56 : 44,
          what: `power: ${s.kind.replace('-', ' ')}; ${s.note}`,
          value: s.capacityMw ? `${fmtInt.format(s.capacityMw)} MW${s.planned ? ' planned' : ''}` : undefined,
        });
      ctx.notes.push('Power routes from plants to hubs are schematic.');
      break;
    }
    case 'uhv-lines':
      for (const u of uhvLines) {
        addLine(ctx, layer, u.id, [ll(u.ends[0]), ll(u.ends[1])], 'uhv', false, u.source);
        ctx.rows.push({ name: u.name, what: 'UHV DC line (drawn straight)', value: `${fmtInt.format(u.ratingMw)} MW; ${fmtInt.format(u.lengthKm[0])} or ${fmtInt.format(u.lengthKm[1])} km`, approx: true, source: u.source });
        const a = ll(u.ends[0]);
        const b = ll(u.ends[1]);
        addLineLabel(ctx, `${u.id}-name`, [a[0] + (b[0] - a[0]) * 0.42, a[1] + (b[1] - a[1]) * 0.42], `±${fmtInt.format(u.kv)} kV line`, 74, 'lab-uhv', -14);
      }
      for (const p of uhvEnds) addPoint(ctx, layer, p, { shape: 'dot', r: small + 0.5, priority: 50, what: 'UHV converter-station end' });
      break;
  }
}

const LAYER_ORDER: MapLayerId[] = [
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

/** Everything but the land, for one scene at one camera and size. */
export function buildMapModel(
  scene: MapScene,
  width: number,
  height: number,
  camera: Camera = scene.camera,
  opts: { flows?: boolean } = {},
): MapModel {
  const projection = projectionFor(camera, width, height, { clipMargin: 8 });
  const path = geoPath(projection).digits(PATH_DIGITS);
  const narrow = width < 560;
  const ctx: Ctx = { scene, camera, projection, path, width, height, narrow, markers: [], lines: [], labels: [], rows: [], sources: new Set(), notes: [] };
  for (const layer of LAYER_ORDER) if (scene.layers.includes(layer)) layerContent(ctx, layer);
  // A highlighted place whose layer is off is still drawn: the opening scene shows San Francisco alone.
  // A highlighted country is shaded (countryPaths) and named in its middle instead.
  const drawn = new Set(ctx.markers.map((m) => m.id));
  for (const id of scene.highlight ?? []) {
    const p = placeById.get(id);
    if (!p || drawn.has(id)) continue;
    if (p.iso) {
      const xy = projection([p.lon, p.lat]);
      // In a view of the country itself the shading says enough; a name would sit on the places.
      if (xy && camera.zoom < 3) ctx.labels.push({ id, text: ctx.narrow ? (p.short ?? p.name) : p.name, x: xy[0], y: xy[1], r: 0, priority: 140, size: ctx.narrow ? 13 : 15, bold: true, centered: true, cls: 'lab-country hl' });
      ctx.rows.push({ name: p.name, what: 'country (shaded)', approx: true, source: p.source });
    } else addPoint(ctx, 'highlight', p, { shape: 'dot', r: ctx.narrow ? 3.5 : 4, priority: 60, what: 'highlighted place' });
  }

  // Static flow arcs: the reduced-motion and no-JS picture of each flow, width = volume per route.
  const arcs: ArcModel[] = [];
  // While the camera moves, flows are hidden (they are re-projected once it settles).
  const flows = opts.flows === false ? [] : projectFlows(scene, projectionFor(camera, width, height));
  for (const f of flows) {
    const live = f.paths.filter((p) => p.length > 0);
    const w = volumeWidth(f.particles / Math.max(1, live.length));
    // Requests and answers share routes in opposite directions: side by side, like their particles.
    const lane = f.kind === 'requests' || f.kind === 'responses' ? w / 2 + 0.6 : 0;
    f.paths.forEach((p, i) => p.length > 0 && arcs.push({ kind: f.kind, id: `${f.kind}-${i}`, d: svgPathData(offsetPath(p, lane), 1.2), width: w }));
  }

  const markerPriority = new Map(ctx.labels.map((l) => [l.id, l.priority]));
  const obstacles: Obstacle[] = ctx.markers.map((m) => ({
    x: m.x,
    y: m.y,
    r: m.shape === 'circle' ? Math.min(m.r, 6) : m.r + 1,
    owner: m.id,
    priority: markerPriority.get(m.id) ?? 0,
  }));
  const labels = placeLabels(ctx.labels.filter((l) => l.priority >= 20), { width, height, reserved: reservedAreas(width, height, scene.flows.length + ctx.notes.length * (narrow ? 3 : 2)), obstacles, margin: 4 });
  for (const f of scene.flows) flowSources(f.kind).forEach((s) => ctx.sources.add(s));
  return {
    width,
    height,
    narrow,
    sphere: compactPath(projection, { type: 'Sphere' }),
    graticule: compactPath(projection, GRATICULE),
    lines: ctx.lines,
    arcs,
    markers: ctx.markers,
    labels,
    flowKinds: scene.flows.map((f) => f.kind),
    notes: ctx.notes,
    rows: ctx.rows,
    sourceIds: [...ctx.sources],
  };
}

// A light 15-degree grid: enough to read the curve of the projection, a fraction of the markup of 10 degrees.
const GRATICULE = geoGraticule().step([15, 15]).extentMinor([
  [-180, -75],
  [180, 75.001],
])();

/** Path data in the compact relative form (see CompactPathContext). */
function compactPath(projection: GeoProjection, object: GeoJSON.GeoJSON | { type: 'Sphere' }): string {
  const ctx = new CompactPathContext(PATH_DIGITS, 0.9);
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(object as GeoJSON.GeoJSON);
  return ctx.result();
}

/** ISO codes of the countries a scene shades: highlighted places that are countries. */
export function shadedCountries(scene: MapScene): { id: string; iso: string }[] {
  return (scene.highlight ?? []).flatMap((id) => {
    const iso = placeById.get(id)?.iso;
    return iso ? [{ id, iso }] : [];
  });
}

/** Path data for each shaded country of a scene, from a collection of country features keyed by ISO id. */
export function countryPaths(
  countries: GeoJSON.FeatureCollection | null,
  scene: MapScene,
  camera: Camera,
  width: number,
  height: number,
): { id: string; d: string }[] {
  if (!countries) return [];
  const projection = projectionFor(camera, width, height, { clipMargin: 8 });
  return shadedCountries(scene).flatMap(({ id, iso }) => {
    const f = countries.features.find((x) => String(x.id) === iso);
    if (!f) return [];
    const ctx = new CompactPathContext(PATH_DIGITS, 0.9);
    geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(f);
    const d = ctx.result();
    return d ? [{ id, d }] : [];
  });
}

/** Path data for the land (one path), clipped to the frame and compactly rounded, or '' without land data. */
export function landPath(land: GeoJSON.FeatureCollection | GeoJSON.Feature | null, camera: Camera, width: number, height: number): string {
  if (!land) return '';
  const ctx = new CompactPathContext(PATH_DIGITS, 0.9);
  geoPath(projectionFor(camera, width, height, { clipMargin: 8 }), ctx as unknown as CanvasRenderingContext2D)(land);
  return ctx.result();
}

function flowSources(kind: FlowKind): string[] {
  switch (kind) {
    case 'message-1858':
      return ['cable-1858-route-derived'];
    case 'message-1866':
      return ['great-eastern-1866'];
    case 'requests':
    case 'responses':
      return ['telegeography-cable-map-2021'];
    case 'power':
      return ['changji-guquan-uhvdc'];
    case 'migration':
      return [];
  }
}

export interface FlowStyle {
  /** Particle radius, px. */
  r: number;
  /** Speed along the path, px per second (when no fixed duration). */
  speed?: number;
  /** Seconds per crossing, whatever the length. */
  duration?: number;
  /** Lateral scatter, px. */
  spread: number;
  /** Draw a soft halo (single slow pulses). */
  glow?: boolean;
  /** Offset left of travel, px: requests and answers share paths in opposite directions, in two lanes. */
  lane?: number;
  label: string;
}

/**
 * How each flow moves, scaled to the map width so a phone and a laptop show the same rhythm.
 * The 1858 message takes 24 s to cross: the Queen's 98 words took about sixteen hours.
 */
export function flowStyle(kind: FlowKind, width: number): FlowStyle {
  const k = Math.max(0.45, width / 860);
  switch (kind) {
    case 'requests':
      return { r: 1.5, speed: 72 * k, spread: 1.4 * k, lane: 2.2 * k, label: 'Requests' };
    case 'responses':
      return { r: 1.5, speed: 72 * k, spread: 1.4 * k, lane: 2.2 * k, label: 'Answers' };
    case 'power':
      return { r: 1.5, speed: 42 * k, spread: 1.8 * k, label: 'Electricity (schematic)' };
    case 'migration':
      return { r: 2, speed: 48 * k, spread: 3 * k, label: 'Miners moving' };
    case 'message-1858':
      return { r: 4, duration: 24, spread: 0, glow: true, label: '1858 message (very slow)' };
    case 'message-1866':
      return { r: 2.4, duration: 3.5, spread: 0, label: '1866 messages' };
  }
}

const LAYER_NAMES: Record<MapLayerId, string> = {
  'cable-1858': 'the 1858 Atlantic cable',
  'cable-1866': 'the 1866 Atlantic cable',
  'pacific-cables': 'the TPE and NCP Pacific cables',
  'dev-cities': 'developer cities',
  'model-makers': 'Chinese model makers',
  'dc-hubs': 'data-centre hubs',
  'mining-provinces': 'Bitcoin mining provinces',
  'hydro-migration': 'the rainy-season move of miners',
  'mining-exodus': 'miners leaving China',
  'power-plants': 'power plants',
  'uhv-lines': 'the Changji-Guquan UHV line',
};

/** A one-sentence text alternative for the map in this scene. */
export function describeScene(scene: MapScene): string {
  const lon = scene.camera.lon;
  const region = lon >= 70 && lon <= 135 && scene.camera.zoom >= 3 ? 'China' : lon > -70 && lon < 10 ? 'the North Atlantic' : 'the Pacific';
  const shown = scene.layers.map((l) => LAYER_NAMES[l] + (scene.dim?.includes(l) ? ' (faded)' : ''));
  const names = (scene.highlight ?? []).map((id) => placeById.get(id)?.name).filter(Boolean);
  const flows = scene.flows.map((f) => flowStyle(f.kind, 860).label.toLowerCase());
  let s = `Map of ${region}`;
  if (shown.length) s += ` showing ${shown.join(', ')}`;
  if (names.length) s += `; highlighted: ${names.join(', ')}`;
  if (flows.length) s += `; moving: ${flows.join(', ')}`;
  return s + '.';
}
