// The presenter's page script. Defines the steps, lets the story's one DOM-contract writer follow them, starts
// the drivers (URL hash first, then keys and the notes channel) and wires the controls. Drivers only call
// setActiveStep; this script answers every step change by writing <html data-current-step>, the progress bar
// and the #hash (replaceState, so a reload or a shared link keeps the place and history is not filled).
import { defineSteps, getActiveStep, isKnownStep, setActiveStep, subscribeActiveStep } from '../../lib/stepStore';
import { stepFromUrl } from '../../lib/urlStep';
import { stepByNumber, type PresentAction } from '../../lib/presentKeys';
import { startUrlDriver } from '../../drivers/url';
import { move, startKeysDriver } from '../../drivers/keys';
import { startPresenterChannel } from '../../drivers/channel';
import { readSteps, startDomContract } from '../story/domContract';
import { startPauseControl } from '../story/pauseControl';
import { startOverview } from './overview';
import { startSwipe } from './swipe';
import { startTheme } from './presentTheme';

function writeHash(id: string): void {
  if (location.hash === `#${id}`) return;
  try {
    history.replaceState(history.state, '', `#${id}`);
  } catch {
    // A sandboxed frame may refuse; the presenter works without the hash.
  }
}

export function startPresentPage(): void {
  const root = document.documentElement;
  const stage = document.querySelector<HTMLElement>('.present [data-graphic]');
  const articles = [...document.querySelectorAll<HTMLElement>('.present-step[data-step]')];
  if (!stage || articles.length === 0) return;
  const ids = articles.map((a) => a.id);
  defineSteps(readSteps(articles));
  startDomContract(stage, articles);
  startPauseControl(stage.querySelector<HTMLButtonElement>('[data-pause]'));

  const progress = document.querySelector<HTMLProgressElement>('[data-progress]');
  const button = (action: string) => document.querySelector<HTMLButtonElement>(`.present-controls [data-action="${action}"]`);
  // A narration that has to scroll is a Tab stop (so a keyboard can scroll it); one that fits is not, so a #hash
  // that names it never puts a focus ring around the projected text.
  const scrollable = () => {
    for (const a of articles) {
      if (a.classList.contains('is-active') && a.scrollHeight > a.clientHeight + 1) a.tabIndex = 0;
      else a.removeAttribute('tabindex');
    }
  };
  window.addEventListener('resize', scrollable);
  const show = (id: string, index: number) => {
    root.dataset.currentStep = id;
    if (progress) progress.value = index + 1;
    // The active narration starts at its top, whatever was scrolled before.
    articles[index].scrollTop = 0;
    scrollable();
    // Written once the page has loaded: a #hash present at load makes the browser treat its element as the
    // fragment target, and Tab would then start from the narration instead of the skip link.
    if (document.readyState === 'complete') writeHash(id);
    else window.addEventListener('load', () => writeHash(getActiveStep()?.id ?? id), { once: true });
  };
  subscribeActiveStep((a) => show(a.id, a.index));

  // Black screen: the root says so, a black layer covers everything, and the notes windows are told.
  const blackLayer = document.querySelector<HTMLElement>('[data-black-screen]');
  let channel: { announce(): void } | null = null;
  const isBlack = () => root.dataset.blackout === 'true';
  const setBlack = (on: boolean) => {
    if (on === isBlack()) return;
    root.dataset.blackout = String(on);
    if (blackLayer) blackLayer.hidden = !on;
    button('black')?.setAttribute('aria-pressed', String(on));
    channel?.announce();
  };
  blackLayer?.addEventListener('click', () => setBlack(false));

  const setNotesHere = (on: boolean) => {
    root.dataset.notesHere = String(on);
    button('notes')?.setAttribute('aria-pressed', String(on));
    scrollable();
  };

  const toggleFullscreen = () => {
    try {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void root.requestFullscreen?.().catch(() => undefined);
    } catch {
      // Not allowed here (a frame without allowfullscreen): nothing to do.
    }
  };
  document.addEventListener('fullscreenchange', () => button('fullscreen')?.setAttribute('aria-pressed', String(!!document.fullscreenElement)));

  const dialog = (name: string) => document.querySelector<HTMLDialogElement>(`dialog[data-${name}]`);
  const open = (d: HTMLDialogElement | null) => {
    if (d && !d.open) d.showModal();
  };
  const overview = startOverview(dialog('overview'), (id) => setActiveStep(id));
  const theme = startTheme(button('theme'));

  // "Go to a step": the G key, or a digit that is typed into the field as its first character.
  const jump = dialog('jump');
  const jumpInput = jump?.querySelector<HTMLInputElement>('input');
  const jumpError = jump?.querySelector<HTMLElement>('[data-jump-error]');
  const openJump = (first = '') => {
    if (!jump || !jumpInput) return;
    jumpInput.value = first;
    if (jumpError) jumpError.hidden = true;
    open(jump);
    jumpInput.focus();
  };
  jump?.querySelector('form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = stepByNumber(ids, jumpInput?.value ?? '');
    if (!id) {
      if (jumpError) jumpError.hidden = false;
      return;
    }
    setActiveStep(id);
    jump.close();
  });
  jump?.querySelector('[data-jump-cancel]')?.addEventListener('click', () => jump.close());

  const act = (action: PresentAction) => {
    if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') move(ids, action);
    else if (action === 'black') setBlack(!isBlack());
    else if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'overview') overview.open();
    else if (action === 'jump') openJump();
    else if (action === 'help') open(dialog('help'));
    else if (action === 'students') open(dialog('students'));
    else if (action === 'theme') theme.toggle();
    else if (action === 'notes') setNotesHere(root.dataset.notesHere !== 'true');
  };
  for (const b of document.querySelectorAll<HTMLButtonElement>('.present-controls [data-action]')) {
    b.addEventListener('click', () => act(b.dataset.action as PresentAction));
  }

  // Drivers: the hash (a reload or a shared link), then keys, swipes and the notes channel.
  if (!startUrlDriver()) setActiveStep(ids[0]);
  window.addEventListener('hashchange', () => {
    const id = stepFromUrl('', location.hash, isKnownStep);
    if (id) setActiveStep(id);
  });
  startKeysDriver({ ids, onAction: act, onDigit: (d) => openJump(String(d)), isBlack });
  startSwipe(document.querySelector<HTMLElement>('.present'), (dir) => move(ids, dir));
  channel = startPresenterChannel({ base: import.meta.env.BASE_URL, isBlack, setBlack });
  setNotesHere(false);
  root.dataset.presentReady = 'true';
}
