// The scroll driver: decides which step of each scrolly section is active and tells everyone.
// scrollama only signals "something crossed the trigger line"; the index itself is always read from
// geometry (activeIndexAt), so fast scrolls, #step links, reloads mid-story and resizes all land on the
// right step without replaying the steps between.
import scrollama from 'scrollama';

// scrollama 3.2 accepts offsets in px ("480px") and has offset() to change it (src/entry.js), but its
// index.d.ts still types offset as a 0..1 fraction and omits offset(); this is the API it really has.
interface PxScroller {
  setup(options: { step: HTMLElement[]; offset: string }): PxScroller;
  onStepEnter(fn: (r: { element: HTMLElement }) => void): PxScroller;
  onStepExit(fn: (r: { element: HTMLElement }) => void): PxScroller;
  offset(value: string): void;
  resize(): void;
}
import { activeIndexAt, triggerLine } from '../../lib/scroll';
import { setActiveIndex } from '../../lib/stepStore';

interface SectionParts {
  id: string;
  section: HTMLElement;
  steps: HTMLElement[];
  graphic: HTMLElement | null;
  desc: HTMLElement | null;
}

function partsOf(section: HTMLElement): SectionParts {
  return {
    id: section.dataset.sectionId ?? '',
    section,
    steps: [...section.querySelectorAll<HTMLElement>('[data-step]')],
    graphic: section.querySelector<HTMLElement>('[data-graphic]'),
    desc: section.querySelector<HTMLElement>('[data-scene-desc]'),
  };
}

/** Writes the active step into the store and the public DOM contract. */
function apply(parts: SectionParts, index: number): void {
  const step = parts.steps[index];
  if (!step) return;
  parts.steps.forEach((s, i) => {
    s.classList.toggle('is-active', i === index);
    if (i === index) s.setAttribute('aria-current', 'step');
    else s.removeAttribute('aria-current');
  });
  if (parts.graphic && parts.graphic.dataset.activeScene !== step.dataset.scene) {
    parts.graphic.dataset.activeScene = step.dataset.scene ?? '';
    if (parts.desc) parts.desc.textContent = step.dataset.alt ?? '';
  }
  setActiveIndex(parts.id, index);
}

function measure(parts: SectionParts): void {
  const y = triggerLine(window.innerHeight);
  apply(parts, activeIndexAt(parts.steps.map((s) => s.getBoundingClientRect().top), y));
}

export function startScrollDriver(): void {
  const all = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map(partsOf);
  if (all.length === 0) return;
  const bySection = new Map(all.map((p) => [p.section, p]));
  const measureAll = () => all.forEach(measure);

  const scroller = scrollama() as unknown as PxScroller;
  scroller
    .setup({ step: all.flatMap((p) => p.steps), offset: `${triggerLine(window.innerHeight)}px` })
    .onStepEnter(({ element }) => {
      const parts = bySection.get(element.closest<HTMLElement>('[data-scrolly]')!);
      if (parts) measure(parts);
    })
    .onStepExit(({ element }) => {
      const parts = bySection.get(element.closest<HTMLElement>('[data-scrolly]')!);
      if (parts) measure(parts);
    });

  // The one resize path: new trigger offset for scrollama, then re-measure every section.
  let frame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      scroller.offset(`${triggerLine(window.innerHeight)}px`);
      scroller.resize();
      measureAll();
    });
  });
  // A #step link followed after load (or the browser restoring scroll on reload) lands without events.
  window.addEventListener('hashchange', () => requestAnimationFrame(measureAll));
  window.addEventListener('load', measureAll);
  measureAll();
  document.documentElement.dataset.scrollDriver = 'ready';
}
