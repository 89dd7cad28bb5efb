// The one subscriber that writes the public DOM contract for the active step: on the stage
// data-active-step, data-active-scene, data-active-figure and the live description; on the steps
// is-active and aria-current. No driver writes the DOM itself, so every driver gets the same result.
import { subscribeActiveStep, type ActiveStep, type StepRef } from '../../lib/stepStore';
import type { FigureId } from '../../scenes/types';

/** The steps as the server wrote them: id, scene, figure (from data-*), in reading order. */
export function readSteps(elements: HTMLElement[]): StepRef[] {
  return elements.map((el) => ({ id: el.id, scene: el.dataset.scene ?? '', figure: (el.dataset.figure ?? 'map') as FigureId }));
}

export function startDomContract(stage: HTMLElement, steps: HTMLElement[]): void {
  const desc = stage.querySelector<HTMLElement>('[data-scene-desc]');
  const byId = new Map(steps.map((el) => [el.id, el]));
  let current = byId.get(stage.dataset.activeStep ?? '') ?? null;
  const write = (a: ActiveStep) => {
    const el = byId.get(a.id);
    if (!el) return;
    if (current && current !== el) {
      current.classList.remove('is-active');
      current.removeAttribute('aria-current');
    }
    el.classList.add('is-active');
    el.setAttribute('aria-current', 'step');
    current = el;
    stage.dataset.activeStep = a.id;
    stage.dataset.activeFigure = a.figure;
    // The description is announced when the scene changes, once, whichever driver changed it.
    if (stage.dataset.activeScene !== a.scene) {
      stage.dataset.activeScene = a.scene;
      if (desc) desc.textContent = el.dataset.alt ?? '';
    }
  };
  current?.classList.add('is-active');
  current?.setAttribute('aria-current', 'step');
  subscribeActiveStep(write);
}
