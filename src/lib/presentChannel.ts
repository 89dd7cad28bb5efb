// The messages between the presenting window and its notes windows (BroadcastChannel, same origin only).
// Lessons from reveal.js's speaker view (CVE-2020-8127, CVE-2022-0776): the types are allow-listed, the version
// is checked, every field is validated, a step id must be one of the page's own ids, and nothing of a message
// is ever called as a method or written into the page as markup. Anything else parses to null and is ignored.
//
//   hello  {v:1, type:'hello'}                      a window that just opened asks the presenter where it is
//   state  {v:1, type:'state', step, black}         presenter -> notes: the step shown and whether it is black
//   go     {v:1, type:'go', step}                   notes -> presenter: show this step
//   black  {v:1, type:'black', on}                  notes -> presenter: black screen on or off

const CHANNEL_VERSION = 1;

export type ChannelMessage =
  { v: 1; type: 'hello' } | { v: 1; type: 'state'; step: string; black: boolean } | { v: 1; type: 'go'; step: string } | { v: 1; type: 'black'; on: boolean };

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The channel's name, one per site (base path), so two sites on one origin never drive each other. */
export function channelName(base: string): string {
  return `tokens-abroad-present:${base}`;
}

function field(data: object, name: string): unknown {
  // Own properties only: a message can never reach Object.prototype or a getter on it.
  return Object.prototype.hasOwnProperty.call(data, name) ? (data as Record<string, unknown>)[name] : undefined;
}

function stepField(data: object, isKnown: (id: string) => boolean): string | null {
  const step = field(data, 'step');
  return typeof step === 'string' && step.length <= 100 && STEP_ID.test(step) && isKnown(step) ? step : null;
}

/** A received message as one of the four types, or null (ignored) for anything else. */
export function parseMessage(data: unknown, isKnown: (id: string) => boolean): ChannelMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if (field(data, 'v') !== CHANNEL_VERSION) return null;
  const type = field(data, 'type');
  if (type === 'hello') return { v: 1, type };
  if (type === 'state') {
    const step = stepField(data, isKnown);
    const black = field(data, 'black');
    return step && typeof black === 'boolean' ? { v: 1, type, step, black } : null;
  }
  if (type === 'go') {
    const step = stepField(data, isKnown);
    return step ? { v: 1, type, step } : null;
  }
  if (type === 'black') {
    const on = field(data, 'on');
    return typeof on === 'boolean' ? { v: 1, type, on } : null;
  }
  return null;
}
