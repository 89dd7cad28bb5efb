// The one small module through which drivers and figures share state: which step of the page is active.
// Drivers (scroll, URL, keys, the notes channel) call setActiveStep(stepId); figures and the DOM-contract
// writer subscribe. No DOM here, so it is unit-tested and behaves the same in every view.
import type { FigureId } from '../scenes/types';

/** What the store knows of a step: enough to pick every figure's scene without the content collection. */
export interface StepRef {
  id: string;
  scene: string;
  figure: FigureId;
}

export interface ActiveStep {
  id: string;
  /** Position of the step on the page (0-based). */
  index: number;
  scene: string;
  figure: FigureId;
  /** Counts step changes; a reader's local pick made at one change is dropped at the next. */
  change: number;
}

type Listener = (active: ActiveStep) => void;

let steps: readonly StepRef[] = [];
let indexById = new Map<string, number>();
let active: ActiveStep | null = null;
let changes = 0;
const listeners = new Set<Listener>();

/** The page's steps, in reading order. Called once by the page before any driver starts. */
export function defineSteps(list: readonly StepRef[]): void {
  steps = list;
  indexById = new Map(list.map((s, i) => [s.id, i]));
  if (active && !indexById.has(active.id)) active = null;
}

export function isKnownStep(id: unknown): id is string {
  return typeof id === 'string' && indexById.has(id);
}

export function getActiveStep(): ActiveStep | null {
  return active;
}

/**
 * Makes a step active. Unknown ids are ignored (returns false): drivers pass ids that came from a URL or a
 * message, and a bad one must never change what is shown. Listeners run only when the step really changes.
 */
export function setActiveStep(stepId: string): boolean {
  const index = indexById.get(stepId);
  if (index === undefined) return false;
  if (active?.id === stepId) return true;
  const step = steps[index];
  active = { id: step.id, index, scene: step.scene, figure: step.figure, change: ++changes };
  for (const fn of [...listeners]) fn(active);
  return true;
}

/** Calls fn with every new active step (not with the current one); returns the unsubscribe function. */
export function subscribeActiveStep(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** For tests only: forget all state. */
export function resetStepStore(): void {
  steps = [];
  indexById = new Map();
  active = null;
  changes = 0;
  listeners.clear();
}
