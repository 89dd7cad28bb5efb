// The story page's script: tells the step store which steps the page has, writes the DOM contract for every
// change, wires the Pause control, then starts the drivers (the URL first, so a ?step= link is scrolled to
// before the scroll driver reads the geometry), and readies the number, date and list formats while the page is idle.
import { defineSteps } from '../../lib/stepStore';
import { startScrollDriver } from '../../drivers/scroll';
import { startUrlDriver } from '../../drivers/url';
import { readSteps, startDomContract } from './domContract';
import { startPauseControl } from './pauseControl';
import { warmIntl } from '../../lib/intlWarmup';

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
  // The figures' language (the islands' `lang`), so the warmed formatters are the ones they will ask for.
  warmIntl(root.dataset.lang ?? 'en');
}
