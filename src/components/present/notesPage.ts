// The notes window's page script: defines the steps, follows the presenter over the notes channel and shows the
// current step's notes and the next step's preview; its buttons move the presenter (and this window, so it also
// works alone). The elapsed time survives a reload of this window (sessionStorage when it works).
import { defineSteps, getActiveStep, setActiveStep, subscribeActiveStep, type StepRef } from '../../lib/stepStore';
import { stepAfter } from '../../lib/presentKeys';
import { startNotesChannel } from '../../drivers/channel';
import type { FigureId } from '../../scenes/types';
import { dateTimeFormat } from '../../lib/intl';

const START_KEY = 'tokens-abroad:notes-start';

function startedAt(): number {
  try {
    const saved = Number(sessionStorage.getItem(START_KEY));
    if (Number.isFinite(saved) && saved > 0 && saved <= Date.now()) return saved;
    const now = Date.now();
    sessionStorage.setItem(START_KEY, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function startNotesPage(): void {
  const root = document.documentElement;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-note-step]')];
  if (sections.length === 0) return;
  const refs: StepRef[] = sections.map((el) => ({
    id: el.dataset.noteStep ?? '',
    scene: el.dataset.scene ?? '',
    figure: (el.dataset.figure ?? 'map') as FigureId,
  }));
  const ids = refs.map((r) => r.id);
  defineSteps(refs);
  const nexts = new Map([...document.querySelectorAll<HTMLElement>('[data-next-step]')].map((el) => [el.dataset.nextStep, el]));
  const last = document.querySelector<HTMLElement>('[data-last-step]');
  const select = document.querySelector<HTMLSelectElement>('[data-notes-jump] select');
  const show = (id: string, index: number) => {
    root.dataset.currentStep = id;
    sections.forEach((el, i) => (el.hidden = i !== index));
    const next = ids[index + 1];
    for (const [nid, el] of nexts) el.hidden = nid !== next;
    if (last) last.hidden = next !== undefined;
    if (select && document.activeElement !== select) select.value = id;
  };
  subscribeActiveStep((a) => show(a.id, a.index));
  setActiveStep(ids[0]);

  // Connection and black-screen status.
  const black = document.querySelector<HTMLButtonElement>('[data-notes-action="black"]');
  const status = (name: string) => document.querySelector<HTMLElement>(`[data-status-${name}]`);
  let isBlack = false;
  const channel = startNotesChannel({
    base: import.meta.env.BASE_URL,
    onState: (b) => {
      isBlack = b;
      root.dataset.connected = 'true';
      status('waiting')!.hidden = true;
      status('connected')!.hidden = false;
      status('black')!.hidden = !b;
      black?.setAttribute('aria-pressed', String(b));
    },
  });
  const go = (id: string | null) => {
    if (!id) return;
    setActiveStep(id);
    channel.go(id);
  };
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-notes-action]')) {
    b.addEventListener('click', () => {
      const action = b.dataset.notesAction;
      if (action === 'black') channel.black(!isBlack);
      else if (action === 'next' || action === 'prev') go(stepAfter(ids, getActiveStep()?.id ?? null, action));
    });
  }
  document.querySelector('[data-notes-jump]')?.addEventListener('submit', (e) => {
    e.preventDefault();
    go(select && ids.includes(select.value) ? select.value : null);
  });

  // Elapsed time (since this window first opened in this tab, or the last reset) and the clock.
  let start = startedAt();
  const elapsed = document.querySelector<HTMLElement>('[data-elapsed]');
  const clock = document.querySelector<HTMLElement>('[data-clock]');
  const time = dateTimeFormat(document.documentElement.lang || 'en', { hour: '2-digit', minute: '2-digit' });
  const tick = () => {
    if (elapsed) elapsed.textContent = elapsedText(Date.now() - start);
    if (clock) clock.textContent = time.format(new Date());
  };
  document.querySelector('[data-reset-timer]')?.addEventListener('click', () => {
    start = Date.now();
    try {
      sessionStorage.setItem(START_KEY, String(start));
    } catch {
      // No storage: the reset lasts until a reload.
    }
    tick();
  });
  tick();
  setInterval(tick, 1000);
  root.dataset.notesReady = 'true';
}
