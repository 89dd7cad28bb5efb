// The scene registry: every scene module under src/scenes (files named *.scenes.ts) is collected here,
// so adding a chapter's scenes never means editing this file. validateScenes() is run by the content
// loader at build time and by the unit tests, so an unknown or malformed scene fails the build.
import { FIGURE_IDS, FLOW_KINDS, MAP_LAYERS, type Scene } from './types';

const modules = import.meta.glob<{ scenes: Scene[] }>('./**/*.scenes.ts', { eager: true });

export const allScenes: Scene[] = Object.keys(modules)
  .sort()
  .flatMap((path) => modules[path].scenes);

export const sceneById: ReadonlyMap<string, Scene> = new Map(allScenes.map((s) => [s.id, s]));

export function getScene(id: string): Scene {
  const scene = sceneById.get(id);
  if (!scene) throw new Error(`Unknown scene id "${id}". Known scenes: ${[...sceneById.keys()].join(', ')}`);
  return scene;
}

/** Returns a list of problems; empty when every scene is well formed. */
export function validateScenes(scenes: Scene[] = allScenes): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of scenes) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) problems.push(`scene id "${s.id}" is not kebab-case`);
    if (seen.has(s.id)) problems.push(`scene id "${s.id}" is defined twice`);
    seen.add(s.id);
    if (!(FIGURE_IDS as readonly string[]).includes(s.figure)) problems.push(`${s.id}: unknown figure "${s.figure}"`);
    if (s.figure === 'map') {
      const { lon, lat, zoom } = s.camera;
      if (!(lon >= -180 && lon <= 180)) problems.push(`${s.id}: camera lon ${lon} out of range`);
      if (!(lat >= -80 && lat <= 80)) problems.push(`${s.id}: camera lat ${lat} out of range`);
      if (!(zoom >= 0.5 && zoom <= 12)) problems.push(`${s.id}: camera zoom ${zoom} out of range`);
      for (const l of [...s.layers, ...(s.dim ?? [])])
        if (!(MAP_LAYERS as readonly string[]).includes(l)) problems.push(`${s.id}: unknown layer "${l}"`);
      for (const f of s.flows) {
        if (!(FLOW_KINDS as readonly string[]).includes(f.kind)) problems.push(`${s.id}: unknown flow "${f.kind}"`);
        if (!(Number.isInteger(f.particles) && f.particles >= 1 && f.particles <= 5000))
          problems.push(`${s.id}: flow ${f.kind} particle count ${f.particles} not an integer in 1..5000`);
      }
    } else if (typeof s.state !== 'object' || s.state === null) {
      problems.push(`${s.id}: chart scene without a state object`);
    }
  }
  return problems;
}
