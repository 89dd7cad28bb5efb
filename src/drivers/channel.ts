// The notes channel: a BroadcastChannel (same origin only) between the presenting window and any number of notes
// windows, with the messages of src/lib/presentChannel.ts. Every received message is parsed against the allow-
// list and the page's step ids first; anything else is dropped without an error. On the presenter it drives the
// step with setActiveStep (a notes window's "go") and answers "hello" with its state; on a notes window it follows
// the presenter's "state". Either window may open first or reload: a new window says hello, the presenter answers.
// Without BroadcastChannel (or where it throws) both windows work alone.
import { channelName, parseMessage, type ChannelMessage } from '../lib/presentChannel';
import { getActiveStep, isKnownStep, setActiveStep, subscribeActiveStep } from '../lib/stepStore';

function open(base: string, onMessage: (m: ChannelMessage) => void): BroadcastChannel | null {
  try {
    const ch = new BroadcastChannel(channelName(base));
    ch.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data, isKnownStep);
      if (m) onMessage(m);
    };
    return ch;
  } catch {
    return null;
  }
}

function post(ch: BroadcastChannel | null, m: ChannelMessage): void {
  try {
    ch?.postMessage(m);
  } catch {
    // A closed channel: nothing to tell.
  }
}

export interface PresenterChannelOptions {
  base: string;
  isBlack(): boolean;
  setBlack(on: boolean): void;
}

/** The presenter's side. Returns `announce`, to call when the black screen changes. */
export function startPresenterChannel(opts: PresenterChannelOptions): { announce(): void } {
  const announce = () => {
    const step = getActiveStep()?.id;
    if (step) post(ch, { v: 1, type: 'state', step, black: opts.isBlack() });
  };
  const ch = open(opts.base, (m) => {
    if (m.type === 'hello') announce();
    else if (m.type === 'go') setActiveStep(m.step);
    else if (m.type === 'black') opts.setBlack(m.on);
  });
  subscribeActiveStep(announce);
  announce();
  return { announce };
}

export interface NotesChannelOptions {
  base: string;
  /** The presenter's state arrived (the step is already set). */
  onState(black: boolean): void;
}

/** A notes window's side: follows the presenter; go/black ask it to move or black out. */
export function startNotesChannel(opts: NotesChannelOptions): { go(step: string): void; black(on: boolean): void } {
  const ch = open(opts.base, (m) => {
    if (m.type !== 'state') return;
    setActiveStep(m.step);
    opts.onState(m.black);
  });
  post(ch, { v: 1, type: 'hello' });
  return {
    go: (step) => {
      if (isKnownStep(step)) post(ch, { v: 1, type: 'go', step });
    },
    black: (on) => post(ch, { v: 1, type: 'black', on }),
  };
}
