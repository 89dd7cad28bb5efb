// The presenter's keys, as reveal.js users and USB clickers expect them (reveal.js 6 keyboard.js): a key event
// becomes one named action, and an action plus the current position becomes the step to show. Pure, so the
// whole key map is unit-tested; src/drivers/keys.ts is the DOM side. The help dialog lists KEY_HELP, so the
// keys and their documentation cannot drift apart.

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'black' | 'fullscreen' | 'overview' | 'jump' | 'help' | 'theme' | 'notes' | 'students';

/** What the key handler needs of a KeyboardEvent (so tests can pass plain objects). */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** A key press: an action, or a digit that starts "jump to step number". */
export type KeyResult = { action: PresentAction } | { digit: number };

// Keys that mean the same with or without Shift are listed once; Space is special (Shift+Space goes back).
const KEYS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
  b: 'black',
  v: 'black',
  '.': 'black',
  f: 'fullscreen',
  o: 'overview',
  Escape: 'overview',
  g: 'jump',
  '?': 'help',
  t: 'theme',
  s: 'notes',
  l: 'students',
};

/**
 * The action of a key press, or null when the presenter should leave the key alone: an unknown key, or one held
 * with Ctrl, Alt or Meta (browser and system shortcuts such as Ctrl+R or Alt+Left must keep working).
 */
export function keyAction(e: KeyInput): KeyResult | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.key === ' ' || e.key === 'Spacebar') return { action: e.shiftKey ? 'prev' : 'next' };
  if (/^[0-9]$/.test(e.key)) return { digit: Number(e.key) };
  // Letters arrive upper-case with Shift or Caps Lock; "?" arrives with Shift on most layouts.
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const action = KEYS[key];
  return action ? { action } : null;
}

/** The step to show after a move action, from the ordered ids and the current one; null when nothing moves. */
export function stepAfter(ids: readonly string[], current: string | null, action: PresentAction): string | null {
  if (ids.length === 0) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  let to: number;
  if (action === 'next') to = i < 0 ? 0 : Math.min(ids.length - 1, i + 1);
  else if (action === 'prev') to = i < 0 ? 0 : Math.max(0, i - 1);
  else if (action === 'first') to = 0;
  else if (action === 'last') to = ids.length - 1;
  else return null;
  return to === i ? null : ids[to];
}

/** A step number typed by the presenter (1-based, as shown on screen) as a step id; null when out of range. */
export function stepByNumber(ids: readonly string[], typed: string): string | null {
  if (!/^[0-9]{1,4}$/.test(typed.trim())) return null;
  const n = Number(typed.trim());
  return n >= 1 && n <= ids.length ? ids[n - 1] : null;
}

/** The help dialog's rows: the keys of each action as they are written on a keyboard, in a teacher's order. */
export const KEY_HELP: readonly { action: PresentAction | 'number'; keys: readonly string[] }[] = [
  { action: 'next', keys: ['→', '↓', 'Page Down', 'Space', 'N'] },
  { action: 'prev', keys: ['←', '↑', 'Page Up', 'Shift + Space', 'P'] },
  { action: 'first', keys: ['Home'] },
  { action: 'last', keys: ['End'] },
  { action: 'black', keys: ['B', '.', 'V'] },
  { action: 'overview', keys: ['O', 'Esc'] },
  { action: 'jump', keys: ['G'] },
  { action: 'number', keys: ['0–9'] },
  { action: 'fullscreen', keys: ['F'] },
  { action: 'theme', keys: ['T'] },
  { action: 'notes', keys: ['S'] },
  { action: 'students', keys: ['L'] },
  { action: 'help', keys: ['?'] },
];
