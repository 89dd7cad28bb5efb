// Keeps the reader's place across languages: just before a language link is followed (click, middle-click,
// keyboard), its #hash becomes the step on screen, read from the DOM contract (the story's aria-current step, the
// presenter's and notes window's data-current-step). Every language has the same step ids, so the hash is valid there.
import { withStep } from '../../lib/locales';

function currentStep(doc: Document): string | null {
  const active = doc.querySelector<HTMLElement>('[data-scrolly] [data-step][aria-current="step"]');
  // At the top of the story no step is read yet: the reader starts the other language at the top too.
  if (active) return active.id;
  return doc.documentElement.dataset.currentStep ?? null;
}

export function keepStepInLanguageLinks(doc: Document): void {
  const update = (e: Event) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-link]');
    if (a) a.href = withStep(a.getAttribute('href') ?? '', currentStep(doc));
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'auxclick']) doc.addEventListener(type, update, { capture: true });
}
