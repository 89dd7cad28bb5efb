// Which step is active, from geometry alone: the last step whose top edge has passed the trigger line.
// The scroll driver calls this on every scrollama event, on load and on resize, so the answer never
// depends on which events fired before (fast scrolls and anchor jumps skip events).

/**
 * @param stepTops  top edge of each step relative to the viewport, in px, in document order
 * @param triggerY  the trigger line, in px from the top of the viewport
 * @returns index of the active step (0 when none has reached the line yet)
 */
export function activeIndexAt(stepTops: readonly number[], triggerY: number): number {
  let index = 0;
  for (let i = 0; i < stepTops.length; i++) {
    if (stepTops[i] <= triggerY) index = i;
    else break;
  }
  return index;
}

/** Trigger line in px for a viewport height: a little above the middle, clamped for tiny and huge screens. */
export function triggerLine(viewportHeight: number): number {
  return Math.round(Math.min(Math.max(viewportHeight * 0.6, 120), 900));
}
