// Keeps the reader's place across languages: just before a language link is followed (click, middle-click,
// keyboard), its #hash becomes the step the reader was reading. On the story that is the last step read below the
// opening: a reader who scrolls back up to the header to find the switcher is taken to where they were, not to the
// top (the URL's #step until they move). On the presenter and the notes window it is data-current-step. Every
// language has the same step ids, so the hash is valid there.
import { withStep } from '../../lib/locales';

export function keepStepInLanguageLinks(doc: Document): void {
  const win = doc.defaultView!;
  // The server wrote the steps; they never change, so they are read once (the scroll handler below runs per frame).
  const steps = [...doc.querySelectorAll<HTMLElement>('[data-scrolly] [data-step]')];
  const first = steps[0];
  // A hostile or malformed hash (#%) is ignored, never thrown.
  const fromHash = win.location.hash.slice(1);
  let lastRead: string | null = steps.some((s) => s.id === fromHash) ? fromHash : null;
  let queued = false;
  const note = () => {
    queued = false;
    // Above the first step (the title), the reader is not reading a step: what was read before stays.
    if (!first || first.getBoundingClientRect().top > win.innerHeight * 0.5) return;
    const active = doc.querySelector<HTMLElement>('[data-scrolly] [data-step][aria-current="step"]');
    if (active) lastRead = active.id;
  };
  win.addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        win.requestAnimationFrame(note);
      }
    },
    { passive: true },
  );
  // The active step changes just after the scroll that moved it: note it then too.
  const scrolly = doc.querySelector('[data-scrolly]');
  if (scrolly) new MutationObserver(note).observe(scrolly, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  const current = () => doc.documentElement.dataset.currentStep ?? lastRead;
  const update = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-link]');
    if (a) a.href = withStep(a.getAttribute('href') ?? '', current());
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'auxclick']) doc.addEventListener(type, update, { capture: true });
}
