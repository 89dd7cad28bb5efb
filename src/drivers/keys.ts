// The keys driver (the presenter): turns key presses into moves through the steps, which it makes with
// setActiveStep alone, and hands every other action (black screen, overview, help…) to the page. Keys are left
// to the browser while a form field or an editable element has focus, while a dialog is open (it has its own
// keys) and when Ctrl, Alt or Meta is held; Space is left to a focused button or link, which it presses.
// While the screen is black only the black-screen keys act, and any of them brings the picture back.
import { keyAction, stepAfter, type PresentAction } from '../lib/presentKeys';
import { getActiveStep, setActiveStep } from '../lib/stepStore';

export interface KeysDriverOptions {
  /** The page's step ids in reading order. */
  ids: readonly string[];
  /** Everything that is not a move: black, fullscreen, overview, jump, help, theme, notes, students. */
  onAction(action: PresentAction): void;
  /** A digit typed outside any field: starts "go to step number". */
  onDigit(digit: number): void;
  isBlack(): boolean;
}

const MOVES: ReadonlySet<PresentAction> = new Set(['next', 'prev', 'first', 'last']);

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="slider"], [role="spinbutton"], [role="textbox"]');
}

/** Moves one step (or to the first/last) from the active one; used by the keys, the buttons and swipes. */
export function move(ids: readonly string[], action: PresentAction): void {
  const to = stepAfter(ids, getActiveStep()?.id ?? null, action);
  if (to) setActiveStep(to);
}

export function startKeysDriver(opts: KeysDriverOptions): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || isEditable(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const result = keyAction(e);
    if (!result) return;
    if (e.key === ' ' && e.target instanceof HTMLElement && e.target.matches('button, a[href], summary')) return;
    const action = 'action' in result ? result.action : null;
    if (opts.isBlack() && action !== 'black') return;
    e.preventDefault();
    if (action === null) opts.onDigit((result as { digit: number }).digit);
    else if (MOVES.has(action)) move(opts.ids, action);
    else opts.onAction(action);
  });
}
