// The scene registry: every scene module under src/scenes (files named *.scenes.ts) is collected here,
// so adding a chapter's scenes never means editing this file. validateScenes() is run by the content
// loader at build time and by the unit tests, so an unknown or malformed scene fails the build: a chart state
// that its figure's validator rejects is an error, never filtered out.
import type { FigureId, Scene } from './types';
import { FIGURE_VALIDATORS } from './validate';

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

/** Returns a list of problems; empty when every scene is well formed (ids, figure, and the figure's own validator). */
export function validateScenes(scenes: Scene[] = allScenes): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of scenes) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id)) problems.push(`scene id "${s.id}" is not kebab-case`);
    if (seen.has(s.id)) problems.push(`scene id "${s.id}" is defined twice`);
    seen.add(s.id);
    const validate = FIGURE_VALIDATORS[s.figure as FigureId] as ((scene: Scene) => string[]) | undefined;
    if (!validate) problems.push(`${s.id}: unknown figure "${s.figure}"`);
    else problems.push(...validate(s).map((p) => `${s.id}: ${p}`));
  }
  return problems;
}
