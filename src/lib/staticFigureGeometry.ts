// Geometry of SVG markup for the static figures: the points of a path's "d" (for the bounding box the map
// is cropped to) and a path's length (resvg ignores pathLength, so dash lengths given in pathLength units
// are converted to user units). Pure.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const emptyBox = (): Box => ({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
export const isEmpty = (b: Box) => !(b.x1 >= b.x0 && b.y1 >= b.y0);
export function addPoint(b: Box, x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  b.x0 = Math.min(b.x0, x);
  b.y0 = Math.min(b.y0, y);
  b.x1 = Math.max(b.x1, x);
  b.y1 = Math.max(b.y1, y);
}
export function union(a: Box, b: Box): Box {
  if (isEmpty(b)) return { ...a };
  if (isEmpty(a)) return { ...b };
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

type Segment = { kind: 'line'; x0: number; y0: number; x1: number; y1: number } | { kind: 'cubic'; p: number[] };

/** Parses a path into absolute line and cubic segments (quadratics raised to cubics, arcs as chords). */
function pathSegments(d: string): Segment[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const segs: Segment[] = [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let lastCtrl: [number, number] | null = null;
  const num = () => Number(tokens[i++]);
  const line = (nx: number, ny: number) => {
    segs.push({ kind: 'line', x0: x, y0: y, x1: nx, y1: ny });
    x = nx;
    y = ny;
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) cmd = tokens[i++];
    else if (!cmd) break;
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (cmd.toUpperCase()) {
      case 'M': {
        x = num() + ox;
        y = num() + oy;
        sx = x;
        sy = y;
        cmd = rel ? 'l' : 'L';
        lastCtrl = null;
        break;
      }
      case 'L':
        line(num() + ox, num() + oy);
        lastCtrl = null;
        break;
      case 'H':
        line(num() + ox, y);
        lastCtrl = null;
        break;
      case 'V':
        line(x, num() + oy);
        lastCtrl = null;
        break;
      case 'Z':
        line(sx, sy);
        lastCtrl = null;
        break;
      case 'C': {
        const p = [x, y, num() + ox, num() + oy, num() + ox, num() + oy, num() + ox, num() + oy];
        segs.push({ kind: 'cubic', p });
        lastCtrl = [p[4], p[5]];
        x = p[6];
        y = p[7];
        break;
      }
      case 'S': {
        const c1: number[] = lastCtrl ? [2 * x - lastCtrl[0], 2 * y - lastCtrl[1]] : [x, y];
        const p: number[] = [x, y, c1[0], c1[1], num() + ox, num() + oy, num() + ox, num() + oy];
        segs.push({ kind: 'cubic', p });
        lastCtrl = [p[4], p[5]];
        x = p[6];
        y = p[7];
        break;
      }
      case 'Q': {
        const qx = num() + ox;
        const qy = num() + oy;
        const ex = num() + ox;
        const ey = num() + oy;
        segs.push({ kind: 'cubic', p: [x, y, x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey] });
        lastCtrl = [qx, qy];
        x = ex;
        y = ey;
        break;
      }
      case 'T': {
        const q: number[] = lastCtrl ? [2 * x - lastCtrl[0], 2 * y - lastCtrl[1]] : [x, y];
        const ex = num() + ox;
        const ey = num() + oy;
        segs.push({
          kind: 'cubic',
          p: [x, y, x + (2 / 3) * (q[0] - x), y + (2 / 3) * (q[1] - y), ex + (2 / 3) * (q[0] - ex), ey + (2 / 3) * (q[1] - ey), ex, ey],
        });
        lastCtrl = [q[0], q[1]];
        x = ex;
        y = ey;
        break;
      }
      case 'A': {
        i += 5; // radii, rotation, large-arc and sweep flags
        const ex = num() + ox;
        const ey = num() + oy;
        // A chord is enough for both uses (boxes, dash lengths) at the sizes the figures draw.
        segs.push({ kind: 'line', x0: x, y0: y, x1: ex, y1: ey });
        x = ex;
        y = ey;
        lastCtrl = null;
        break;
      }
      default:
        i++;
    }
  }
  return segs;
}

export function pathBox(d: string): Box {
  const b = emptyBox();
  for (const s of pathSegments(d)) {
    if (s.kind === 'line') {
      addPoint(b, s.x0, s.y0);
      addPoint(b, s.x1, s.y1);
    } else for (let k = 0; k < 8; k += 2) addPoint(b, s.p[k], s.p[k + 1]);
  }
  return b;
}

export function pathLength(d: string): number {
  let total = 0;
  for (const s of pathSegments(d)) {
    if (s.kind === 'line') total += Math.hypot(s.x1 - s.x0, s.y1 - s.y0);
    else {
      const p = s.p;
      let px = p[0];
      let py = p[1];
      for (let k = 1; k <= 16; k++) {
        const t = k / 16;
        const u = 1 - t;
        const nx = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
        const ny = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
        total += Math.hypot(nx - px, ny - py);
        px = nx;
        py = ny;
      }
    }
  }
  return total;
}
