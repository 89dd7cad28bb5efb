// The story page's script: tells the step store which steps the page has, writes the DOM contract for every
// change, wires the Pause control, then starts the drivers (the URL first, so a ?step= link is scrolled to
// before the scroll driver reads the geometry).
import { defineSteps } from '../../lib/stepStore';
import { startScrollDriver } from '../../drivers/scroll';
import { startUrlDriver } from '../../drivers/url';
import { readSteps, startDomContract } from './domContract';
import { startPauseControl } from './pauseControl';

export function startStoryPage(): void {
  const root = document.querySelector<HTMLElement>('[data-scrolly]');
  const stage = root?.querySelector<HTMLElement>('[data-graphic]');
  if (!root || !stage) return;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  defineSteps(readSteps(steps));
  startDomContract(stage, steps);
  startPauseControl(stage.querySelector<HTMLButtonElement>('[data-pause]'));
  startUrlDriver({ scrollTo: (id) => document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'instant' }) });
  startScrollDriver(steps);
  document.documentElement.dataset.scrollDriver = 'ready';
}
