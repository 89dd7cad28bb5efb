// A reference line drawn across a chart (an average, a claim), cut where it would run through a label. Pure.
/**
 * The pieces of a vertical line from y1 to y2 (y1 < y2) left once the spans in `gaps` ([top, bottom], any order,
 * may overlap) are cut out: a reference line drawn across the chart stops short of every label it would cross.
 */
export function cutLine(y1: number, y2: number, gaps: readonly (readonly [number, number])[]): [number, number][] {
  const pieces: [number, number][] = [];
  let from = y1;
  for (const [top, bottom] of [...gaps].sort((a, b) => a[0] - b[0])) {
    if (bottom <= from || top >= y2) continue;
    if (top > from) pieces.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (from < y2) pieces.push([from, y2]);
  return pieces;
}
