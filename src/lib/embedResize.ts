// The resize child of an embed: tells the parent page its content height in every protocol (see
// embedMessages.ts) at start, on load, on every size change and when the parent asks (pym's width, frames-init).
// The browser is passed in (post, measure, listen), so the logic is unit-tested without a DOM, and a sandboxed
// frame (opaque origin, no storage) or a parent that refuses a message never makes it throw.
import { frameHeight, heightMessages, readParentMessage } from './embedMessages';

export interface ResizeChildDeps {
  /** window.parent.postMessage(message, '*'). */
  post: (message: unknown) => void;
  /** The content height in CSS px (document.documentElement's box). */
  measure: () => number;
  childId: string | null;
  secret: string | null;
}

export interface ResizeChild {
  /** Measures and sends the height (again, even when unchanged: a parent may have missed the first one). */
  send: () => number | null;
  /** Handles a message event's data from the parent; returns true when it was answered. */
  receive: (data: unknown) => boolean;
}

export function createResizeChild(deps: ResizeChildDeps): ResizeChild {
  const send = () => {
    let h: number | null;
    try {
      h = frameHeight(deps.measure());
    } catch {
      h = null;
    }
    if (h === null) return null;
    for (const m of heightMessages(h, deps)) {
      try {
        deps.post(m);
      } catch {
        // A parent that is gone or refuses the message: nothing to do, the next change tries again.
      }
    }
    return h;
  };
  const receive = (data: unknown) => {
    const m = readParentMessage(data, deps.childId);
    if (!m) return false;
    send();
    return true;
  };
  return { send, receive };
}
