// When the map's particles run (flowsShouldRun) and the tokens that colour them; pure but for resolveToken.
import type { FlowKind } from '../../scenes/types';

/** What decides whether the particles move. */
export interface RunState {
  /** The map has the stage (no chart in front of it). */
  onStage: boolean;
  /** Some of the map is inside the viewport. */
  onScreen: boolean;
  tabVisible: boolean;
  /** The page's Pause is pressed. */
  paused: boolean;
  /** The camera is gliding (particles are hidden until it settles). */
  moving: boolean;
  /** prefers-reduced-motion: flows are static arcs. */
  reduced: boolean;
  /** Flows in the scene. */
  flows: number;
}

/** Particles move only when a reader can see them move and has not asked for stillness. */
export function flowsShouldRun(s: RunState): boolean {
  return s.onStage && s.onScreen && s.tabVisible && !s.paused && !s.moving && !s.reduced && s.flows > 0;
}

/** The CSS custom property (a global.css token) that colours each flow. */
export const FLOW_TOKENS: Readonly<Record<FlowKind, string>> = {
  requests: '--request',
  responses: '--response',
  power: '--power',
  migration: '--coin',
  'message-1858': '--message',
  'message-1866': '--message',
};

/**
 * The colour a token resolves to here and now (light or dark, forced colours), as the canvas needs it: a
 * token's own value may be light-dark(...), which a canvas cannot read, so a probe element resolves it.
 */
export function resolveToken(probe: HTMLElement, token: string): string {
  probe.style.color = `var(${token})`;
  return getComputedStyle(probe).color;
}
