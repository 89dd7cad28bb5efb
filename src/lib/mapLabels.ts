// Greedy label placement for the map: labels are tried in priority order at eight spots around their
// marker and kept only where they fit inside the frame without touching a kept label or another marker.
// Pure and deterministic (text widths are estimated by src/lib/textWidth.ts), so the server and the
// browser place the same labels. The priorities themselves are data: src/data/labelPriorities.ts.
import { textWidth } from './textWidth';

export interface LabelInput {
  id: string;
  text: string;
  /** A shorter name, tried where the full one finds no room. */
  short?: string;
  /** Anchor point (the marker centre), px. */
  x: number;
  y: number;
  /** Marker radius, px (labels sit just outside it). */
  r: number;
  priority: number;
  size: number;
  bold?: boolean;
  /** Place the label centred on the point itself (regions, cable names). */
  centered?: boolean;
  /** For centred labels: other vertical offsets to try, px (the other side of a line). */
  altDy?: number[];
  cls?: string;
  /** Ids of the places one label stands for (a cluster label). */
  members?: string[];
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  cls: string;
  box: Box;
  members?: string[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Obstacle {
  x: number;
  y: number;
  r: number;
  /** Label id that may overlap this obstacle (its own marker). */
  owner?: string;
}

/** Space kept between two labels, px. */
const GAP = 2;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

interface PlaceOptions {
  width: number;
  height: number;
  /** Keep labels this far from the frame, px. */
  margin?: number;
  /** Areas kept free (legend, buttons). */
  reserved?: Box[];
  /** Markers, and points along lines and flows: no label covers one (but a label may touch its own marker). */
  obstacles?: Obstacle[];
}

export function placeLabels(inputs: readonly LabelInput[], opts: PlaceOptions): PlacedLabel[] {
  const m = opts.margin ?? 4;
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...(opts.reserved ?? [])];
  // Ties go by id in code-point order: localeCompare would build a collator, about 40 ms on a phone's first call.
  const sorted = [...inputs].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Several inputs may share an id: the later ones are other places for the same label, tried if it found none.
  const done = new Set<string>();
  for (const l of sorted) {
    if (done.has(l.id)) continue;
    const texts = l.short && l.short !== l.text ? [l.text, l.short] : [l.text];
    for (const text of texts) {
      if (done.has(l.id)) break;
      const w = textWidth(text, l.size, l.bold);
      // The box of the drawn text (ascent to descent, as getBoundingClientRect reports it) is about 1.3 em tall.
      const h = l.size * 1.3;
      const base = l.y + l.size * 0.35;
      // Eight spots round the marker, then the same a little further out (a crowded corner, lines and flows passing
      // close by): a name a few pixels off still reads as its place's, and is better than none.
      const ring = (gap: number): [number, number, PlacedLabel['anchor'], Box][] => [
        [l.x + gap, base, 'start', { x0: l.x + gap, y0: l.y - h / 2, x1: l.x + gap + w, y1: l.y + h / 2 }],
        [l.x - gap, base, 'end', { x0: l.x - gap - w, y0: l.y - h / 2, x1: l.x - gap, y1: l.y + h / 2 }],
        [l.x, l.y - gap - l.size * 0.3, 'middle', { x0: l.x - w / 2, y0: l.y - gap - h, x1: l.x + w / 2, y1: l.y - gap }],
        [l.x, l.y + gap + l.size * 0.85, 'middle', { x0: l.x - w / 2, y0: l.y + gap, x1: l.x + w / 2, y1: l.y + gap + h }],
        // Diagonals, for crowded corners of the map.
        [l.x + gap * 0.7, l.y - gap * 0.7 - h * 0.2, 'start', { x0: l.x + gap * 0.7, y0: l.y - gap * 0.7 - h, x1: l.x + gap * 0.7 + w, y1: l.y - gap * 0.7 }],
        [l.x + gap * 0.7, l.y + gap * 0.7 + h * 0.8, 'start', { x0: l.x + gap * 0.7, y0: l.y + gap * 0.7, x1: l.x + gap * 0.7 + w, y1: l.y + gap * 0.7 + h }],
        [l.x - gap * 0.7, l.y - gap * 0.7 - h * 0.2, 'end', { x0: l.x - gap * 0.7 - w, y0: l.y - gap * 0.7 - h, x1: l.x - gap * 0.7, y1: l.y - gap * 0.7 }],
        [l.x - gap * 0.7, l.y + gap * 0.7 + h * 0.8, 'end', { x0: l.x - gap * 0.7 - w, y0: l.y + gap * 0.7, x1: l.x - gap * 0.7, y1: l.y + gap * 0.7 + h }],
      ];
      const candidates: [number, number, PlacedLabel['anchor'], Box][] = l.centered
        ? [0, ...(l.altDy ?? [])].map((dy): [number, number, PlacedLabel['anchor'], Box] => [
            l.x,
            base + dy,
            'middle',
            { x0: l.x - w / 2, y0: l.y + dy - h / 2, x1: l.x + w / 2, y1: l.y + dy + h / 2 },
          ])
        : [...ring(l.r + 3), ...ring(l.r + 9), ...ring(l.r + 16)];
      for (const [x, y, anchor, box] of candidates) {
        if (box.x0 < m || box.y0 < m || box.x1 > opts.width - m || box.y1 > opts.height - m) continue;
        // A little air between labels: the estimate of a width is not the font's exact one.
        const padded = { x0: box.x0 - GAP, y0: box.y0 - GAP, x1: box.x1 + GAP, y1: box.y1 + GAP };
        if (taken.some((t) => overlaps(t, padded))) continue;
        const hitsMarker = (opts.obstacles ?? []).some(
          (o) => o.owner !== l.id && o.x + o.r > box.x0 && o.x - o.r < box.x1 && o.y + o.r > box.y0 && o.y - o.r < box.y1,
        );
        if (hitsMarker) continue;
        taken.push(box);
        done.add(l.id);
        placed.push({ id: l.id, text, x, y, anchor, size: l.size, cls: l.cls ?? '', box, members: l.members });
        break;
      }
    }
  }
  return placed;
}
