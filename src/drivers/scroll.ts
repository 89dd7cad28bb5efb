// The scroll driver: decides which step is active from the page's geometry and calls setActiveStep.
// scrollama only signals "something crossed the trigger line"; the index itself is always read from geometry
// (activeIndexAt), so fast scrolls, #step links, reloads mid-story and resizes all land on the right step
// without replaying the steps between. Offsets in px; one resize path.
import scrollama from 'scrollama';
import { activeIndexAt, triggerLine } from '../lib/scroll';
import { setActiveStep } from '../lib/stepStore';

// scrollama 3.2 accepts offsets in px ("480px") and has offset() to change it (src/entry.js), but its
// index.d.ts still types offset as a 0..1 fraction and omits offset(); this is the API it really has.
interface PxScroller {
  setup(options: { step: HTMLElement[]; offset: string }): PxScroller;
  onStepEnter(fn: () => void): PxScroller;
  onStepExit(fn: () => void): PxScroller;
  offset(value: string): void;
  resize(): void;
}

/** Starts driving the active step from scroll position; `steps` are the step elements in reading order. */
export function startScrollDriver(steps: HTMLElement[]): void {
  if (steps.length === 0) return;
  const measure = () => {
    const i = activeIndexAt(
      steps.map((s) => s.getBoundingClientRect().top),
      triggerLine(window.innerHeight),
    );
    setActiveStep(steps[i].id);
  };
  const scroller = scrollama() as unknown as PxScroller;
  scroller
    .setup({ step: steps, offset: `${triggerLine(window.innerHeight)}px` })
    .onStepEnter(measure)
    .onStepExit(measure);

  let frame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      scroller.offset(`${triggerLine(window.innerHeight)}px`);
      scroller.resize();
      measure();
    });
  });
  // A #step link followed after load (or the browser restoring scroll on reload) lands without events.
  window.addEventListener('hashchange', () => requestAnimationFrame(measure));
  window.addEventListener('load', measure);
  // scrollama only reports a step crossing the trigger line; a jump that carries the last step from below the line
  // to above it in one go (to the footer, with End or a scrollbar drag) crosses nothing it sees. So the geometry is
  // read again once scrolling stops (scrollend, with a debounced scroll for browsers without it).
  let settle = 0;
  const settled = () => {
    clearTimeout(settle);
    settle = window.setTimeout(measure, 120);
  };
  window.addEventListener('scroll', settled, { passive: true });
  window.addEventListener('scrollend', measure);
  measure();
}
