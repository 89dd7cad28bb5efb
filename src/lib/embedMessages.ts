// The height messages an embed sends to the page that frames it, in each protocol newsrooms run, and the parent
// messages it answers. Pure, so the exact formats are unit-tested against what the real parents parse:
// - pym.js 1.3.2: the string `pymxPYMx<childId>xPYMxheightxPYMx<h>`; the parent sends `…xPYMxwidthxPYMx<w>` on resize.
// - @newswire/frames 1.0.0 and amp-iframe: `{ sentinel: 'amp', type: 'embed-size', height }`; the parent
//   sends `{ sentinel: 'amp', type: 'frames-init' }`.
// - WordPress: `{ message: 'height', value, secret }` when the iframe URL carried `#?secret=`.
// A message is never null (the frames parent reads `.sentinel` of whatever arrives and would throw).

export interface AmpSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}
export interface WordPressHeight {
  message: 'height';
  value: number;
  secret: string;
}
export type ParentMessage = { kind: 'pym-width'; width: number } | { kind: 'frames-init' };

const PYM = 'xPYMx';

/** A measured height as a whole number of CSS px, or null when it cannot be sent (not a positive finite number). */
export function frameHeight(measured: number): number | null {
  return Number.isFinite(measured) && measured > 0 ? Math.min(Math.ceil(measured), 100_000) : null;
}

export function pymHeight(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM);
}

export function ampSize(height: number): AmpSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export function wordPressHeight(height: number, secret: string): WordPressHeight {
  return { message: 'height', value: height, secret };
}

/** Every message to post for one height: pym only with a child id, WordPress only with a secret. */
export function heightMessages(height: number, ids: { childId: string | null; secret: string | null }): (string | AmpSize | WordPressHeight)[] {
  const out: (string | AmpSize | WordPressHeight)[] = [ampSize(height)];
  if (ids.childId) out.push(pymHeight(ids.childId, height));
  if (ids.secret) out.push(wordPressHeight(height, ids.secret));
  return out;
}

/** What a message from the parent asks for, or null for anything else (including other children's pym messages). */
export function readParentMessage(data: unknown, childId: string | null): ParentMessage | null {
  if (typeof data === 'string') {
    if (!childId) return null;
    const parts = data.split(PYM);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
    const width = Number(parts[3]);
    return Number.isFinite(width) && width >= 0 ? { kind: 'pym-width', width } : null;
  }
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    if (d.sentinel === 'amp' && d.type === 'frames-init') return { kind: 'frames-init' };
  }
  return null;
}
