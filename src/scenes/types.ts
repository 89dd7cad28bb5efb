// Scene types: a scene is plain data describing what one figure shows at one step.
// Renderers are pure functions of a scene; drivers only choose which step (and so which scene) is active.

/** Every figure the site can show. Chart ids are stable: embeds use them in /embed/<id>/. */
export const FIGURE_IDS = ['map', 'hashrate', 'token-share', 'price-gap', 'power-price', 'energy', 'latency', 'experts'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
export type ChartId = Exclude<FigureId, 'map'>;

/** Map layers that a scene can switch on. */
export const MAP_LAYERS = [
  'cable-1858',
  'cable-1866',
  'pacific-cables',
  'dev-cities',
  'model-makers',
  'dc-hubs',
  'mining-provinces',
  'hydro-migration',
  'mining-exodus',
  'power-plants',
  'uhv-lines',
] as const;
export type MapLayerId = (typeof MAP_LAYERS)[number];

/** Moving flows drawn on the canvas layer. */
export const FLOW_KINDS = ['message-1858', 'message-1866', 'requests', 'responses', 'power', 'migration'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export interface FlowSpec {
  kind: FlowKind;
  /** Particles in flight for this flow kind (summed over its paths). */
  particles: number;
}

/** Where the map looks: the projection is rotated so `lon` is the central meridian. */
export interface Camera {
  /** Longitude of the central meridian (the projection is rotated by -lon). */
  lon: number;
  /** Latitude the view is centred on. */
  lat: number;
  /** 1 = whole world fits the width; larger zooms in. */
  zoom: number;
}

export interface MapScene {
  id: string;
  figure: 'map';
  camera: Camera;
  layers: MapLayerId[];
  flows: FlowSpec[];
  /** Place ids (from src/data) drawn emphasised and labelled. */
  highlight?: string[];
  /** Layers drawn but dimmed (e.g. the failed 1858 cable). */
  dim?: MapLayerId[];
  /** When true the 1858 cable draws itself across the ocean on entry. */
  drawCable?: boolean;
  /** When true the provinces that acted against miners in 2021 are shaded and named with the date they did. */
  crackdown?: boolean;
  /** When true one request makes the trip first (there, answered, back, with its times), then the flows multiply. */
  journey?: boolean;
}

/** A chart scene: which chart and the state it shows. Each chart module defines and validates its own state. */
export interface ChartScene<S extends object = Record<string, unknown>> {
  id: string;
  figure: ChartId;
  state: S;
}

export type Scene = MapScene | ChartScene;
