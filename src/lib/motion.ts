// The page's one motion switch: the Pause control writes it, every moving thing (map flows, the cable that
// draws itself, chart autoplay and races) reads it. No DOM here; unit-tested.
type Listener = (paused: boolean) => void;

let paused = false;
const listeners = new Set<Listener>();

export function isPaused(): boolean {
  return paused;
}

export function setPaused(value: boolean): void {
  if (paused === value) return;
  paused = value;
  for (const fn of [...listeners]) fn(paused);
}

/** Calls fn with every change; returns the unsubscribe function. */
export function subscribePaused(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** For tests only. */
export function resetMotion(): void {
  paused = false;
  listeners.clear();
}
