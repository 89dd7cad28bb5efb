// The one small module through which drivers and figures share state: for each scrolly section
// (by id), the index of the active step. Drivers (scroll, URL, keys) write; figures read.
// No DOM here, so it is unit-tested and works the same in every view.

type Listener = (index: number) => void;

const active = new Map<string, number>();
const listeners = new Map<string, Set<Listener>>();

export function getActiveIndex(sectionId: string, fallback = 0): number {
  return active.get(sectionId) ?? fallback;
}

/** Sets the active step of a section; listeners run only when the index really changes. */
export function setActiveIndex(sectionId: string, index: number): void {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`step index must be a non-negative integer, got ${index}`);
  if (active.get(sectionId) === index) return;
  active.set(sectionId, index);
  for (const fn of listeners.get(sectionId) ?? []) fn(index);
}

/** Calls fn with every new index of the section; returns the unsubscribe function. */
export function subscribeActiveIndex(sectionId: string, fn: Listener): () => void {
  let set = listeners.get(sectionId);
  if (!set) listeners.set(sectionId, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/** For tests only: forget all state. */
export function resetStepStore(): void {
  active.clear();
  listeners.clear();
}
